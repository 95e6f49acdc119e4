package io.gradcap.examples.demo;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcEvidenceVault;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.access.Actor;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CampaignFormat;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.verification.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The seed notice's campaign end to end on an embedded H2 database, one small example after the
 * other on one campaign: the roster imported ({@link RosterImportExample}) and verified ({@link
 * VerificationExample}), sign-off sheets printed and their outcomes recorded ({@link
 * SignOffExample}), change requests with evidence ({@link ChangeRequestExample}), the capture plan
 * beside the published Attachment 1 ({@link CapturePlanExample}), the capture days ({@link
 * CaptureDayExample}), record cards ({@link RecordCardExample}), image confirmations ({@link
 * ImageConfirmationExample}) and the progress view ({@link ProgressExample}).
 *
 * <p>Every decision is recorded through the campaign journal ({@link DemoJournal}) in the H2 event
 * store, one append per decision. Re-running on the same folder reuses its database: the journal
 * keys each append by its command and the demo's clock is fixed, so a second run stores no event
 * twice and the database holds the same campaign; the files are written again. What it records
 * (reasons, notes) is the campus's data and stays in Chinese whatever the language; only what it
 * prints follows it, from the bundle {@code io/gradcap/examples/demo/messages.properties}.
 */
public final class SeedCampaignDemo {

  /** The roster generator's seed: the same roster every run. */
  public static final long SEED = 2024;

  static final String ROSTER = RosterImportExample.ROSTER;
  static final String ROSTER_FIXED = RosterImportExample.ROSTER_FIXED;

  /** The corrected roster's file name, next to the database. */
  public static final String ROSTER_FIXED_NAME = ROSTER_FIXED;

  static final String SHEETS = SignOffExample.SHEETS;
  static final String SCHEDULE = CapturePlanExample.SCHEDULE;
  static final String SCHEDULE_SVG = CapturePlanExample.SCHEDULE_SVG;
  static final String PROGRESS = ProgressExample.PROGRESS;

  /** What the run produced, for the caller and for tests. */
  public record Result(
      List<Path> files,
      List<Finding> importFindings,
      VerificationReport verification,
      List<DemoRoster.Planted> planted,
      List<CollegeLine> progress,
      int events,
      int alreadyStored,
      long storedEvents,
      CampaignProgress view) {}

  /** One college's line of the progress view. */
  public record CollegeLine(
      String college,
      int students,
      int signed,
      int corrected,
      int changeRequests,
      int captured,
      int cardsReceived,
      int imagesConfirmed) {}

  private SeedCampaignDemo() {}

  /** The seed notice's campaign, bundled as {@code /campaigns/seed-2024.yaml}. */
  public static Campaign seedCampaign() {
    try (InputStream in = SeedCampaignDemo.class.getResourceAsStream("/campaigns/seed-2024.yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /campaigns/seed-2024.yaml");
      }
      return CampaignCodec.read(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          CampaignFormat.YAML,
          "seed-2024.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the campaign into {@code dir}, printing what happens to {@code out}. */
  public static Result run(Campaign campaign, Path dir, Locale locale, PrintWriter out)
      throws IOException {
    Files.createDirectories(dir);
    DemoOutput output = new DemoOutput(campaign, dir, locale, out);
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("campaign") + ";AUTO_SERVER=FALSE";
    try (JdbcEventStore store = JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults());
        JdbcEvidenceVault vault =
            JdbcEvidenceVault.open(url, new Properties(), JdbcOptions.defaults())) {
      return run(output, store, vault);
    }
  }

  private static Result run(DemoOutput out, JdbcEventStore store, JdbcEvidenceVault vault)
      throws IOException {
    Campaign campaign = out.campaign();
    Actor office = Actor.officeStaff("o-01", "曾曦慧");
    DemoRoster roster = DemoRoster.generate(campaign, SEED);

    out.heading("heading.roster");
    RosterImportExample.Imported imported = RosterImportExample.run(out, roster);

    out.heading("heading.verification");
    VerificationExample.Verified verified =
        VerificationExample.run(out, roster, imported.records());
    List<StudentRecord> records = verified.records();

    out.heading("heading.sign-off");
    List<SignOffSheet> sheets = SignOffSheet.perClass(records, DemoStart.deadline());
    SignOffExample.print(out, sheets);
    // Every decision from here on goes through the campaign journal into the H2 event store.
    DemoJournal journal =
        new DemoJournal(store, DemoStart.start(sheets, records), DemoRules.of(campaign, office));
    SignOffExample.record(out, journal, sheets, roster);

    out.heading("heading.change");
    ChangeRequestExample.run(out, journal, records, vault, office);

    out.heading("heading.capture-plan");
    CapturePlan plan = CapturePlanExample.run(out, records, roster);

    out.heading("heading.capture");
    CaptureDayExample.run(out, journal, plan, records, office);

    out.heading("heading.record-cards");
    RecordCardExample.run(out, journal, office);

    out.heading("heading.images");
    ImageConfirmationExample.run(out, journal, records, vault, office);

    out.heading("heading.progress");
    CampaignProgress view = ProgressExample.run(out, journal);
    out.wrote(out.file("campaign.mv.db"));

    out.heading("heading.events");
    out.say(
        "events.summary",
        journal.events(),
        journal.appends(),
        journal.alreadyStored(),
        journal.head());
    out.say("events.files");
    out.files().forEach(file -> out.detail(file.toAbsolutePath().normalize().toString()));
    out.flush();
    return new Result(
        out.files(),
        imported.refused().findings(),
        verified.report(),
        roster.planted(),
        ProgressExample.collegeLines(out, journal, records),
        journal.events(),
        journal.alreadyStored(),
        journal.head(),
        view);
  }
}
