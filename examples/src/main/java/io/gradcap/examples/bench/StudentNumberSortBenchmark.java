package io.gradcap.examples.bench;

import io.gradcap.core.record.StudentNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

/** Sorting the seed's 3,110 student numbers, as every sheet and queue does (R8, R14). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StudentNumberSortBenchmark {

  private List<String> typed;

  @Setup
  public void generate() {
    Random random = new Random(2024);
    typed = new ArrayList<>();
    for (int i = 0; i < 3110; i++) {
      typed.add(
          String.format(
              "20%02d%02d%04d", 19 + random.nextInt(4), random.nextInt(40), random.nextInt(10000)));
    }
  }

  @Benchmark
  public List<StudentNumber> parseAndSort() {
    List<StudentNumber> numbers = new ArrayList<>(typed.size());
    for (String text : typed) {
      numbers.add(StudentNumber.parse(text));
    }
    Collections.sort(numbers);
    return numbers;
  }
}
