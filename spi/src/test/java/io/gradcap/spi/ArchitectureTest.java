package io.gradcap.spi;

import static io.gradcap.spi.testkit.ArchitectureRules.NO_GENERIC_EXCEPTIONS;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_JAVA_UTIL_LOGGING;
import static io.gradcap.spi.testkit.ArchitectureRules.NO_STANDARD_STREAMS;
import static io.gradcap.spi.testkit.ArchitectureRules.SPI_DEPENDS_ON_NOTHING_OF_GRADCAP;
import static io.gradcap.spi.testkit.ArchitectureRules.SPI_USES_JDK_ONLY;
import static io.gradcap.spi.testkit.ArchitectureRules.internalNeverExposed;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.gradcap.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule depends_on_nothing_of_gradcap = SPI_DEPENDS_ON_NOTHING_OF_GRADCAP;
  @ArchTest static final ArchRule uses_jdk_only = SPI_USES_JDK_ONLY;
  @ArchTest static final ArchRule no_standard_streams = NO_STANDARD_STREAMS;
  @ArchTest static final ArchRule no_java_util_logging = NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule no_generic_exceptions = NO_GENERIC_EXCEPTIONS;
  @ArchTest static final ArchRule internal_never_exposed = internalNeverExposed("io.gradcap.spi..");
}
