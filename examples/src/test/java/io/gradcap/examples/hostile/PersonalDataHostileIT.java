package io.gradcap.examples.hostile;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ID numbers wherever they do not belong: in other columns, as number cells, in file names,
 * certificate submissions and JSON. The runner fails any case whose output holds an ID-shaped
 * number; these cases make sure there is one to leak.
 */
@Execution(ExecutionMode.CONCURRENT)
class PersonalDataHostileIT {

  private static final Family F = Family.PERSONAL_DATA;

  static Stream<HostileCase> cases() {
    List<HostileCase> cases = new ArrayList<>();
    cases.add(
        HostileCase.of(F, Origin.why(1), "出生日期 and 身份证号 headers swapped: verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(0).set(3, "身份证号");
                  rows.get(0).set(4, "出生日期");
                  Rosters.csv(w.resolve("名单.csv"), rows);
                })
            .command("verify", "名单.csv")
            .exit(2));
    cases.add(
        HostileCase.of(
                F, Origin.why(1), "出生日期 and 身份证号 headers swapped: verify --format json --lang en")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(0).set(3, "身份证号");
                  rows.get(0).set(4, "出生日期");
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx", "--format", "json", "--lang", "en")
            .exit(2));
    String[] columns = {"姓名", "性别", "民族", "学制", "入学日期"};
    int[] index = {1, 2, 6, 10, 12};
    // A date column holding an ID number makes the import itself fail (exit 2); the others are
    // findings (exit 1).
    int[] exit = {1, 1, 1, 1, 2};
    for (int k = 0; k < columns.length; k++) {
      int column = index[k];
      int code = exit[k];
      cases.add(
          HostileCase.of(F, Origin.why(1), "ID number in the " + columns[k] + " column: verify")
              .input(w -> Rosters.csv(w.resolve("名单.csv"), idIn(column)))
              .command("verify", "名单.csv")
              .exit(code));
    }
    cases.add(
        HostileCase.of(F, Origin.why(1), "ID numbers in every column: verify --format json")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(2);
                  for (int c = 0; c < Rosters.HEADER.size(); c++) {
                    rows.get(1).set(c, Rosters.student(1).id());
                  }
                  Rosters.csv(w.resolve("名单.csv"), rows);
                })
            .command("verify", "名单.csv", "--format", "json")
            .exit(2));
    cases.add(
        HostileCase.of(
                F, Origin.found(), "15-digit and full-width ID numbers in the name column: verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(1).set(1, "460102030101001");
                  rows.get(2).set(1, toFullWidth(Rosters.student(1).id()));
                  Rosters.csv(w.resolve("名单.csv"), rows);
                })
            .command("verify", "名单.csv")
            .exit(1));
    cases.add(
        HostileCase.of(F, Origin.why(1), "ID ending in X stored as a number cell: verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(1)
                      .set(
                          Rosters.ID_COLUMN,
                          new Rosters.RawNumber(Rosters.id("46010020030512485")));
                  rows.get(2).set(Rosters.ID_COLUMN, new Rosters.RawNumber("46010020030512485X"));
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx"));
    cases.add(
        HostileCase.of(
                F,
                Origin.guard(),
                "18-digit ID numbers as number cells: verify refuses them at the cell")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  for (int r = 1; r < rows.size(); r++) {
                    rows.get(r)
                        .set(
                            Rosters.ID_COLUMN,
                            Double.parseDouble(rows.get(r).get(Rosters.ID_COLUMN).toString()));
                  }
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx", "--format", "json"));
    cases.add(
        HostileCase.of(
                F,
                Origin.found(),
                "ID number as the college name: sheets does not print it in the file list")
            .input(
                w ->
                    Rosters.csv(
                        w.resolve("名单.csv"),
                        Rosters.rows(
                            1, i -> Rosters.student(i).withCollege(Rosters.student(7).id()))))
            .command("sheets", "名单.csv", "--out", "签名表", "--format", "json")
            .exit(0));
    cases.add(
        HostileCase.of(
                F,
                Origin.why(1),
                "ID number typed in the certificates' 学号 column: certificates --format json")
            .input(
                w -> {
                  PathHostileIT.certificates(w, "软件工程学院", "21软件1班");
                  List<Object> header =
                      List.of("学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注");
                  Rosters.workbook(
                      w.resolve("提交.xlsx"),
                      List.of(
                          header,
                          List.of(
                              Rosters.student(3).id(),
                              "张三",
                              "全国计算机等级考试",
                              "二级",
                              "NCRE-2023-0001",
                              "教育部考试中心",
                              "2023-06-01",
                              "")));
                })
            .command(
                "certificates",
                "模板.xlsx",
                "提交.xlsx",
                "--out",
                "批注.xlsx",
                "--roster",
                "名单.xlsx",
                "--format",
                "json")
            .exit(1));
    cases.add(
        HostileCase.of(F, Origin.found(), "idcheck --format json does not echo the number in full")
            .command("idcheck", Rosters.student(5).id(), "--format", "json")
            .exit(0));
    cases.add(
        HostileCase.of(F, Origin.guard(), "idcheck text output masks the number")
            .command("idcheck", Rosters.student(5).id(), "460102030101001")
            .exit(0, 1));
    cases.add(
        HostileCase.of(
                F, Origin.found(), "ID number as a class name in the capture groups: schedule")
            .input(
                w -> {
                  Files.writeString(
                      w.resolve("groups.csv"),
                      "group,college,cohort,class,headcount,responsible\n"
                          + "soft,软件工程学院,2021级3年制,"
                          + Rosters.student(9).id()
                          + ",42,王老师\n");
                  Files.writeString(
                      w.resolve("windows.csv"), "date,start,end\n2024-04-22,08:30,11:30\n");
                })
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.6",
                "--format",
                "json")
            .exit(0));
    cases.add(
        HostileCase.of(F, Origin.found(), "ID number as a campaign's title: notice-check")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("campaign.yaml"),
                        CampaignFileHostileIT.seed()
                            .replaceFirst(
                                "(?m)^graduatingClass: .*$",
                                "graduatingClass: " + Rosters.student(4).id())))
            .command("notice-check", "campaign.yaml", "--format", "json"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  /** Three valid students, each with their own ID number also typed into {@code column}. */
  private static List<List<Object>> idIn(int column) {
    List<List<Object>> rows = Rosters.rows(3);
    for (int r = 1; r < rows.size(); r++) {
      rows.get(r).set(column, rows.get(r).get(Rosters.ID_COLUMN));
    }
    return rows;
  }

  private static String toFullWidth(String ascii) {
    StringBuilder wide = new StringBuilder();
    ascii.chars().forEach(c -> wide.append((char) (Character.isDigit(c) ? c - '0' + '０' : c)));
    return wide.toString();
  }
}
