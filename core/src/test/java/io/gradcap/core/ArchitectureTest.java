package io.gradcap.core;

import static io.gradcap.spi.testkit.ArchitectureRules.CORE_DOES_NOT_KNOW_ADAPTERS;
import static io.gradcap.spi.testkit.ArchitectureRules.CORE_FEATURES_FREE_OF_CYCLES;
import static io.gradcap.spi.testkit.ArchitectureRules.CORE_IS_PURE;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_GENERIC_EXCEPTIONS;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_JAVA_UTIL_LOGGING;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_STANDARD_STREAMS;
import static io.gradcap.spi.testkit.ArchitectureRules.ONE_SERVICE_LOADER_IN_CORE;
import static io.gradcap.spi.testkit.ArchitectureRules.internalNeverExposed;
import static io.gradcap.spi.testkit.ArchitectureRules.publicClassesAreFinalOrRecords;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.gradcap.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule does_not_know_adapters = CORE_DOES_NOT_KNOW_ADAPTERS;
  @ArchTest static final ArchRule is_pure = CORE_IS_PURE;
  @ArchTest static final ArchRule features_free_of_cycles = CORE_FEATURES_FREE_OF_CYCLES;
  @ArchTest static final ArchRule one_service_loader = ONE_SERVICE_LOADER_IN_CORE;
  @ArchTest static final ArchRule no_standard_streams = NO_STANDARD_STREAMS;
  @ArchTest static final ArchRule no_java_util_logging = NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule no_generic_exceptions = NO_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule internal_never_exposed = internalNeverExposed("io.gradcap.core..");

  @ArchTest
  static final ArchRule public_classes_final = publicClassesAreFinalOrRecords("io.gradcap.core..");
}
