package io.gradcap.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.testkit.ModuleServices;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  private final Path classes = ModuleServices.classesRoot(PortProvider.class);

  @Test
  void module_is_named_after_its_root_package_and_needs_the_jdk_only() {
    var descriptor = ModuleServices.descriptor(classes);
    assertThat(descriptor.name()).isEqualTo("io.gradcap.spi");
    assertThat(descriptor.requires())
        .filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .allSatisfy(r -> assertThat(r.name()).startsWith("java."));
  }

  @Test
  void module_reads_java_base_alone_so_core_gets_no_jdbc_through_it() {
    assertThat(ModuleServices.descriptor(classes).requires())
        .filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .extracting(r -> r.name())
        .containsExactly("java.base");
  }

  @Test
  void nullness_annotations_are_needed_to_compile_only() {
    assertThat(ModuleServices.descriptor(classes).requires())
        .filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .extracting(r -> r.name())
        .containsExactly("org.jspecify");
  }

  @Test
  void providers_in_module_info_and_meta_inf_services_agree() {
    assertThat(ModuleServices.declaredInServicesFiles(classes))
        .isEqualTo(ModuleServices.declaredInModuleInfo(classes));
  }
}
