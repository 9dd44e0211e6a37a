package fi.hanke.examples.bench;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.JsonLine;
import fi.hanke.core.json.JsonLines;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of refusing truncated JSON Lines (<i>katkenneen rivin hylkäys</i>, sv. <i>avvisning av en avbruten
 * rad</i>), issue 15's "refusing must cost no more than reading": the time per line to read {@value #LINES} lines
 * through {@code HankeJson.lines}, good ones against the same lines cut short (the document starts with
 * {@code {} and ends in the middle: the reader reports what it found up to the cut and where the input ended).
 *
 * <ul>
 *   <li>{@code GOOD_SHORT}: {@code {"format": "hanke/1", "kind": "project", "name": "Hanke"}};
 *   <li>{@code TRUNCATED_SHORT}: the same cut in the name's string, and cut after the kind (an object not closed),
 *       alternately;
 *   <li>{@code GOOD_TYPICAL}: the typical single project's line (about 6 000 characters);
 *   <li>{@code TRUNCATED_TYPICAL}: the same cut at a third and at two thirds, alternately.
 * </ul>
 *
 * <p>Run with {@code examples/bench/run.sh RefusalBenchmark -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RefusalBenchmark {
  /** Lines read per operation. */
  static final int LINES = 100;

  /** The lines read. */
  public enum Shape {
    /** A short document, read. */
    GOOD_SHORT,
    /** The short document cut short. */
    TRUNCATED_SHORT,
    /** The typical single project, read. */
    GOOD_TYPICAL,
    /** The typical single project cut short. */
    TRUNCATED_TYPICAL
  }

  /** Which lines. */
  @Param({"GOOD_SHORT", "TRUNCATED_SHORT", "GOOD_TYPICAL", "TRUNCATED_TYPICAL"})
  public Shape shape;

  private HankeJson json;
  private String text;

  /** Creates the benchmark state (JMH calls it). */
  public RefusalBenchmark() {}

  /** Makes the {@value #LINES} lines. */
  @Setup
  public void setUp() {
    json = HankeJson.standard();
    String shortLine = "{\"format\": \"hanke/1\", \"kind\": \"project\", \"name\": \"Hanke\"}";
    String typical = json.writeLine(HankeDocument.of(TypicalProjects.single())).strip();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < LINES; i++) {
      String line = switch (shape) {
        case GOOD_SHORT -> shortLine;
        case TRUNCATED_SHORT -> i % 2 == 0 ? shortLine.substring(0, 53) : shortLine.substring(0, 39);
        case GOOD_TYPICAL -> typical;
        case TRUNCATED_TYPICAL -> typical.substring(0, typical.length() * (1 + i % 2) / 3);
      };
      b.append(line).append('\n');
    }
    text = b.toString();
  }

  /**
   * @param bh where each line goes
   * @return the number of lines read as documents
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int lines(Blackhole bh) {
    int read = 0;
    try (JsonLines lines = json.lines(new StringReader(text))) {
      while (lines.hasNext()) {
        JsonLine line = lines.next();
        bh.consume(line);
        if (line.isRead()) {
          read++;
        }
      }
    }
    return read;
  }
}
