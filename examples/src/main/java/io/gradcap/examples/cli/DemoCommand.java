package io.gradcap.examples.cli;

import io.gradcap.core.cohort.CohortId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gradcap demo}: runs the seed notice's campaign end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "运行示例毕业工作（2024届）/ run the seed campaign (class of 2024)")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", description = "输出目录 / output folder (default: ${DEFAULT-VALUE})",
      defaultValue = "gradcap-demo")
  Path out;

  @Option(names = "--lang", description = "zh 或 en / zh or en (default: ${DEFAULT-VALUE})", defaultValue = "zh")
  String lang;

  @Override
  public Integer call() {
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    PrintWriter w = spec.commandLine().getOut();
    List<CohortId> cohorts = List.of(CohortId.of(2019, 5), CohortId.of(2021, 3), CohortId.of(2022, 2),
        CohortId.jointUndergraduate(2022));
    w.println(Locale.ENGLISH.equals(locale) ? "Cohorts of the class of 2024 (R1):" : "2024届毕业生所含年级（R1）：");
    for (CohortId cohort : cohorts) {
      w.printf("  %-16s -> %d%n", cohort, cohort.graduatingYear());
    }
    w.flush();
    return GradcapCommand.OK;
  }
}
