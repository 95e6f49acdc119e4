package io.gradcap.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_GENERIC_EXCEPTIONS;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Examples may wire everything together, but only through public API: no internal package. */
@AnalyzeClasses(
    packages = "io.gradcap.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule no_java_util_logging = NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule no_generic_exceptions = NO_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule uses_no_internal_package =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.gradcap..internal..")
          .because("examples show what a host may copy: public API only");
}
