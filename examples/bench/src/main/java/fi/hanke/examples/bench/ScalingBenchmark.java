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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of how validation time grows (<i>tarkastuksen skaalautuminen</i>, sv. <i>granskningens
 * skalning</i>): one {@code Validator.validate} of a project with {@code size} of one thing
 * ({@link LargeProjects}), for sizes 100 … 100 000. Time per op divided by the size is the time per element: it
 * stays flat when validation is linear.
 *
 * <p>With {@code register = true} the validator has a de minimis register ({@link LargeProjects#register(int)}, one
 * earlier grant per company and a full ceiling for every hundredth), so that AID-HEADROOM checks every planned
 * grant against it and adds the grants that fit. Run:
 *
 * <pre>
 * examples/bench/run.sh ScalingBenchmark -p register=false -f 1 -wi 2 -i 3 -w 1s -r 1s
 * examples/bench/run.sh ScalingBenchmark -p register=true -p dimension=MEASURES,PARTICIPANTS -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ScalingBenchmark {
  /** What is made {@code size} long. */
  public enum Dimension {
    /** Work packages of a single project. */
    WORK_PACKAGES,
    /** Members of a group, each with its own project and budget. */
    MEMBERS,
    /** Staff-cost lines of a single project. */
    COST_LINES,
    /** De minimis measures, one company taking part in each. */
    MEASURES,
    /** Companies taking part in one de minimis measure. */
    PARTICIPANTS
  }

  /** What is made long. */
  @Param({"WORK_PACKAGES", "MEMBERS", "COST_LINES", "MEASURES", "PARTICIPANTS"})
  public Dimension dimension;

  /** How long. */
  @Param({"100", "1000", "10000", "100000"})
  public int size;

  /** Whether the validator has a de minimis register of earlier aid. */
  @Param({"false", "true"})
  public boolean register;

  private Validator validator;
  private Project single;
  private GroupProject group;

  /** Creates the benchmark state (JMH calls it). */
  public ScalingBenchmark() {}

  /** Builds the project and the validator. */
  @Setup
  public void setUp() {
    Validator.Builder b = Validator.builder().profile(Programmes.finland2021to2027());
    if (register) {
      b.deMinimisRegister(LargeProjects.register(size));
    }
    validator = b.build();
    switch (dimension) {
      case WORK_PACKAGES -> single = LargeProjects.workPackages(size);
      case MEMBERS -> group = LargeProjects.members(size);
      case COST_LINES -> single = LargeProjects.costLines(size);
      case MEASURES -> single = LargeProjects.measures(size);
      case PARTICIPANTS -> single = LargeProjects.participants(size);
      default -> throw new IllegalStateException(dimension.name());
    }
  }

  /** @return the report */
  @Benchmark
  public ValidationReport validate() {
    return group != null ? validator.validate(group) : validator.validate(single);
  }
}
