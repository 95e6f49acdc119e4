package io.gradcap.spi.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ServiceLoader;

/**
 * The architecture rules every gradcap module checks, in one place so that no module can quietly
 * weaken them. Each module's {@code ArchitectureTest} applies the rules that concern it to its own
 * classes.
 */
public final class ArchitectureRules {

  public static final String SPI = "io.gradcap.spi..";
  public static final String CORE = "io.gradcap.core..";
  public static final String EXCEL = "io.gradcap.adapters.excel..";
  public static final String JDBC = "io.gradcap.adapters.jdbc..";
  public static final String EXAMPLES = "io.gradcap.examples..";

  /** The one class in core allowed to call {@link ServiceLoader}. */
  public static final String CORE_SERVICE_LOADER = "io.gradcap.core.internal.Services";

  private ArchitectureRules() {}

  /** spi &lt;- core &lt;- examples; the SPI depends on nothing of gradcap's but itself. */
  public static final ArchRule SPI_DEPENDS_ON_NOTHING_OF_GRADCAP =
      noClasses()
          .that()
          .resideInAPackage(SPI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CORE, EXCEL, JDBC, EXAMPLES)
          .because("the SPI is the contract; it cannot know who implements or uses it");

  /**
   * The SPI uses the JDK only, and the JSpecify nullness annotations, which are not needed at run
   * time.
   */
  public static final ArchRule SPI_USES_JDK_ONLY =
      classes()
          .that()
          .resideInAPackage(SPI)
          .and()
          .resideOutsideOfPackage("io.gradcap.spi.testkit..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(SPI, "java..", "org.jspecify.annotations")
          .because("a host must be able to implement the SPI without pulling in any library");

  /** Core knows the SPI but no adapter and no example. */
  public static final ArchRule CORE_DOES_NOT_KNOW_ADAPTERS =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(EXCEL, JDBC, EXAMPLES)
          .because("adapters plug into core through the SPI, never the other way round");

  /** Adapters implement SPI ports and know no domain rules. */
  public static final ArchRule ADAPTERS_DO_NOT_KNOW_CORE =
      noClasses()
          .that()
          .resideInAnyPackage(EXCEL, JDBC)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CORE, EXAMPLES)
          .because("adapters move data; the domain lives in core");

  /** The Excel adapter does not know the JDBC adapter. */
  public static final ArchRule EXCEL_DOES_NOT_KNOW_JDBC =
      noClasses()
          .that()
          .resideInAPackage(EXCEL)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(JDBC);

  /** The JDBC adapter does not know the Excel adapter. */
  public static final ArchRule JDBC_DOES_NOT_KNOW_EXCEL =
      noClasses()
          .that()
          .resideInAPackage(JDBC)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(EXCEL);

  /** Core is pure: no JDBC, no files, no POI, no network, no console, no JUL. */
  public static final ArchRule CORE_IS_PURE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "java.nio.file..", "java.net..", "org.apache.poi..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(
              java.io.File.class,
              java.io.FileInputStream.class,
              java.io.FileOutputStream.class,
              java.io.RandomAccessFile.class)
          .because("core is the domain; I/O belongs to adapters behind the SPI");

  /** Nobody writes to the console or through java.util.logging (the CLI in examples excepted). */
  public static final ArchRule NO_STANDARD_STREAMS = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  public static final ArchRule NO_JAVA_UTIL_LOGGING = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  /**
   * Throw typed exceptions that say what went wrong, never a bare Exception or RuntimeException.
   */
  public static final ArchRule NO_GENERIC_EXCEPTIONS = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  /**
   * Core's packages, one slice per feature; each package below {@code internal} is a slice of its
   * own, since the helpers of one feature (its validators, the journal's JSON speed-ups) use that
   * feature, which uses the shared internals (messages, service lookup) in turn.
   */
  static final SliceAssignment CORE_SLICES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String prefix = "io.gradcap.core.";
          String name = javaClass.getPackageName();
          if (!name.startsWith(prefix)) {
            return SliceIdentifier.ignore();
          }
          String[] parts = name.substring(prefix.length()).split("\\.");
          return parts[0].equals("internal") && parts.length > 1
              ? SliceIdentifier.of("internal." + parts[1])
              : SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
          return "core's feature packages, and each package below internal on its own";
        }
      };

  /** Feature packages of core do not form cycles. */
  public static final ArchRule CORE_FEATURES_FREE_OF_CYCLES =
      slices().assignedFrom(CORE_SLICES).should().beFreeOfCycles();

  /** Only one class in core calls ServiceLoader, so discovery stays opt-in and in one place. */
  public static final ArchRule ONE_SERVICE_LOADER_IN_CORE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .and()
          .doNotHaveFullyQualifiedName(CORE_SERVICE_LOADER)
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(ServiceLoader.class)
          .because("discovery is opt-in and lives in " + CORE_SERVICE_LOADER);

  /**
   * Public API outside the SPI is closed for extension: final classes, records, enums, interfaces.
   */
  public static ArchRule publicClassesAreFinalOrRecords(String packagePattern) {
    return classes()
        .that()
        .resideInAPackage(packagePattern)
        .and()
        .arePublic()
        .and()
        .areNotInterfaces()
        .and()
        .areNotEnums()
        .and()
        .areNotRecords()
        .and()
        .areNotAnnotations()
        .should(beFinalOrSealed())
        .allowEmptyShould(true)
        .because("a library's public classes are not extension points unless they say so");
  }

  /** No public or protected signature outside an internal package mentions an internal type. */
  public static ArchRule internalNeverExposed(String packagePattern) {
    DescribedPredicate<JavaClass> internal = resideInAPackage("..internal..");
    return methods()
        .that()
        .areDeclaredInClassesThat(are(not(internal)))
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(packagePattern)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .arePublic()
        .should(notMentionInternalTypes())
        .allowEmptyShould(true)
        .because("internal packages are implementation details nobody outside may touch");
  }

  private static ArchCondition<JavaClass> beFinalOrSealed() {
    return new ArchCondition<>("be final or sealed") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        boolean ok =
            item.getModifiers().contains(JavaModifier.FINAL)
                || item.reflect().isSealed()
                || item.isAnonymousClass();
        events.add(
            new SimpleConditionEvent(
                item, ok, item.getName() + (ok ? " is" : " is not") + " final or sealed"));
      }
    };
  }

  private static ArchCondition<JavaMethod> notMentionInternalTypes() {
    return new ArchCondition<>("not mention internal types in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean returnsInternal =
            method.getReturnType().getAllInvolvedRawTypes().stream()
                .anyMatch(ArchitectureRules::isInternal);
        boolean takesInternal =
            method.getParameterTypes().stream()
                .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .anyMatch(ArchitectureRules::isInternal);
        boolean violated = returnsInternal || takesInternal;
        events.add(
            new SimpleConditionEvent(
                method,
                !violated,
                method.getFullName()
                    + (violated ? " exposes" : " does not expose")
                    + " an internal type"));
      }
    };
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }
}
