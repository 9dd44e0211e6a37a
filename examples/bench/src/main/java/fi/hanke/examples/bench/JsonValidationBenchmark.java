package fi.hanke.examples.bench;

import fi.hanke.core.json.HankeJson;
import fi.hanke.core.programme.Programmes;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of what a portal does on every save (<i>JSON-luvun ja tarkastuksen suorituskykytesti</i>, sv.
 * <i>prestandatest av JSON-läsning och granskning</i>): read a project from its {@code hanke/1} JSON text, then
 * validate it, for the typical single-beneficiary project and the typical group project of
 * {@link TypicalProjects}. The reading alone, beside a bare token scan of the same text, is
 * {@link ReadingBenchmark}. The JSON texts, the reader and the validator are made once.
 *
 * <p>Run with {@code examples/bench/run.sh JsonValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonValidationBenchmark {
  private HankeJson json;
  private Validator validator;
  private String single;
  private String group;

  /** Creates the benchmark state (JMH calls it). */
  public JsonValidationBenchmark() {}

  /** Writes the two typical projects as JSON and builds the reader and the validator. */
  @Setup
  public void setUp() {
    json = HankeJson.standard();
    validator = Validator.of(Programmes.finland2021to2027());
    single = json.write(TypicalProjects.single());
    group = json.write(TypicalProjects.group());
  }

  /** @return the report on the single project read from its JSON */
  @Benchmark
  public ValidationReport readAndValidateSingle() {
    return validator.validate(json.readProject(single));
  }

  /** @return the report on the group project read from its JSON */
  @Benchmark
  public ValidationReport readAndValidateGroup() {
    return validator.validate(json.readGroupProject(group));
  }
}
