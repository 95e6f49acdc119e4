package io.gradcap.adapters.jdbc.galera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A MariaDB Galera cluster of real servers on 127.0.0.1, from the distribution's {@code
 * mariadb-server} and {@code galera-4} packages ({@code bash .ci/test} installs them). Each node
 * has a data directory of its own, owned by the {@code mysql} user, and free loopback ports of its
 * own. Node 1 bootstraps the cluster; the others join it by SST (rsync). The cluster stops its
 * nodes by their process ids on {@link #close()} and when the JVM ends.
 *
 * <p>Failure detection ({@code evs.suspect_timeout} 10 s, {@code evs.inactive_timeout} 20 s) evicts
 * a paused node within seconds, yet lets a node the 2-core build machine starves for a few seconds
 * under load stay in the cluster (at 4 s and 8 s one was evicted mid-test).
 */
public final class GaleraCluster implements AutoCloseable {

  /** The server and the replication library the cluster runs on. */
  public static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");

  public static final Path GALERA = Path.of("/usr/lib/galera/libgalera_smm.so");

  private static final Duration READY = Duration.ofMinutes(3);

  /** One server of the cluster. */
  public final class Node {
    private final int number;
    private final int sqlPort;
    private final int groupPort;
    private final int istPort;
    private final int sstPort;
    private final Path dir;
    private Process process;

    private Node(int number) {
      this.number = number;
      this.sqlPort = freePort();
      this.groupPort = freePort();
      this.istPort = freePort();
      this.sstPort = freePort();
      this.dir = base.resolve("node" + number);
    }

    /** 1, 2, 3, ... */
    public int number() {
      return number;
    }

    /** The node's JDBC URL (user root, no password), on the given database. */
    public String url(String database) {
      return "jdbc:mariadb://127.0.0.1:" + sqlPort + "/" + database + "?user=root";
    }

    /** The server's process id while it runs. */
    public long pid() {
      return process.pid();
    }

    public boolean isRunning() {
      return process != null && process.isAlive();
    }

    /** Starts the server; the first start of node 1 bootstraps a new cluster. */
    public void start(boolean bootstrap) {
      List<String> command =
          new ArrayList<>(List.of(MARIADBD.toString(), "--defaults-file=" + dir.resolve("my.cnf")));
      if (bootstrap) {
        command.add("--wsrep-new-cluster");
      }
      try {
        process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                    ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile()))
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Stops the server cleanly (SIGTERM) and waits until it has ended. */
    public void stop() {
      process.destroy();
      waitFor(process);
    }

    /** Kills the server at once (SIGKILL), as a crash or a pulled plug would. */
    public void kill() {
      ProcessHandle.of(process.pid())
          .ifPresent(
              p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
              });
      waitFor(process);
    }

    /** Stops the server's process (SIGSTOP): it holds its connections but answers nothing. */
    public void pause() {
      signal("STOP");
    }

    /** Lets a paused server run again (SIGCONT). */
    public void resume() {
      signal("CONT");
    }

    private void signal(String name) {
      try {
        Process kill =
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
          throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** A status variable of the node, such as {@code wsrep_cluster_status}; null if unreachable. */
    public String status(String name) {
      try (Connection c =
              DriverManager.getConnection(url("") + "&connectTimeout=2000&socketTimeout=5000");
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
        return r.next() ? r.getString(2) : null;
      } catch (SQLException e) {
        return null;
      }
    }

    /** Whether the node is in the primary component and synced. */
    public boolean isSynced() {
      return "Synced".equals(status("wsrep_local_state_comment"))
          && "Primary".equals(status("wsrep_cluster_status"));
    }

    /** The tail of the server's error log, for failure messages. */
    public String log() {
      try {
        List<String> lines = Files.readAllLines(dir.resolve("error.log"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
      } catch (IOException e) {
        return "(no error log: " + e.getMessage() + ")";
      }
    }

    private void configure(String addresses, String providerOptions) throws IOException {
      Files.writeString(
          dir.resolve("my.cnf"),
          String.join(
              "\n",
              "[mysqld]",
              "user=mysql",
              "datadir=" + dir.resolve("data"),
              "socket=" + dir.resolve("mysqld.sock"),
              "pid-file=" + dir.resolve("mysqld.pid"),
              "log-error=" + dir.resolve("error.log"),
              "bind-address=127.0.0.1",
              "port=" + sqlPort,
              "binlog_format=ROW",
              "default_storage_engine=InnoDB",
              "innodb_autoinc_lock_mode=2",
              "innodb_buffer_pool_size=64M",
              // Small files: SST copies them to every joiner.
              "innodb_log_file_size=16M",
              // The cluster's copies are the durability here: a commit is on every node's memory.
              "innodb_flush_log_at_trx_commit=0",
              "innodb_doublewrite=0",
              "performance_schema=OFF",
              "max_connections=300",
              "wsrep_on=ON",
              "wsrep_provider=" + GALERA,
              "wsrep_cluster_name=gradcap",
              "wsrep_cluster_address=gcomm://" + addresses,
              "wsrep_node_name=node" + number,
              "wsrep_node_address=127.0.0.1:" + groupPort,
              "wsrep_slave_threads=2",
              "wsrep_sst_method=rsync",
              "wsrep_sst_receive_address=127.0.0.1:" + sstPort,
              "wsrep_provider_options=\"base_host=127.0.0.1;base_port="
                  + groupPort
                  + ";gmcast.listen_addr=tcp://127.0.0.1:"
                  + groupPort
                  + ";ist.recv_addr=127.0.0.1:"
                  + istPort
                  + ";gcache.size=64M"
                  + providerOptions
                  + "\"",
              ""),
          StandardCharsets.UTF_8);
    }
  }

  private static GaleraCluster shared;

  private final Path base;
  private final List<Node> nodes = new ArrayList<>();
  private final Thread onExit = new Thread(this::stopAll);

  private GaleraCluster(Path base) {
    this.base = base;
  }

  /**
   * The three-node cluster the tests of one JVM share, started on first use and stopped when the
   * JVM ends. A test that stops, pauses or cuts off a node brings it back before it ends.
   */
  public static synchronized GaleraCluster shared() {
    if (shared == null) {
      shared = start(3);
    }
    return shared;
  }

  /** Starts a cluster of {@code size} nodes and waits until every node is synced. */
  public static GaleraCluster start(int size) {
    return start(size, "");
  }

  /**
   * Starts a cluster with extra server settings, one {@code name=value} a line, for tests of a
   * misconfigured cluster.
   */
  public static GaleraCluster start(int size, String extraSettings) {
    for (Path p : List.of(MARIADBD, GALERA)) {
      if (!Files.exists(p)) {
        throw new IllegalStateException(
            p
                + " is missing: run `bash .ci/test` (as root) to install mariadb-server,"
                + " galera-4 and rsync");
      }
    }
    GaleraCluster cluster;
    try {
      cluster = new GaleraCluster(Files.createTempDirectory("gradcap-galera"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(cluster.onExit);
    try {
      cluster.create(size, extraSettings);
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void create(int size, String extraSettings) {
    for (int i = 1; i <= size; i++) {
      nodes.add(new Node(i));
    }
    String addresses =
        nodes.stream().map(n -> "127.0.0.1:" + n.groupPort).collect(Collectors.joining(","));
    Path first = nodes.get(0).dir.resolve("data");
    String providerOptions =
        ";evs.keepalive_period=PT0.5S;evs.inactive_check_period=PT0.5S"
            + ";evs.suspect_timeout=PT10S;evs.inactive_timeout=PT20S;evs.install_timeout=PT15S;pc.wait_prim_timeout=PT30S";
    try {
      for (Node n : nodes) {
        Files.createDirectories(n.dir);
        n.configure(addresses, providerOptions);
        if (!extraSettings.isEmpty()) {
          Files.writeString(
              n.dir.resolve("my.cnf"),
              extraSettings + "\n",
              StandardCharsets.UTF_8,
              java.nio.file.StandardOpenOption.APPEND);
        }
      }
      chown(base);
      run(
          List.of(
              "mariadb-install-db",
              "--no-defaults",
              "--user=mysql",
              "--datadir=" + first,
              "--auth-root-authentication-method=normal",
              "--skip-test-db"),
          base.resolve("install.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Node 1 founds the cluster and stops cleanly; every node then starts from a copy of its data,
    // which holds the cluster's state, so the joiners need no state transfer (an rsync SST takes
    // some 20 s a node).
    Node founder = nodes.get(0);
    founder.start(true);
    awaitSynced(List.of(founder));
    founder.stop();
    try {
      for (Node n : nodes.subList(1, nodes.size())) {
        run(
            List.of("cp", "-a", first.toString(), n.dir.resolve("data").toString()),
            base.resolve("install.log"));
      }
      chown(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    founder.start(true);
    awaitSynced(List.of(founder));
    for (Node n : nodes.subList(1, nodes.size())) {
      n.start(false);
    }
    awaitSynced(nodes);
  }

  /** The cluster's nodes, node 1 first. */
  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  public Node node(int number) {
    return nodes.get(number - 1);
  }

  /** Creates a database on node 1; the cluster replicates it to the others. */
  public void createDatabase(String name) {
    try (Connection c = DriverManager.getConnection(node(1).url(""));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until the given nodes are running, every one in the primary component, synced, and the
   * cluster has as many members as nodes are running.
   */
  public void awaitSynced(List<Node> expected) {
    long deadline = System.nanoTime() + READY.toNanos();
    while (true) {
      boolean ready = true;
      for (Node n : expected) {
        if (!n.isRunning()) {
          throw new IllegalStateException("node " + n.number + " ended:\n" + n.log());
        }
        ready =
            ready
                && n.isSynced()
                && Integer.toString(expected.size()).equals(n.status("wsrep_cluster_size"));
      }
      if (ready) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the cluster did not sync within "
                + READY
                + ":\n"
                + expected.stream()
                    .map(n -> "node " + n.number + ":\n" + n.log())
                    .collect(Collectors.joining("\n")));
      }
      sleep(200);
    }
  }

  /** Waits until all nodes are running and synced in one cluster. */
  public void awaitSynced() {
    awaitSynced(nodes);
  }

  /** Stops every node by its process id and removes the data. */
  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // the JVM is already ending
    }
    try (Stream<Path> files = Files.walk(base)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; nothing else to do
    }
  }

  private void stopAll() {
    for (Node n : nodes) {
      if (n.process != null && n.process.isAlive()) {
        n.resume();
        n.kill();
      }
    }
  }

  private static void waitFor(Process p) {
    try {
      p.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void run(List<String> command, Path log) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " failed:\n" + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void chown(Path root) throws IOException {
    UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal mysql = users.lookupPrincipalByName("mysql");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.setOwner(p, mysql);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
