package io.gradcap.spi.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the two lists of providers a module declares, its compiled {@code module-info.class}
 * ({@code provides ... with ...}) and its {@code META-INF/services} files, so a test can check that
 * they agree: a provider in only one of them is found on the module path but not on the class path,
 * or the other way round.
 */
public final class ModuleServices {

  private ModuleServices() {}

  /** The compiled classes folder or jar that holds the given class. */
  public static Path classesRoot(Class<?> anyClassOfTheModule) {
    try {
      return Path.of(
          anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The module's descriptor, read from its compiled {@code module-info.class}. */
  public static ModuleDescriptor descriptor(Path classesRoot) {
    try (InputStream in = Files.newInputStream(classesRoot.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Service type to provider classes, as {@code module-info.java} declares them. */
  public static Map<String, Set<String>> declaredInModuleInfo(Path classesRoot) {
    Map<String, Set<String>> provides = new TreeMap<>();
    for (ModuleDescriptor.Provides p : descriptor(classesRoot).provides()) {
      provides.put(p.service(), new TreeSet<>(p.providers()));
    }
    return provides;
  }

  /** Service type to provider classes, as {@code META-INF/services} lists them. */
  public static Map<String, Set<String>> declaredInServicesFiles(Path classesRoot) {
    Path services = classesRoot.resolve("META-INF/services");
    Map<String, Set<String>> provides = new TreeMap<>();
    if (!Files.isDirectory(services)) {
      return provides;
    }
    try (Stream<Path> files = Files.list(services)) {
      for (Path file : files.sorted().toList()) {
        Set<String> providers =
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        provides.put(file.getFileName().toString(), providers);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return provides;
  }
}
