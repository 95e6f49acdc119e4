package io.gradcap.examples.cli;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.GradcapException;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.ProgressLine;
import io.gradcap.core.progress.ProgressView;
import io.gradcap.examples.demo.DemoProgress;
import io.gradcap.examples.demo.DemoStart;
import io.gradcap.spi.PortException;
import io.gradcap.spi.StoreRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gradcap progress --db URL}: the campaign's progress for the institution, each college and
 * each class, folded from what the journal stored: its start (sheets, records, roster) and its
 * events, so any campaign kept through the journal opens from its database alone. The database is
 * opened read-only: nothing is created, migrated or written, a missing one is not made, one that is
 * not a gradcap store is refused and left as it was, and URL settings off the adapter's allow-list
 * (such as H2's {@code INIT}) are refused. Exit 0: nothing overdue; 1: something is overdue; 2: the
 * database or campaign cannot be read, or the database holds no campaign of that name.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = "显示毕业工作进度 / show the campaign's progress from its event store")
final class ProgressCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, description = "事件库 JDBC 地址 / event store JDBC URL")
  String url;

  @Option(
      names = "--name",
      defaultValue = DemoStart.JOURNAL,
      description =
          "活动在事件库中的名称，默认为示例的 ${DEFAULT-VALUE} / the campaign's name in the event store (default: ${DEFAULT-VALUE}, the demo's)")
  String name;

  @Option(
      names = "--campaign",
      description = "活动定义文件，默认为内置的2024届示例 / campaign file instead of the built-in seed")
  @Nullable Path campaignFile;

  @Option(
      names = "--today",
      description =
          "查看日期，默认为今天（示例活动为示例的日期）/ the day to look at "
              + "(default: today in China; for the demo's campaign, the demo's day)")
  @Nullable LocalDate today;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter out = spec.commandLine().getOut();
    Campaign campaign;
    try {
      campaign =
          campaignFile == null
              ? CampaignFiles.seed()
              : CampaignCodec.read(
                  CampaignFiles.read(campaignFile),
                  CampaignFiles.formatOf(campaignFile.toString()),
                  campaignFile.toString());
    } catch (GradcapException e) {
      return fail(out, e.code().code(), e.getMessage(locale));
    } catch (IOException e) {
      return fail(
          out,
          "io",
          CampaignFiles.text(locale, "无法读取文件 ", "Cannot read the file ")
              + campaignFile
              + ": "
              + e.getMessage());
    }
    LocalDate day =
        today != null
            ? today
            : name.equals(DemoStart.JOURNAL)
                ? DemoProgress.DEMO_DAY
                : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    CampaignProgress progress;
    try (JdbcEventStore store =
        JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults().readOnly())) {
      // No start given: the journal reads the one it stored, so it opens any campaign by its name.
      CampaignState state = CampaignJournal.builder(store).name(name).build().open();
      progress = DemoProgress.of(campaign, state, day);
    } catch (GradcapException e) {
      return fail(out, e.code().code(), e.getMessage(locale));
    } catch (StoreRefusedException e) {
      return fail(out, e.reason().key(), refused(e, locale));
    } catch (PortException e) {
      return fail(
          out,
          "database",
          CampaignFiles.text(locale, "无法读取事件库：", "Cannot read the event store: ") + e.getMessage());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return fail(out, "unusable-input", e.getMessage());
    }
    List<ProgressView> views = new ArrayList<>();
    views.add(progress.institution());
    views.addAll(progress.colleges());
    views.addAll(progress.classes());
    boolean overdue = false;
    for (ProgressView view : views) {
      overdue |= !view.overdue().isEmpty();
      if (output.json()) {
        for (ProgressLine line : view.lines()) {
          out.println(Output.line(json(view, line, locale)));
        }
      } else {
        out.println(title(campaign, view, locale));
        for (ProgressLine line : view.lines()) {
          out.println("  " + line.describe(locale));
        }
      }
    }
    out.flush();
    return overdue ? GradcapCommand.BLOCKING_FINDINGS : GradcapCommand.OK;
  }

  private static ObjectNode json(ProgressView view, ProgressLine line, Locale locale) {
    ObjectNode node = Output.object();
    node.put("level", view.scope().name().toLowerCase(Locale.ROOT));
    node.put("name", view.classGroupIfAny().or(view::collegeIfAny).orElse(view.title(locale)));
    view.collegeIfAny().ifPresent(c -> node.put("college", c));
    node.put("measure", line.measure().key());
    node.put("done", line.done());
    node.put("expected", line.expected());
    if (line.milestoneIfAny().isPresent()) {
      node.put("milestone", line.milestoneIfAny().get().date().toString());
    } else {
      node.putNull("milestone");
    }
    if (line.daysLeft().isPresent()) {
      node.put("daysLeft", line.daysLeft().getAsLong());
    } else {
      node.putNull("daysLeft");
    }
    node.put("status", line.status().name());
    return node;
  }

  /** The view's heading, a college by its name in the chosen language. */
  private static String title(Campaign campaign, ProgressView view, Locale locale) {
    String college =
        view.collegeIfAny()
            .flatMap(c -> campaign.institution().college(c).map(x -> x.name(locale)))
            .orElse(null);
    if (college == null) {
      return view.title(locale);
    }
    return view.classGroupIfAny().map(g -> college + " · " + g).orElse(college);
  }

  /** Why the event store was refused, in the chosen language. */
  private String refused(StoreRefusedException e, Locale locale) {
    String subject = e.subject();
    return switch (e.reason()) {
      case UNSAFE_SETTING ->
          CampaignFiles.text(
              locale,
              "数据库地址中的设置 " + subject + " 不被接受：只接受不会执行代码、加载类或读写文件的设置；未连接数据库",
              "The database URL's setting "
                  + subject
                  + " is not accepted: only settings that neither run code, load"
                  + " classes nor touch files are; nothing was connected to");
      case NO_DATABASE ->
          CampaignFiles.text(
              locale,
              "数据库不存在：" + database() + "（不会新建数据库，请检查路径）",
              "No such database: " + database() + " (none is created; check the path)");
      case NOT_A_STORE ->
          CampaignFiles.text(
              locale,
              "该数据库不是 gradcap 事件库（没有 gradcap 的表）；数据库未做任何改动",
              "The database is not a gradcap event store (it holds no gradcap tables); nothing in it was changed");
      case SCHEMA_MISMATCH ->
          CampaignFiles.text(
              locale,
              "事件库的表结构版本为 " + subject + "，与本版本 gradcap 不符：请用对应版本的 gradcap 查看，或先由写入它的程序升级",
              "The event store's tables are at schema version "
                  + subject
                  + ", not the one this gradcap release reads:"
                  + " use the matching release, or let the program that writes it upgrade it first");
      case READ_ONLY ->
          CampaignFiles.text(
              locale,
              "事件库以只读方式打开，未写入任何内容",
              "The event store is open read-only; nothing was written");
    };
  }

  /** The database the URL names, without its settings (which may hold a password). */
  private String database() {
    int settings = url.length();
    for (char c : new char[] {';', '?'}) {
      int i = url.indexOf(c);
      if (i >= 0) {
        settings = Math.min(settings, i);
      }
    }
    return url.substring(0, settings);
  }

  /**
   * Stops the command: the guard prints the message (and a JSON error object under {@code --format
   * json}).
   */
  private int fail(PrintWriter out, String code, String message) {
    out.flush();
    throw new CommandFailure(code, message);
  }
}
