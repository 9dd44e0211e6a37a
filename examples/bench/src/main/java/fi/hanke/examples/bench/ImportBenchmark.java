package fi.hanke.examples.bench;

import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the importer (<i>tuonnin suorituskykytesti</i>, sv. <i>prestandatest av importen</i>): the
 * time to read each of the five seed texts into the model, with the sources of its figures and its notes. The
 * texts and the importer are made once.
 *
 * <p>Run with {@code examples/bench/run.sh ImportBenchmark}; {@link #main(String[])} is a plain timed loop for a
 * quick figure without JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ImportBenchmark {
  /** The seed, by its number: 000, 001, 002, 003 or 004. */
  @Param({"000", "001", "002", "003", "004"})
  public String seed;

  private Importer importer;
  private String text;

  /** Creates the benchmark state (JMH calls it). */
  public ImportBenchmark() {}

  /** Loads the seed's text and makes the importer. */
  @Setup
  public void setUp() {
    importer = Importer.standard();
    text = Seeds.all().stream().filter(s -> s.fileName().startsWith(seed)).findFirst().orElseThrow().text();
  }

  /** @return what the importer read from the text */
  @Benchmark
  public ImportResult read() {
    return importer.read(text);
  }

  /**
   * A timed loop without JMH: N warm-up reads of every seed, then the mean of N reads each.
   *
   * @param args N, 500 unless given
   */
  public static void main(String[] args) {
    Importer importer = Importer.standard();
    List<Seed> seeds = Seeds.all();
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int sink = 0;
    for (int i = 0; i < n; i++) {
      for (Seed s : seeds) {
        sink += importer.read(s.text()).figures().size();
      }
    }
    for (Seed s : seeds) {
      String text = s.text();
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += importer.read(text).figures().size();
      }
      long micros = (System.nanoTime() - start) / 1_000 / n;
      System.out.printf("%s  %6d characters  %4d figures  %6d µs a read%n", s.fileName(), text.length(),
          importer.read(text).figures().size(), micros);
    }
    System.out.println(sink == 42 ? "" : "(done)");
  }
}
