package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.testkit.ModuleServices;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  private final Path classes =
      ModuleServices.classesRoot(ModuleDescriptorTest.class).resolveSibling("classes");

  @Test
  void providers_in_module_info_and_meta_inf_services_agree() {
    assertThat(ModuleServices.declaredInServicesFiles(classes))
        .isEqualTo(ModuleServices.declaredInModuleInfo(classes));
  }

  @Test
  void module_is_named_after_its_root_package() {
    assertThat(ModuleServices.descriptor(classes).name()).isEqualTo("io.gradcap.adapters.jdbc");
  }
}
