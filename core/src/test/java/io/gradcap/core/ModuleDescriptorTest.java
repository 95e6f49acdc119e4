package io.gradcap.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.testkit.ModuleServices;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  private final Path classes = ModuleServices.classesRoot(GradcapException.class);

  @Test
  void providers_in_module_info_and_meta_inf_services_agree() {
    assertThat(ModuleServices.declaredInServicesFiles(classes))
        .isEqualTo(ModuleServices.declaredInModuleInfo(classes));
  }

  @Test
  void module_is_named_after_its_root_package() {
    assertThat(ModuleServices.descriptor(classes).name()).isEqualTo("io.gradcap.core");
  }

  @Test
  void core_uses_the_typed_provider_services_and_reads_no_jdbc() {
    ModuleDescriptor descriptor = ModuleServices.descriptor(classes);
    assertThat(descriptor.uses())
        .contains(
            "io.gradcap.spi.table.TableReaderProvider",
            "io.gradcap.spi.table.TableWriterProvider",
            "io.gradcap.spi.table.TableAnnotatorProvider",
            "io.gradcap.spi.event.EventStoreProvider",
            "io.gradcap.spi.evidence.EvidenceVaultProvider")
        .doesNotContain("io.gradcap.spi.PortProvider");
    assertThat(descriptor.requires())
        .extracting(ModuleDescriptor.Requires::name)
        .doesNotContain("java.sql");
  }

  @Test
  void every_package_but_internal_is_exported() throws Exception {
    ModuleDescriptor descriptor = ModuleServices.descriptor(classes);
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages;
    try (Stream<Path> files = Files.walk(classes)) {
      packages =
          files
              .filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
              .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
              .filter(p -> !p.contains("internal"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(exported).isEqualTo(packages);
  }
}
