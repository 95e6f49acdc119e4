package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.absent;
import static io.gradcap.examples.hostile.Checks.filesIn;
import static io.gradcap.examples.hostile.Checks.noRawControls;
import static io.gradcap.examples.hostile.Checks.saysAny;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that are paths or hold control characters, and output locations that are files, unwritable,
 * missing or the input itself: every output stays inside {@code --out}, every name is shown
 * escaped, and a failed write leaves nothing behind.
 */
@Execution(ExecutionMode.CONCURRENT)
class PathHostileIT {

  private static final Family F = Family.PATHS_AND_NAMES;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(F, Origin.why(4), "NUL in a college name: sheets")
            .input(w -> roster(w, "软件\u0000工程学院", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "签名表")
            .exit(0, 1, 2)
            .check(noRawControls()),
        HostileCase.of(
                F,
                Origin.why(10),
                "right-to-left override (U+202E) in a college name: sheets shows it escaped")
            .input(w -> roster(w, "软件工程学院\u202Exslx.exe", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "签名表")
            .exit(0)
            .check(noRawControls()),
        HostileCase.of(
                F,
                Origin.why(10),
                "right-to-left override (U+202E) in a student's name: verify shows it escaped")
            .input(
                w ->
                    Rosters.csv(
                        w.resolve("名单.csv"),
                        Rosters.rows(
                            3,
                            i ->
                                i == 1
                                    ? Rosters.student(i).withName("张\u202E三")
                                    : Rosters.student(i))))
            .command("verify", "名单.csv")
            .exit(1)
            .check(noRawControls()),
        HostileCase.of(
                F, Origin.guard(), "'/' in a college name: sheets keeps the file inside --out")
            .input(w -> roster(w, "软件/工程学院", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "签名表")
            .exit(0)
            .check(filesIn("签名表", 1)),
        HostileCase.of(F, Origin.guard(), "college named '..': sheets keeps the file inside --out")
            .input(w -> roster(w, "..", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "签名表")
            .exit(0)
            .check(filesIn("签名表", 1)),
        HostileCase.of(
                F, Origin.guard(), "college named '../../逃逸': sheets keeps the file inside --out")
            .input(w -> roster(w, "../../逃逸", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "签名表")
            .exit(0)
            .check(filesIn("签名表", 1)),
        HostileCase.of(
                F,
                Origin.guard(),
                "absolute path as a college name: sheets keeps the file inside --out")
            .input(w -> roster(w, "/tmp/gradcap-escape", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "签名表")
            .exit(0)
            .check(filesIn("签名表", 1)),
        HostileCase.of(F, Origin.why(4), "blank 学院 in the certificates roster")
            .input(w -> certificates(w, "", "21软件1班"))
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
            .exit(1, 2),
        HostileCase.of(F, Origin.why(4), "'/' in a class name in the certificates roster")
            .input(w -> certificates(w, "软件工程学院", "21软件/1班"))
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
            .exit(0, 1, 2),
        HostileCase.of(
                F,
                Origin.why(10),
                "sheets --out names a file: the message says it is not a directory")
            .input(
                w -> {
                  roster(w, "软件工程学院", "21软件1班");
                  Files.writeString(w.resolve("a-file.txt"), "x");
                })
            .command("sheets", "名单.csv", "--out", "a-file.txt", "--lang", "en")
            .check(saysAny("director")),
        HostileCase.of(
                F,
                Origin.found(),
                "sheets --out where no directory can be created (/proc): the message says why")
            .input(w -> roster(w, "软件工程学院", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "/proc/gradcap-sheets", "--lang", "en")
            .check(saysAny("director", "permission", "read-only", "cannot create", "not writable")),
        HostileCase.of(F, Origin.guard(), "sheets --out a missing nested directory: created")
            .input(w -> roster(w, "软件工程学院", "21软件1班"))
            .command("sheets", "名单.csv", "--out", "a/b/c")
            .exit(0)
            .check(filesIn("a/b/c", 1)),
        HostileCase.of(
                F,
                Origin.guard(),
                "schedule --out in a missing directory: created, or nothing written")
            .input(PathHostileIT::schedule)
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.6",
                "--out",
                "missing/schedule.xlsx")
            .exit(0, 2),
        HostileCase.of(
                F,
                Origin.found(),
                "schedule --svg is a directory: the workbook written first is not left behind")
            .input(
                w -> {
                  schedule(w);
                  Files.createDirectory(w.resolve("plan.svg"));
                })
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.6",
                "--out",
                "schedule.xlsx",
                "--svg",
                "plan.svg")
            .check(absent("schedule.xlsx")),
        HostileCase.of(
                F,
                Origin.found(),
                "certificates --out is the submission itself: refused, submission unchanged")
            .input(w -> certificates(w, "软件工程学院", "21软件1班"))
            .command(
                "certificates", "模板.xlsx", "提交.xlsx", "--out", "提交.xlsx", "--roster", "名单.xlsx"),
        HostileCase.of(F, Origin.guard(), "certificates --out is a directory")
            .input(
                w -> {
                  certificates(w, "软件工程学院", "21软件1班");
                  Files.createDirectory(w.resolve("批注"));
                })
            .command(
                "certificates",
                "模板.xlsx",
                "提交.xlsx",
                "--out",
                "批注",
                "--roster",
                "名单.xlsx",
                "--format",
                "json")
            .exit(2),
        HostileCase.of(F, Origin.guard(), "roster path is a directory: verify")
            .input(w -> Files.createDirectory(w.resolve("名单.csv")))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.guard(), "roster that does not exist: verify")
            .command("verify", "没有这个文件.xlsx", "--format", "json")
            .check(absent("没有这个文件.xlsx")),
        HostileCase.of(F, Origin.guard(), "roster with an unsupported extension: verify")
            .input(w -> Files.writeString(w.resolve("名单.txt"), "学号\n2021000001\n"))
            .command("verify", "名单.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  /** One valid student of {@code college} and {@code classGroup}, as CSV written byte for byte. */
  static Path roster(Path work, String college, String classGroup) throws Exception {
    return Files.write(
        work.resolve("名单.csv"),
        Rosters.csvText(
                Rosters.rows(1, i -> Rosters.student(i).withCollege(college).withClass(classGroup)),
                "\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Template, submission and a roster whose first student has {@code college} and {@code
   * classGroup}.
   */
  static void certificates(Path work, String college, String classGroup) throws Exception {
    List<Object> header = List.of("学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注");
    Rosters.workbook(work.resolve("模板.xlsx"), List.of(header));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header);
    rows.add(
        List.of(
            "2021000001", "张三", "全国计算机等级考试", "二级", "NCRE-2023-0001", "教育部考试中心", "2023-06-01", ""));
    rows.add(
        List.of(
            "2021000002", "李四", "全国计算机等级考试", "二级", "NCRE-2023-0002", "教育部考试中心", "2023-06-01", ""));
    Rosters.workbook(work.resolve("提交.xlsx"), rows);
    Rosters.workbook(
        work.resolve("名单.xlsx"),
        List.of(
            List.of("学号", "姓名", "学院", "班级"),
            List.of("2021000001", "张三", college, classGroup),
            List.of("2021000002", "李四", "软件工程学院", "21软件1班")));
  }

  private static void schedule(Path work) throws Exception {
    Files.writeString(
        work.resolve("groups.csv"),
        "group,college,cohort,class,headcount,responsible\nsoft,软件工程学院,2021级3年制,21软件1班,42,王老师\n");
    Files.writeString(work.resolve("windows.csv"), "date,start,end\n2024-04-22,08:30,11:30\n");
  }
}
