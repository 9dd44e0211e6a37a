package fi.hanke.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.examples.bench.beans.FormJson;
import fi.hanke.examples.bench.beans.FormValidation;
import fi.hanke.examples.bench.beans.Forms;
import fi.hanke.examples.bench.beans.GroupProjectForm;
import fi.hanke.examples.bench.beans.ProjectForm;
import fi.hanke.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The work of {@link ReadingBenchmark} and of the read-and-validate benchmarks of
 * {@link HibernateComparisonBenchmark}, timed in thread CPU time and interleaved (<i>lukemisen prosessoriaika</i>,
 * sv. <i>läsningens processortid</i>): a check of JMH's figures on a machine whose cores other processes share.
 * JMH times the wall clock, which counts the time the benchmark thread waits for a core; with a load of ten on two
 * cores that is most of it, and the load changes between one benchmark and the next. Here every round runs every
 * case for a batch, back to back, and counts only the CPU time of the thread, so the ratios of one round are of
 * the same moment. Prints, per case, the median and quartiles of the rounds' µs per operation, and the median of
 * the per-round ratios.
 *
 * <p>Run: {@code java -cp <the benchmark class path> fi.hanke.examples.bench.ReadingCpuTime [rounds]}.
 */
public final class ReadingCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The CPU time of one case's batch in a round. */
  private static final long BATCH_NANOS = 100_000_000L;

  private ReadingCpuTime() {}

  /** One thing timed. */
  private interface Case {
    void run(Blackhole out) throws IOException;
  }

  /**
   * @param args the number of rounds (default 30)
   * @throws IOException never: every text is valid
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Blackhole out = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    HankeJson json = HankeJson.standard();
    JsonFactory factory = new JsonFactory();
    ObjectMapper mapper = new ObjectMapper();
    Project single = TypicalProjects.single();
    GroupProject group = TypicalProjects.group();
    String singleText = json.write(single);
    String groupText = json.write(group);
    Validator hanke = HibernateComparisonBenchmark.comparedRulesValidator();
    ValidatorFactory validation = FormValidation.factory();
    jakarta.validation.Validator hibernate = validation.getValidator();
    ObjectReader singleForms = FormJson.mapper().readerFor(ProjectForm.class);
    ObjectReader groupForms = FormJson.mapper().readerFor(GroupProjectForm.class);
    String singleFormText = FormJson.write(Forms.from(single));
    String groupFormText = FormJson.write(Forms.from(group));

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("readSingle", o -> o.consume(json.readProject(singleText)));
    cases.put("scanSingle", o -> ReadingBenchmark.scan(factory, singleText, o));
    cases.put("treeSingle", o -> o.consume(mapper.readTree(singleText)));
    cases.put("readGroup", o -> o.consume(json.readGroupProject(groupText)));
    cases.put("scanGroup", o -> ReadingBenchmark.scan(factory, groupText, o));
    cases.put("treeGroup", o -> o.consume(mapper.readTree(groupText)));
    cases.put("hankeReadAndValidateSingle",
        o -> HibernateComparisonBenchmark.consume(hanke.validate(json.readProject(singleText)), o));
    cases.put("hibernateReadAndValidateSingle", o -> HibernateComparisonBenchmark.consume(
        hibernate.validate(singleForms.<ProjectForm>readValue(singleFormText)), o));
    cases.put("hankeReadAndValidateGroup",
        o -> HibernateComparisonBenchmark.consume(hanke.validate(json.readGroupProject(groupText)), o));
    cases.put("hibernateReadAndValidateGroup", o -> HibernateComparisonBenchmark.consume(
        hibernate.validate(groupForms.<GroupProjectForm>readValue(groupFormText)), o));

    Map<String, Integer> batch = new LinkedHashMap<>();
    for (Map.Entry<String, Case> c : cases.entrySet()) { // warm-up: doubling runs to at least three batches' time
      int n = 1;
      long last = time(c.getValue(), n, out);
      for (long spent = last; spent < 3 * BATCH_NANOS; spent += last) {
        n *= 2;
        last = time(c.getValue(), n, out);
      }
      batch.put(c.getKey(), (int) Math.max(1, BATCH_NANOS * n / Math.max(1, last)));
    }
    Map<String, double[]> micros = new LinkedHashMap<>();
    cases.keySet().forEach(k -> micros.put(k, new double[rounds]));
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Case> c : cases.entrySet()) {
        int n = batch.get(c.getKey());
        micros.get(c.getKey())[r] = time(c.getValue(), n, out) / 1000.0 / n;
      }
    }
    validation.close();

    System.out.printf(Locale.ROOT, "%d rounds of about %d ms CPU per case; load average %.1f%n", rounds,
        BATCH_NANOS / 1_000_000, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "%-32s %10s %10s %10s%n", "case", "median µs", "q1", "q3");
    for (Map.Entry<String, double[]> m : micros.entrySet()) {
      double[] q = quartiles(m.getValue(), 0);
      System.out.printf(Locale.ROOT, "%-32s %10.2f %10.2f %10.2f%n", m.getKey(), q[0], q[1], q[2]);
    }
    for (String[] ratio : List.of(new String[] {"readSingle", "scanSingle"}, new String[] {"readGroup", "scanGroup"},
        new String[] {"readSingle", "treeSingle"}, new String[] {"readGroup", "treeGroup"},
        new String[] {"hibernateReadAndValidateSingle", "hankeReadAndValidateSingle"},
        new String[] {"hibernateReadAndValidateGroup", "hankeReadAndValidateGroup"})) {
      double[] perRound = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        perRound[r] = micros.get(ratio[0])[r] / micros.get(ratio[1])[r];
      }
      double[] q = quartiles(perRound, 0);
      System.out.printf(Locale.ROOT, "%-32s / %-30s median %.2f (q1 %.2f, q3 %.2f)%n", ratio[0], ratio[1], q[0],
          q[1], q[2]);
    }
  }

  /** @return the thread CPU time of {@code n} runs, in nanoseconds */
  private static long time(Case c, int n, Blackhole out) {
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      for (int i = 0; i < n; i++) {
        c.run(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  /**
   * @param values figures per round
   * @param from the first round counted (the ones before warm the JIT up)
   * @return the median, first and third quartiles of {@code values} from {@code from} on
   */
  static double[] quartiles(double[] values, int from) {
    double[] sorted = Arrays.copyOfRange(values, from, values.length);
    Arrays.sort(sorted);
    return new double[] {quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75)};
  }

  private static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int low = (int) Math.floor(at);
    int high = Math.min(sorted.length - 1, low + 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
  }
}
