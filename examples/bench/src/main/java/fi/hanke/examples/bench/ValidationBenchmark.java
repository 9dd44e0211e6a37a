package fi.hanke.examples.bench;

import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
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
 * JMH benchmark of validation (<i>tarkastuksen suorituskykytesti</i>, sv. <i>prestandatest av granskningen</i>):
 * the time and allocation of one {@code Validator.validate} call on a typical single-beneficiary project and on
 * a typical group project ({@link TypicalProjects}), with the standard rules and default options of
 * {@code Validator.of(Programmes.finland2021to2027())}. The validator and the projects are built once; each
 * call returns the report so that nothing is optimised away.
 *
 * <p>Run with {@code examples/bench/run.sh ValidationBenchmark} (add {@code -prof gc} for the bytes allocated
 * per validation, {@code gc.alloc.rate.norm}); measured figures are in {@code examples/bench/PERFORMANCE.md} and {@code examples/bench/RESULTS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
  private Validator validator;
  private Project single;
  private GroupProject group;

  /** Creates the benchmark state (JMH calls it). */
  public ValidationBenchmark() {}

  /** Builds the validator and the two projects. */
  @Setup
  public void setUp() {
    validator = Validator.of(Programmes.finland2021to2027());
    single = TypicalProjects.single();
    group = TypicalProjects.group();
  }

  /** @return the report on the typical single-beneficiary project (40 %, four work packages) */
  @Benchmark
  public ValidationReport single() {
    return validator.validate(single);
  }

  /** @return the report on the typical group project (four members with budgets, seven work packages) */
  @Benchmark
  public ValidationReport group() {
    return validator.validate(group);
  }
}
