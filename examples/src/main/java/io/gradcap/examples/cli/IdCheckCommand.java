package io.gradcap.examples.cli;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.verification.VerificationPolicy;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gradcap idcheck NUMBER...}: checks ID numbers (R6). Exit 0: every number is acceptable; 1:
 * some number is not.
 */
@Command(
    name = "idcheck",
    mixinStandardHelpOptions = true,
    description =
        "校验身份证号码 / check ID numbers (resident ID, HK/Macau/Taiwan residence permit, foreign permanent resident)")
final class IdCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NUMBER", arity = "1..*", description = "身份证号码 / ID numbers")
  List<String> numbers;

  @Mixin OutputOptions output;

  @Option(
      names = "--strict",
      description = "不接受 15 位旧号码、居住证和永久居留证 / refuse 15-digit numbers and permits")
  boolean strict;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter out = spec.commandLine().getOut();
    VerificationPolicy policy =
        strict ? VerificationPolicy.strict() : VerificationPolicy.defaults();
    LocalDate today = LocalDate.now();
    boolean allValid = true;
    for (String number : numbers) {
      IdCheck.Result result = IdCheck.check(number, policy, today);
      allValid &= result.valid();
      out.println(output.json() ? json(result, locale) : text(result, locale));
    }
    out.flush();
    return allValid ? GradcapCommand.OK : GradcapCommand.BLOCKING_FINDINGS;
  }

  static String json(IdCheck.Result r, Locale locale) {
    ObjectNode node = Output.object();
    node.put("input", r.input());
    node.put("valid", r.valid());
    node.put("normalized", r.normalized());
    node.put("kind", r.kind() == null ? null : r.kind().key());
    node.put("birthDate", r.birthDate() == null ? null : r.birthDate().toString());
    node.put("gender", r.gender() == null ? null : r.gender().name().toLowerCase(Locale.ROOT));
    ArrayNode findings = node.putArray("findings");
    for (Finding f : r.findings()) {
      findings.add(Output.finding(f, locale));
    }
    return Output.line(node);
  }

  static String text(IdCheck.Result r, Locale locale) {
    String masked =
        r.normalized() == null
            ? r.input()
            : r.normalized().substring(0, 6) + "********" + r.normalized().substring(14);
    StringBuilder line =
        new StringBuilder(masked)
            .append(' ')
            .append(
                r.valid()
                    ? CampaignFiles.text(locale, "有效", "valid")
                    : CampaignFiles.text(locale, "无效", "invalid"));
    if (r.kind() != null) {
      line.append(' ').append(kindLabel(r.kind(), locale));
    }
    if (r.birthDate() != null) {
      line.append(' ').append(r.birthDate());
    }
    if (r.gender() != null) {
      line.append(' ').append(r.gender().label(locale));
    }
    for (Finding f : r.findings()) {
      line.append(System.lineSeparator()).append("  ").append(CampaignFiles.line(f, locale));
    }
    return line.toString();
  }

  static String kindLabel(IdCheck.Kind kind, Locale locale) {
    return switch (kind) {
      case RESIDENT -> CampaignFiles.text(locale, "居民身份证", "resident ID card");
      case HK_MACAU_TAIWAN_RESIDENCE_PERMIT ->
          CampaignFiles.text(locale, "港澳台居民居住证", "HK/Macau/Taiwan residence permit");
      case FOREIGN_PERMANENT_RESIDENT ->
          CampaignFiles.text(locale, "外国人永久居留身份证", "foreign permanent resident ID card");
    };
  }
}
