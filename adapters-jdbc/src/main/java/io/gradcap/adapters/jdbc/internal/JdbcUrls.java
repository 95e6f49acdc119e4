package io.gradcap.adapters.jdbc.internal;

import io.gradcap.spi.PortException;
import io.gradcap.spi.StoreRefusedException;
import io.gradcap.spi.StoreRefusedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The allow-list of connection settings for the URLs the adapter opens itself. A JDBC URL may come
 * from a less trusted place than the code (a command line, a configuration file), and some driver
 * settings run code at connect: H2's {@code INIT} runs SQL (and through {@code CREATE ALIAS},
 * Java), H2 splices other settings' values into {@code SET} statements, PostgreSQL's {@code
 * socketFactory} and MariaDB's {@code socketFactory} load classes, {@code loggerFile} writes files.
 * Only settings known to do none of that are accepted, each with the values it may take; everything
 * else is refused with the setting named. Keys compare ignoring case; the URL and the driver
 * properties are both checked. A host that needs another setting builds its own {@link
 * javax.sql.DataSource}.
 *
 * <p>Opens that may not create a database get H2's {@code IFEXISTS=TRUE} (whatever the URL said);
 * read-only opens also H2's {@code ACCESS_MODE_DATA=r}, PostgreSQL's {@code readOnly=true} with
 * {@code readOnlyMode=always}, MariaDB/MySQL's {@code assureReadOnly=true}.
 */
public final class JdbcUrls {

  /** A URL and driver properties that passed the allow-list, as the driver is to be given them. */
  public record Target(String url, Properties properties) {}

  private static final Pattern BOOL = Pattern.compile("(?i)true|false");
  private static final Pattern INT = Pattern.compile("-?[0-9]{1,10}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern WORDS =
      Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}(,[A-Za-z][A-Za-z0-9_]{0,63}){0,31}");

  /** Any value: the driver uses it as data, never as SQL, a class or a file. */
  private static final Pattern ANY = Pattern.compile("(?s).*");

  /**
   * A key as drivers read it; anything else (encoded, spaced, punctuated) is refused before the
   * list.
   */
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,63}");

  /**
   * H2's settings. Those other than the connection's own ({@code USER}, {@code IFEXISTS}, ...) are
   * run as {@code SET key value}, so their values are words or numbers only. Not here, among
   * others: {@code INIT} (runs SQL), {@code AUTO_SERVER=TRUE} (opens a port), {@code
   * DATABASE_EVENT_LISTENER} and {@code JAVA_OBJECT_SERIALIZER} (load classes), {@code
   * TRACE_LEVEL_FILE} (writes a trace file), {@code RECOVER}, {@code OPEN_NEW}, {@code
   * IGNORE_UNKNOWN_SETTINGS}.
   */
  private static final Map<String, Pattern> H2 =
      Map.ofEntries(
          Map.entry("USER", ANY),
          Map.entry("PASSWORD", ANY),
          Map.entry("ACCESS_MODE_DATA", Pattern.compile("(?i)r|rw|rws|rwd")),
          Map.entry("IFEXISTS", BOOL),
          Map.entry("FORBID_CREATION", BOOL),
          Map.entry("AUTO_RECONNECT", BOOL),
          Map.entry("DB_CLOSE_ON_EXIT", BOOL),
          Map.entry("AUTO_SERVER", Pattern.compile("(?i)false")),
          Map.entry("FILE_LOCK", Pattern.compile("(?i)no|file|fs")),
          Map.entry("CIPHER", Pattern.compile("(?i)aes")),
          Map.entry("NETWORK_TIMEOUT", INT),
          Map.entry("DB_CLOSE_DELAY", INT),
          Map.entry("LOCK_TIMEOUT", INT),
          Map.entry("DEFAULT_LOCK_TIMEOUT", INT),
          Map.entry("QUERY_TIMEOUT", INT),
          Map.entry("CACHE_SIZE", INT),
          Map.entry("MAX_MEMORY_ROWS", INT),
          Map.entry("LOCK_MODE", INT),
          Map.entry("WRITE_DELAY", INT),
          Map.entry("RETENTION_TIME", INT),
          Map.entry("AUTOCOMMIT", BOOL),
          Map.entry("IGNORECASE", BOOL),
          Map.entry("DATABASE_TO_UPPER", BOOL),
          Map.entry("DATABASE_TO_LOWER", BOOL),
          Map.entry("CASE_INSENSITIVE_IDENTIFIERS", BOOL),
          Map.entry("VARIABLE_BINARY", BOOL),
          Map.entry("TRUNCATE_LARGE_LENGTH", BOOL),
          Map.entry("MODE", WORD),
          Map.entry("DEFAULT_NULL_ORDERING", WORD),
          Map.entry("SCHEMA", WORD),
          Map.entry("SCHEMA_SEARCH_PATH", WORDS),
          Map.entry("NON_KEYWORDS", WORDS));

  /**
   * H2's database name prefixes; the others name file systems (zip:, split:, nio:, ...) and are
   * refused.
   */
  private static final List<String> H2_PREFIXES = List.of("mem:", "file:", "tcp:", "ssl:");

  /**
   * PostgreSQL's settings. Not here, among others: {@code socketFactory}, {@code sslfactory},
   * {@code sslhostnameverifier}, {@code sslpasswordcallback}, {@code authenticationPluginClassName}
   * (load classes), {@code loggerFile} (writes a file), {@code sslcert}, {@code sslkey}, {@code
   * sslrootcert}, {@code service}, {@code jaasLogin} (read files), {@code options} (server settings
   * such as {@code local_preload_libraries}), {@code replication}.
   */
  private static final Map<String, Pattern> POSTGRESQL =
      lowerKeys(
          Map.ofEntries(
              Map.entry("user", ANY),
              Map.entry("password", ANY),
              Map.entry("ssl", BOOL),
              Map.entry(
                  "sslmode",
                  Pattern.compile("(?i)disable|allow|prefer|require|verify-ca|verify-full")),
              Map.entry("sslNegotiation", WORD),
              Map.entry("gssEncMode", WORD),
              Map.entry("channelBinding", WORD),
              Map.entry("connectTimeout", INT),
              Map.entry("socketTimeout", INT),
              Map.entry("loginTimeout", INT),
              Map.entry("cancelSignalTimeout", INT),
              Map.entry("sslResponseTimeout", INT),
              Map.entry("tcpKeepAlive", BOOL),
              Map.entry("tcpNoDelay", BOOL),
              Map.entry("ApplicationName", ANY),
              Map.entry("currentSchema", WORDS),
              Map.entry("targetServerType", WORD),
              Map.entry("loadBalanceHosts", BOOL),
              Map.entry("hostRecheckSeconds", INT),
              Map.entry("readOnly", BOOL),
              Map.entry("readOnlyMode", WORD),
              Map.entry("prepareThreshold", INT),
              Map.entry("preparedStatementCacheQueries", INT),
              Map.entry("preparedStatementCacheSizeMiB", INT),
              Map.entry("defaultRowFetchSize", INT),
              Map.entry("binaryTransfer", BOOL),
              Map.entry("stringtype", WORD),
              Map.entry("reWriteBatchedInserts", BOOL),
              Map.entry("assumeMinServerVersion", Pattern.compile("[0-9.]{1,16}")),
              Map.entry("receiveBufferSize", INT),
              Map.entry("sendBufferSize", INT),
              Map.entry("autosave", WORD),
              Map.entry("cleanupSavepoints", BOOL),
              Map.entry("preferQueryMode", Pattern.compile("[A-Za-z]{1,32}")),
              Map.entry("adaptiveFetch", BOOL),
              Map.entry("quoteReturningIdentifiers", BOOL),
              Map.entry("groupStartupParameters", BOOL)));

  /**
   * MariaDB's and MySQL's settings. Not here, among others: {@code socketFactory}, {@code
   * tlsSocketType}, {@code codecs}, MySQL's interceptors, {@code propertiesTransform}, {@code
   * logger} (load classes), {@code allowLocalInfile}, {@code allowLoadLocalInfile}, {@code
   * allowUrlInLocalInfile} (send local files), {@code serverSslCert}, {@code keyStore}, {@code
   * trustStore} (read files), {@code initSql}, {@code sessionVariables} (run SQL), {@code
   * allowMultiQueries}, {@code autoDeserialize}, {@code createDatabaseIfNotExist}, {@code
   * localSocket}, {@code registerJmxPool}, {@code dumpQueriesOnException} (puts values into
   * messages).
   */
  private static final Map<String, Pattern> MARIADB =
      lowerKeys(
          Map.ofEntries(
              Map.entry("user", ANY),
              Map.entry("password", ANY),
              Map.entry("sslMode", WORD),
              Map.entry("useSsl", BOOL),
              Map.entry("trustServerCertificate", BOOL),
              Map.entry("enabledSslProtocolSuites", Pattern.compile("[A-Za-z0-9.,v]{1,64}")),
              Map.entry("allowPublicKeyRetrieval", BOOL),
              Map.entry("connectTimeout", INT),
              Map.entry("socketTimeout", INT),
              Map.entry("tcpKeepAlive", BOOL),
              Map.entry("tcpAbortiveClose", BOOL),
              Map.entry("useCompression", BOOL),
              Map.entry("retriesAllDown", INT),
              Map.entry("assureReadOnly", BOOL),
              Map.entry("galeraAllowedState", Pattern.compile("[0-9,]{1,16}")),
              Map.entry("transactionReplay", BOOL),
              Map.entry("transactionReplaySize", INT),
              Map.entry("autocommit", BOOL),
              Map.entry("timezone", Pattern.compile("[A-Za-z0-9_/+:\\-]{1,64}")),
              Map.entry("connectionTimeZone", Pattern.compile("[A-Za-z0-9_/+:\\-]{1,64}")),
              Map.entry("forceConnectionTimeZoneToSession", BOOL),
              Map.entry("serverTimezone", Pattern.compile("[A-Za-z0-9_/+:\\-]{1,64}")),
              Map.entry("preserveInstants", BOOL),
              Map.entry("permitMysqlScheme", BOOL),
              Map.entry("useAffectedRows", BOOL),
              Map.entry("useBulkStmts", BOOL),
              Map.entry("useBulkStmtsForInserts", BOOL),
              Map.entry("disablePipeline", BOOL),
              Map.entry("defaultFetchSize", INT),
              Map.entry("maxAllowedPacket", INT),
              Map.entry("cachePrepStmts", BOOL),
              Map.entry("prepStmtCacheSize", INT),
              Map.entry("useServerPrepStmts", BOOL),
              Map.entry("useReadAheadInput", BOOL),
              Map.entry("connectionCollation", WORD),
              Map.entry("characterEncoding", Pattern.compile("[A-Za-z0-9_\\-]{1,32}")),
              Map.entry("useUnicode", BOOL),
              Map.entry("rewriteBatchedStatements", BOOL),
              Map.entry("tinyInt1isBit", BOOL),
              Map.entry("yearIsDateType", BOOL),
              Map.entry("restrictedAuth", WORDS)));

  /**
   * The host and database part of a server URL: names, addresses, ports; no parentheses, no {@code
   * key=value}.
   */
  private static final Pattern SERVER_BASE = Pattern.compile("[A-Za-z0-9._~%/:,\\[\\]\\-]*");

  private JdbcUrls() {}

  /**
   * The URL and properties to connect with, after the allow-list; read-only opens may not create a
   * database either.
   *
   * @param readOnly whether to rewrite them so that the connection can create and change nothing
   * @throws StoreRefusedException with {@link Reason#UNSAFE_SETTING} for a setting not on the list,
   *     or with a value it may not take
   * @throws PortException for a URL of a database the adapter does not support
   */
  public static Target checked(String url, Properties properties, boolean readOnly) {
    return checked(url, properties, !readOnly, readOnly);
  }

  /**
   * The URL and properties to connect with, after the allow-list.
   *
   * @param mayCreate whether connecting may create a missing database (H2 does unless told not to)
   * @param readOnly whether to rewrite them so that the connection can change nothing
   * @throws StoreRefusedException with {@link Reason#UNSAFE_SETTING} for a setting not on the list,
   *     or with a value it may not take
   * @throws PortException for a URL of a database the adapter does not support
   */
  public static Target checked(
      String url, Properties properties, boolean mayCreate, boolean readOnly) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return h2(url, properties, mayCreate && !readOnly, readOnly);
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return server(
          "jdbc:postgresql",
          url,
          "jdbc:postgresql:".length(),
          POSTGRESQL,
          properties,
          readOnly ? Map.of("readOnly", "true", "readOnlyMode", "always") : Map.of());
    }
    if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
      String scheme = lower.startsWith("jdbc:mariadb:") ? "jdbc:mariadb" : "jdbc:mysql";
      return server(
          scheme,
          url,
          scheme.length() + 1,
          MARIADB,
          properties,
          readOnly ? Map.of("assureReadOnly", "true") : Map.of());
    }
    throw new PortException(
        "jdbc",
        "not a URL of a database the JDBC adapter supports: give a jdbc:h2:,"
            + " jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql: URL");
  }

  private static Target h2(String url, Properties properties, boolean mayCreate, boolean readOnly) {
    String location = "jdbc:h2";
    String body = url.substring("jdbc:h2:".length());
    int semicolon = body.indexOf(';');
    String name = semicolon < 0 ? body : body.substring(0, semicolon);
    String lowerName = name.toLowerCase(Locale.ROOT);
    // A prefix of two letters or more names a file system (one letter is a Windows drive).
    if (lowerName.matches("[a-z][a-z0-9]+:.*")
        && H2_PREFIXES.stream().noneMatch(lowerName::startsWith)) {
      String prefix = name.substring(0, name.indexOf(':') + 1);
      throw refused(
          location,
          prefix,
          "the database name's prefix "
              + shown(prefix)
              + " selects a file system the adapter does not open; use mem:, file:, tcp:, ssl: or a path");
    }
    List<String[]> settings = new ArrayList<>();
    if (semicolon >= 0) {
      String rest = body.substring(semicolon + 1);
      if (rest.indexOf('\\') >= 0) {
        // H2 reads a backslash as an escape, so one setting could hide another inside its value.
        throw refused(
            location,
            "\\",
            "a backslash in the URL's settings; give such values as driver properties");
      }
      for (String setting : rest.split(";", -1)) {
        if (setting.isEmpty()) {
          continue;
        }
        int equals = setting.indexOf('=');
        if (equals < 0) {
          throw refused(
              location, setting, "the setting " + shown(setting) + " has no value (KEY=value)");
        }
        String key = setting.substring(0, equals);
        String value = setting.substring(equals + 1);
        check(location, H2, key, value, true);
        settings.add(new String[] {key.toUpperCase(Locale.ROOT), value});
      }
    }
    Properties copy = new Properties();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key);
      check(location, H2, key, value, true);
      copy.setProperty(key, value);
    }
    if (mayCreate) {
      return new Target(url, copy);
    }
    List<String> forced =
        readOnly
            ? List.of("IFEXISTS", "ACCESS_MODE_DATA", "FORBID_CREATION")
            : List.of("IFEXISTS", "FORBID_CREATION");
    StringBuilder rewritten = new StringBuilder("jdbc:h2:").append(name);
    for (String[] setting : settings) {
      if (!forced.contains(setting[0])) {
        rewritten.append(';').append(setting[0]).append('=').append(setting[1]);
      }
    }
    for (String key : copy.stringPropertyNames()) {
      if (forced.contains(key.toUpperCase(Locale.ROOT))) {
        copy.remove(key);
      }
    }
    rewritten.append(readOnly ? ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : ";IFEXISTS=TRUE");
    return new Target(rewritten.toString(), copy);
  }

  /** A PostgreSQL or MariaDB/MySQL URL: {@code scheme:[mode:]//hosts/database?key=value&...}. */
  private static Target server(
      String location,
      String url,
      int afterScheme,
      Map<String, Pattern> allowed,
      Properties properties,
      Map<String, String> forced) {
    String body = url.substring(afterScheme);
    int question = body.indexOf('?');
    String base = question < 0 ? body : body.substring(0, question);
    if (!SERVER_BASE.matcher(base).matches()) {
      throw refused(
          location,
          "",
          "the URL's host and database part holds characters other than names, "
              + "addresses and ports; give settings after ? as key=value");
    }
    List<String> kept = new ArrayList<>();
    if (question >= 0) {
      for (String token : body.substring(question + 1).split("&", -1)) {
        if (token.isEmpty()) {
          continue;
        }
        int equals = token.indexOf('=');
        String key = equals < 0 ? token : token.substring(0, equals);
        String value = equals < 0 ? "" : decoded(location, key, token.substring(equals + 1));
        check(location, allowed, key, value, false);
        if (!isForced(forced, key)) {
          kept.add(token);
        }
      }
    }
    Properties copy = new Properties();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key);
      check(location, allowed, key, value, false);
      if (!isForced(forced, key)) {
        copy.setProperty(key, value);
      }
    }
    forced.forEach(copy::setProperty);
    if (location.equals("jdbc:mariadb") || location.equals("jdbc:mysql")) {
      // The adapter never loads local files; a server must not be able to ask for one.
      copy.setProperty("allowLocalInfile", "false");
      copy.setProperty("allowLoadLocalInfile", "false");
    }
    String rebuilt =
        url.substring(0, afterScheme) + base + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    return new Target(question < 0 && forced.isEmpty() ? url : rebuilt, copy);
  }

  private static boolean isForced(Map<String, String> forced, String key) {
    return forced.keySet().stream().anyMatch(key::equalsIgnoreCase);
  }

  /**
   * A URL parameter's value as the driver decodes it, so that an encoded value is checked as what
   * it is.
   */
  private static String decoded(String location, String key, String value) {
    try {
      return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw refused(location, key, "the value of " + shown(key) + " is not valid URL encoding");
    }
  }

  private static void check(
      String location, Map<String, Pattern> allowed, String key, String value, boolean upperKeys) {
    if (!KEY.matcher(key).matches()) {
      throw refused(
          location,
          key,
          "the setting " + shown(key) + " is not a setting name the adapter accepts");
    }
    Pattern values =
        allowed.get(upperKeys ? key.toUpperCase(Locale.ROOT) : key.toLowerCase(Locale.ROOT));
    if (values == null) {
      throw refused(
          location,
          key,
          "the setting "
              + key
              + " is not on the adapter's list of settings that"
              + " neither run code, load classes nor touch files");
    }
    if (!values.matcher(value).matches()) {
      throw refused(location, key, "the setting " + key + " may not take that value");
    }
  }

  private static Map<String, Pattern> lowerKeys(Map<String, Pattern> map) {
    Map<String, Pattern> lower = new java.util.HashMap<>();
    map.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return Map.copyOf(lower);
  }

  private static StoreRefusedException refused(String location, String subject, String message) {
    return new StoreRefusedException(location, Reason.UNSAFE_SETTING, shown(subject), message);
  }

  /**
   * A name from the URL for a message: at most 64 characters, anything but printable ASCII escaped.
   */
  static String shown(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .limit(64)
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7f) {
                b.appendCodePoint(c);
              } else {
                b.append(String.format("\\u%04X", c));
              }
            });
    return text.codePointCount(0, text.length()) > 64 ? b + "..." : b.toString();
  }
}
