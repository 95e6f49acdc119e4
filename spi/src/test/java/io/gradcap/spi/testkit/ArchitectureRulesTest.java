package io.gradcap.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.gradcap.adapters.excel.archfixture.KnowsCore;
import io.gradcap.core.archfixture.Clean;
import io.gradcap.core.archfixture.Impure;
import io.gradcap.core.archfixture.Leaky;
import io.gradcap.core.archfixture.OpenForExtension;
import io.gradcap.core.archfixture.a.A;
import io.gradcap.core.archfixture.b.B;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they promise to catch, and leave clean code alone. */
class ArchitectureRulesTest {

  private static boolean passes(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return !rule.allowEmptyShould(true).evaluate(imported).hasViolation();
  }

  @Test
  void core_must_not_touch_files() {
    assertThat(passes(ArchitectureRules.CORE_IS_PURE, Impure.class)).isFalse();
    assertThat(passes(ArchitectureRules.CORE_IS_PURE, Clean.class)).isTrue();
  }

  @Test
  void only_one_class_in_core_may_call_service_loader() {
    assertThat(passes(ArchitectureRules.ONE_SERVICE_LOADER_IN_CORE, Impure.class)).isFalse();
    assertThat(passes(ArchitectureRules.ONE_SERVICE_LOADER_IN_CORE, Clean.class)).isTrue();
  }

  @Test
  void generic_exceptions_are_caught() {
    assertThat(passes(ArchitectureRules.NO_GENERIC_EXCEPTIONS, Impure.class)).isFalse();
    assertThat(passes(ArchitectureRules.NO_GENERIC_EXCEPTIONS, Clean.class)).isTrue();
  }

  @Test
  void public_classes_must_be_final() {
    ArchRule rule = ArchitectureRules.publicClassesAreFinalOrRecords("io.gradcap.core..");
    assertThat(passes(rule, OpenForExtension.class)).isFalse();
    assertThat(passes(rule, Clean.class)).isTrue();
  }

  @Test
  void internal_types_must_not_appear_in_public_signatures() {
    ArchRule rule = ArchitectureRules.internalNeverExposed("io.gradcap.core..");
    assertThat(passes(rule, Leaky.class)).isFalse();
    assertThat(passes(rule, Clean.class)).isTrue();
  }

  @Test
  void feature_packages_must_not_form_cycles() {
    assertThat(
            passes(
                ArchitectureRules.CORE_FEATURES_FREE_OF_CYCLES.allowEmptyShould(true),
                A.class,
                B.class))
        .isTrue(); // both sit in one slice (archfixture) at the level the rule slices
    ArchRule finer =
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("io.gradcap.core.archfixture.(*)..")
            .should()
            .beFreeOfCycles();
    assertThat(passes(finer, A.class, B.class)).isFalse();
  }

  @Test
  void adapters_must_not_know_core() {
    assertThat(passes(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_CORE, KnowsCore.class)).isFalse();
  }
}
