package io.gradcap.examples.demo;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.PublishedWindow;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.verification.ClassPlacement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A roster shaped like the seed notice's Attachment 1: each published group's students in classes
 * of at most 45, with plausible names, ID numbers whose check characters and birth dates fit their
 * cohort, and a handful of planted mistakes a registry really meets. Deterministic: the same seed
 * gives the same roster.
 */
public final class DemoRoster {

  /** The roster's columns, as a registry's export names them. */
  public static final List<String> HEADERS =
      List.of(
          "学院", "班级", "学号", "姓名", "性别", "民族", "身份证号", "出生日期", "专业", "层次", "学制", "学习形式", "入学日期",
          "预计毕业日期", "政治面貌");

  static final int COLLEGE = 0;
  static final int CLASS = 1;
  static final int NUMBER = 2;
  static final int NAME = 3;
  static final int GENDER = 4;
  static final int ETHNICITY = 5;
  static final int ID = 6;
  static final int BIRTH = 7;

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐符邢云吉羊麦冯蔡许韩";
  private static final String[] GIVEN = {
    "小玉", "书艺", "旋飞", "宏代", "庆标", "宝富", "雪利", "卫国", "虹", "伟", "芳", "海燕", "明", "嘉怡", "子轩", "雨涵",
    "浩然", "思琪", "俊杰", "欣怡", "志强", "丽娟", "晓东", "婷", "文博", "静怡", "振华", "佳琪", "少龙", "春梅", "琼英", "德清",
    "秋菊", "家豪", "诗涵", "一鸣", "梓涵", "天佑", "美玲", "国栋"
  };
  private static final String[][] UYGHUR = {
    {"阿依古丽·买买提", "女"}, {"买买提·艾力", "男"}, {"古丽娜尔·吐尔逊", "女"}, {"艾力·热合曼", "男"}, {"迪丽努尔·阿不都", "女"}
  };
  private static final String[] ETHNICITIES = {
    "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "黎族", "黎族", "苗族", "回族", "壮族", "土家族"
  };

  /**
   * Hainan's and a few other provinces' county codes, as students of a Hainan college have them.
   */
  private static final String[] AREAS = {
    "460105", "460106", "460107", "460108", "460202", "469001", "469002", "469005", "469006",
    "469007", "460300", "440106", "430102", "450102", "510104", "420106"
  };

  private static final String[] POLITICAL = {"共青团员", "共青团员", "共青团员", "群众", "中共预备党员"};

  /** A planted mistake: which student, the rule it should trip, and the column it sits in. */
  public record Planted(
      String studentNumber, String rule, RecordField field, String header, String correction) {}

  private final List<String[]> rows;
  private final Map<String, ClassPlacement> classes;
  private final Map<String, String> classCollege;
  private final List<Planted> planted;
  private final int excelNumberRow;

  private DemoRoster(
      List<String[]> rows,
      Map<String, ClassPlacement> classes,
      Map<String, String> classCollege,
      List<Planted> planted,
      int excelNumberRow) {
    this.rows = rows;
    this.classes = classes;
    this.classCollege = classCollege;
    this.planted = planted;
    this.excelNumberRow = excelNumberRow;
  }

  /** The roster for a campaign's published groups, from a fixed seed. */
  public static DemoRoster generate(Campaign campaign, long seed) {
    Random random = new Random(seed);
    List<String[]> rows = new ArrayList<>();
    Map<String, ClassPlacement> classes = new LinkedHashMap<>();
    Map<String, String> classCollege = new LinkedHashMap<>();
    Set<String> issued = new HashSet<>();
    int collegeIndex = 0;
    for (PublishedWindow window : campaign.captureSchedule()) {
      collegeIndex++;
      CohortId cohort = cohortOf(window);
      String shortName = window.college().substring(0, 2);
      int k = (window.expectedStudents() + 44) / 45;
      int serial = 0;
      for (int c = 0; c < k; c++) {
        int size = window.expectedStudents() / k + (c < window.expectedStudents() % k ? 1 : 0);
        String classGroup =
            (cohort.entryYear() % 100)
                + shortName
                + (cohort.programYears() == 5 ? "五年" : "")
                + (c + 1)
                + "班";
        classes.put(classGroup, new ClassPlacement(window.college(), cohort));
        classGroup(classCollege, classGroup, window.college());
        for (int s = 0; s < size; s++) {
          serial++;
          rows.add(
              student(issued, random, window.college(), classGroup, cohort, collegeIndex, serial));
        }
      }
    }
    List<Planted> planted = new ArrayList<>();
    int excelRow = plant(rows, planted);
    return new DemoRoster(rows, classes, classCollege, planted, excelRow);
  }

  private static void classGroup(Map<String, String> map, String classGroup, String college) {
    map.put(classGroup, college);
  }

  static CohortId cohortOf(PublishedWindow window) {
    if (!window.cohorts().isEmpty()) {
      return window.cohorts().get(0);
    }
    return CohortId.of(2021, 3);
  }

  private static String[] student(
      Set<String> issued,
      Random random,
      String college,
      String classGroup,
      CohortId cohort,
      int collegeIndex,
      int serial) {
    boolean joint = cohort.toString().contains("联办");
    String number =
        String.format(Locale.ROOT, "%d%02d%04d", cohort.entryYear(), collegeIndex, serial);
    String name;
    String gender;
    String ethnicity;
    if (random.nextInt(150) == 0) {
      String[] u = UYGHUR[random.nextInt(UYGHUR.length)];
      name = u[0];
      gender = u[1];
      ethnicity = "维吾尔族";
    } else {
      name =
          SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
      gender = random.nextBoolean() ? "男" : "女";
      ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
    }
    // A student enters a 5-year programme after junior school (about 15), the others after senior
    // school (about 18).
    int age = cohort.programYears() == 5 ? 15 : joint ? 20 : 18;
    LocalDate birth = LocalDate.of(cohort.entryYear() - age, 9, 1).minusDays(random.nextInt(365));
    String first17;
    do {
      int sequence = random.nextInt(500) * 2 + ("男".equals(gender) ? 1 : 0);
      first17 =
          AREAS[random.nextInt(AREAS.length)]
              + birth.toString().replace("-", "")
              + String.format(Locale.ROOT, "%03d", sequence);
    } while (!issued.add(first17));
    String id = first17 + IdNumber.checkCharacter(first17);
    String major = joint ? "软件工程" : MAJORS.getOrDefault(college, "计算机应用技术");
    return new String[] {
      college,
      classGroup,
      number,
      name,
      gender,
      ethnicity,
      id,
      birth.toString(),
      major,
      joint ? "本科" : "专科",
      String.valueOf(cohort.programYears()),
      "普通全日制",
      LocalDate.of(cohort.entryYear(), 9, 1).toString(),
      LocalDate.of(cohort.graduatingYear(), 6, 30).toString(),
      POLITICAL[random.nextInt(POLITICAL.length)]
    };
  }

  private static final Map<String, String> MAJORS =
      Map.of(
          "国际教育与旅游学院",
          "旅游管理",
          "教育与艺术学院",
          "学前教育",
          "网络工程学院",
          "计算机网络技术",
          "动画学院",
          "动漫制作技术",
          "经济管理学院",
          "电子商务",
          "软件工程学院",
          "软件技术",
          "机电工程学院",
          "机电一体化技术");

  /**
   * Plants the mistakes in fixed rows; returns the index of the row whose ID is typed as a number.
   */
  private static int plant(List<String[]> rows, List<Planted> planted) {
    String[] r = rows.get(17);
    String right = r[ID];
    r[ID] = right.substring(0, 17) + (right.charAt(17) == '0' ? '1' : '0');
    planted.add(
        new Planted(r[NUMBER], "R6.id.check-character", RecordField.ID_NUMBER, "身份证号", right));

    r = rows.get(410);
    right = r[ID];
    r[ID] = right.substring(0, 6) + right.substring(8, 17);
    planted.add(new Planted(r[NUMBER], "R6.id.legacy-15", RecordField.ID_NUMBER, "身份证号", right));

    r = rows.get(1203);
    right = r[GENDER];
    r[GENDER] = "男".equals(right) ? "女" : "男";
    planted.add(new Planted(r[NUMBER], "R6.consistency.gender", RecordField.GENDER, "性别", right));

    r = rows.get(1777);
    r[ETHNICITY] = "蒙古";
    planted.add(
        new Planted(r[NUMBER], "R6.ethnicity.non-canonical", RecordField.ETHNICITY, "民族", "蒙古族"));

    String[] first = rows.get(2500);
    r = rows.get(2501);
    right = r[NUMBER];
    r[NUMBER] = first[NUMBER];
    planted.add(
        new Planted(
            r[NUMBER], "R6.student-number.duplicate", RecordField.STUDENT_NUMBER, "学号", right));
    return 2950;
  }

  /** Every student's row, in roster order, as texts in {@link #HEADERS} order. */
  public List<String[]> rows() {
    return rows;
  }

  public int size() {
    return rows.size();
  }

  /** Each class's college and cohort, for verification (R6.class). */
  public Map<String, ClassPlacement> classes() {
    return classes;
  }

  /** The class → college map, in the order of Attachment 1. */
  public Map<String, String> classColleges() {
    return classCollege;
  }

  /**
   * The mistakes the verifier should find, without the ID typed as a number (the import finds
   * that).
   */
  public List<Planted> planted() {
    return planted;
  }

  /** The row (0-based, without the header) whose ID number the college typed as an Excel number. */
  public int excelNumberRow() {
    return excelNumberRow;
  }
}
