package io.gradcap.examples.bench;

import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.ClassPlacement;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * R6 at national scale: 1,000,000 generated student records (0.5 % with a wrong check character)
 * verified with every built-in rule, side by side with Hibernate Validator checking the same
 * records with the nearest standard constraints ({@code @NotBlank}, {@code @Pattern},
 * {@code @Past}), which check far less (no check character, no date validity, no consistency, no
 * duplicates). Scores are records per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(VerificationBenchmark.RECORDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class VerificationBenchmark {

  static final int RECORDS = 1_000_000;

  private static final String[] COLLEGES = {
    "国际教育与旅游学院", "教育与艺术学院", "网络工程学院", "动画学院", "经济管理学院", "软件工程学院", "机电工程学院", "联办本科"
  };
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "林", "何"
  };
  private static final String[] GIVEN = {
    "小玉", "书艺", "旋飞", "宏代", "庆标", "宝富", "雪利", "卫国", "虹", "伟", "芳", "阿依古丽·买买提"
  };
  private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "黎族", "回族", "苗族", "壮族"};
  private static final int[] PROVINCES = {11, 31, 44, 46, 51, 65};

  private List<StudentRecord> records;
  private List<HostStudent> beans;
  private Verifier verifier;
  private Verifier parallelVerifier;
  private VerificationContext context;
  private ValidatorFactory factory;
  private Validator validator;

  /** The same record as a host entity with standard constraints only. */
  public static final class HostStudent {
    @NotBlank
    @Pattern(regexp = "\\d{6,15}")
    String studentNumber;

    @NotBlank String name;

    @NotBlank
    @Pattern(regexp = "[男女]")
    String gender;

    @NotBlank
    @Pattern(regexp = "\\d{17}[0-9X]")
    String idNumber;

    @NotBlank String ethnicity;
    @NotBlank String college;
    @NotBlank String major;
    @NotBlank String classGroup;
    @Past LocalDate birthDate;
    @Past LocalDate entryDate;
  }

  @Setup
  public void generate() {
    Random random = new Random(2024);
    Map<String, ClassPlacement> classes = new HashMap<>();
    records = new ArrayList<>(RECORDS);
    beans = new ArrayList<>(RECORDS);
    String[] entryDates = {"2019-09-01", "2021-09-01", "2022-09-01"};
    String[] lengths = {"5", "3", "2"};
    for (int i = 0; i < RECORDS; i++) {
      int college = i % COLLEGES.length;
      int cohort = college == 7 ? 2 : (i / COLLEGES.length) % 2 == 0 ? 1 : (i % 5 == 0 ? 0 : 1);
      int entryYear = 2019 + (cohort == 0 ? 0 : cohort == 1 ? 2 : 3);
      String classGroup =
          (entryYear % 100) + COLLEGES[college].substring(0, 2) + (i / 40 % 25 + 1) + "班";
      CohortId cohortId =
          college == 7
              ? CohortId.jointUndergraduate(entryYear)
              : CohortId.of(entryYear, cohort == 0 ? 5 : cohort == 1 ? 3 : 2);
      classes.putIfAbsent(classGroup, new ClassPlacement(COLLEGES[college], cohortId));
      LocalDate birth = LocalDate.of(entryYear - 18, 1, 1).plusDays(random.nextInt(1000));
      int sequence = random.nextInt(1000);
      String first17 =
          String.format(
              Locale.ROOT,
              "%02d%04d%04d%02d%02d%03d",
              PROVINCES[random.nextInt(PROVINCES.length)],
              101 + random.nextInt(3000),
              birth.getYear(),
              birth.getMonthValue(),
              birth.getDayOfMonth(),
              sequence);
      char check = IdNumber.checkCharacter(first17);
      if (random.nextInt(200) == 0) {
        check = check == '0' ? '1' : '0';
      }
      String id = first17 + check;
      String number = String.format(Locale.ROOT, "%d%02d%07d", entryYear, college, i);
      String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      String gender = sequence % 2 == 1 ? "男" : "女";
      String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
      records.add(
          StudentRecord.builder()
              .set(RecordField.STUDENT_NUMBER, number)
              .set(RecordField.NAME, name)
              .set(RecordField.GENDER, gender)
              .set(RecordField.BIRTH_DATE, birth.toString())
              .set(RecordField.ID_NUMBER, id, "roster.xlsx!Sheet1!F" + (i + 2))
              .set(RecordField.ETHNICITY, ethnicity)
              .set(RecordField.POLITICAL_STATUS, "共青团员")
              .set(RecordField.COLLEGE, COLLEGES[college])
              .set(RecordField.MAJOR, "软件技术")
              .set(RecordField.LEVEL, college == 7 ? "本科" : "专科")
              .set(RecordField.PROGRAM_YEARS, lengths[cohort])
              .set(RecordField.STUDY_FORM, "普通全日制")
              .set(RecordField.ENTRY_DATE, entryDates[cohort])
              .set(RecordField.CLASS_GROUP, classGroup)
              .set(RecordField.EXPECTED_GRADUATION_DATE, "2024-06-30")
              .build());
      HostStudent bean = new HostStudent();
      bean.studentNumber = number;
      bean.name = name;
      bean.gender = gender;
      bean.idNumber = id;
      bean.ethnicity = ethnicity;
      bean.college = COLLEGES[college];
      bean.major = "软件技术";
      bean.classGroup = classGroup;
      bean.birthDate = birth;
      bean.entryDate = LocalDate.parse(entryDates[cohort]);
      beans.add(bean);
    }
    verifier = Verifier.withBuiltInRules();
    parallelVerifier = Verifier.builder().parallelism(2).build();
    context =
        VerificationContext.of(VerificationPolicy.defaults(), LocalDate.of(2024, 4, 3))
            .withGraduatingYear(2024)
            .withClasses(classes);
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(
                    Set.of(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE, false))
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @TearDown
  public void close() {
    factory.close();
  }

  /** Every built-in rule over the million records, duplicates included. */
  @Benchmark
  public VerificationReport gradcapVerifier() {
    return verifier.verify(records, context);
  }

  /** The same on both cores of the benchmark machine. */
  @Benchmark
  public VerificationReport gradcapVerifierTwoThreads() {
    return parallelVerifier.verify(records, context);
  }

  /** Hibernate Validator with standard constraints over the same million records. */
  @Benchmark
  public int hibernateValidator() {
    int violations = 0;
    for (HostStudent bean : beans) {
      violations += validator.validate(bean).size();
    }
    return violations;
  }
}
