package io.gradcap.adapters.excel;

import static io.gradcap.spi.testkit.ArchitectureRules.ADAPTERS_DO_NOT_KNOW_CORE;
import static io.gradcap.spi.testkit.ArchitectureRules.EXCEL_DOES_NOT_KNOW_JDBC;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_GENERIC_EXCEPTIONS;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_JAVA_UTIL_LOGGING;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_STANDARD_STREAMS;
import static io.gradcap.spi.testkit.ArchitectureRules.internalNeverExposed;
import static io.gradcap.spi.testkit.ArchitectureRules.publicClassesAreFinalOrRecords;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.gradcap.adapters.excel",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule does_not_know_core = ADAPTERS_DO_NOT_KNOW_CORE;
  @ArchTest static final ArchRule does_not_know_the_other_adapter = EXCEL_DOES_NOT_KNOW_JDBC;
  @ArchTest static final ArchRule no_standard_streams = NO_STANDARD_STREAMS;
  @ArchTest static final ArchRule no_java_util_logging = NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule no_generic_exceptions = NO_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule internal_never_exposed =
      internalNeverExposed("io.gradcap.adapters.excel..");

  @ArchTest
  static final ArchRule public_classes_final =
      publicClassesAreFinalOrRecords("io.gradcap.adapters.excel..");
}
