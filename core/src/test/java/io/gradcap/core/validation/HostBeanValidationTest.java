package io.gradcap.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host SIS annotates its own entity and validates it with a factory built the way a host builds
 * one.
 */
class HostBeanValidationTest {

  /** An entity as a host student information system might have it. */
  static final class HostStudent {
    @ValidStudentNumber(regexp = "20\\d{8}")
    String studentNumber = "2021010101";

    @ValidPersonName String name = "阿依古丽·买买提";
    @ValidGender String gender = "女";
    @ValidIdNumber String idNumber = "11010519491231002X";
    @ValidEthnicity String ethnicity = "维吾尔族";
  }

  private static ValidatorFactory factory;

  @BeforeAll
  static void buildFactoryLikeAHost() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(
                    Set.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH),
                    Locale.SIMPLIFIED_CHINESE,
                    false))
            .clockProvider(
                () ->
                    Clock.fixed(Instant.parse("2024-04-03T00:00:00Z"), ZoneId.of("Asia/Shanghai")))
            .buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Map<String, String> violations(Object bean) {
    Validator validator = factory.getValidator();
    Map<String, String> byPath = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(bean)) {
      byPath.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return byPath;
  }

  @Test
  void a_valid_bean_passes() {
    assertThat(violations(new HostStudent())).isEmpty();
  }

  @Test
  void every_constraint_reports_with_a_chinese_message_by_default() {
    HostStudent s = new HostStudent();
    s.studentNumber = "A2021";
    s.name = "张三3";
    s.gender = "未知";
    s.idNumber = "110105194912310021";
    s.ethnicity = "火星族";
    Map<String, String> found = violations(s);
    assertThat(found).containsOnlyKeys("studentNumber", "name", "gender", "idNumber", "ethnicity");
    assertThat(found.get("idNumber")).isEqualTo("身份证号校验码错误");
    assertThat(found.get("ethnicity")).contains("GB/T 3304");
  }

  @Test
  void options_follow_the_annotation() {
    class Strict {
      @ValidIdNumber(acceptLegacy15Digit = false)
      String legacy = "110105491231002";

      @ValidIdNumber String legacyAccepted = "110105491231002";
      @ValidIdNumber String future = "460100202612310016";

      @ValidEthnicity(acceptExtension = false)
      String other = "97";

      @ValidEthnicity(canonicalOnly = true)
      String shortForm = "蒙古";

      @ValidPersonName(acceptLatin = true)
      String latin = "John Smith";

      @ValidPersonName(canonicalOnly = true)
      String dot = "阿依古丽•买买提";

      @ValidGender(acceptCodes = false)
      String code = "1";
    }
    assertThat(violations(new Strict()))
        .containsOnlyKeys("legacy", "future", "other", "shortForm", "dot", "code");
  }

  @Test
  void english_messages_when_the_host_asks_for_them() {
    ValidatorFactory english =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory();
    HostStudent s = new HostStudent();
    s.idNumber = "11010519491231002Y";
    assertThat(english.getValidator().validate(s))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("is malformed: expected 17 digits and a digit or X");
    english.close();
  }
}
