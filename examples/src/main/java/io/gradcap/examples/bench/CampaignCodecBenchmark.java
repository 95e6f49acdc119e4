package io.gradcap.examples.bench;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CampaignFormat;
import io.gradcap.core.campaign.NoticeSelfCheck;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.institution.Institution;
import io.gradcap.core.record.StudentNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and checking a campaign definition: the seed notice as shipped, and the seed with a
 * roster of 3,110 students in 62 classes (the size of the class of 2024) in YAML and JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CampaignCodecBenchmark {

  private String seedYaml;
  private String rosterYaml;
  private String rosterJson;
  private Campaign seed;

  @Setup
  public void load() throws IOException {
    try (InputStream in =
        CampaignCodecBenchmark.class.getResourceAsStream("/campaigns/seed-2024.yaml")) {
      seedYaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    seed = CampaignCodec.read(seedYaml, CampaignFormat.YAML, "seed-2024.yaml");
    List<College> colleges = new ArrayList<>();
    int student = 0;
    int classNumber = 0;
    for (College college : seed.institution().colleges()) {
      List<ClassGroup> classes = new ArrayList<>();
      for (int c = 0; c < 8 && student < 3110; c++) {
        List<StudentNumber> students = new ArrayList<>();
        for (int s = 0; s < 50 && student < 3110; s++, student++) {
          students.add(StudentNumber.of(String.format("2021%06d", student)));
        }
        classes.add(
            ClassGroup.of(
                "班" + (++classNumber),
                seed.cohorts().get(classNumber % seed.cohorts().size()),
                students));
      }
      colleges.add(
          new College(college.name(), college.englishName(), classes, college.responsible()));
    }
    Institution institution =
        new Institution(
            seed.institution().name(),
            seed.institution().englishName(),
            colleges,
            seed.institution().officeContacts());
    Campaign roster =
        new Campaign(
            seed.title(),
            seed.graduatingClass(),
            seed.cohorts(),
            institution,
            seed.calendar(),
            seed.milestones(),
            seed.capture(),
            seed.captureWindows(),
            seed.notice());
    rosterYaml = CampaignCodec.write(roster, CampaignFormat.YAML);
    rosterJson = CampaignCodec.write(roster, CampaignFormat.JSON);
  }

  @Benchmark
  public Campaign readSeedYaml() {
    return CampaignCodec.read(seedYaml, CampaignFormat.YAML, "seed-2024.yaml");
  }

  @Benchmark
  public Campaign readRosterYaml() {
    return CampaignCodec.read(rosterYaml, CampaignFormat.YAML, "roster.yaml");
  }

  @Benchmark
  public Campaign readRosterJson() {
    return CampaignCodec.read(rosterJson, CampaignFormat.JSON, "roster.json");
  }

  @Benchmark
  public List<Finding> selfCheckSeed() {
    return NoticeSelfCheck.check(seed);
  }
}
