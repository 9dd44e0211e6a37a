package fi.hanke.examples;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.JsonLine;
import fi.hanke.core.json.JsonLines;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code portfolio} command (<i>hankesalkku</i>, sv. <i>projektportfölj</i>): a whole programme's worth of
 * projects, generated and then checked the way a ministry would check them.
 *
 * <pre>
 * portfolio N [--seed S] [--file F]
 * </pre>
 *
 * <p>It generates {@code N} documents from {@link SampleProjects#seeded(long)} (every fifth a group project,
 * every tenth made wrong by stating a funding total 1 000 € above its lines) and writes them as JSON Lines to
 * {@code F} (default: a temporary file, deleted afterwards); then it streams the file through
 * {@link HankeJson#lines(Reader)} and {@link Validator} one line at a time, printing a progress line on standard
 * error at every tenth, and finally the counts, the total time, the throughput and the heap: the peak used
 * (garbage included) and the largest heap still in use after a collection (the live set).
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
public final class PortfolioCommand implements Callable<Integer> {
  @Mixin
  Language lang;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "N", descriptionKey = "portfolio.n", converter = Count.class)
  long n;

  @Option(names = "--seed", paramLabel = "S", descriptionKey = "portfolio.seed")
  long seed = 2027;

  @Option(names = "--file", paramLabel = "F", descriptionKey = "portfolio.file")
  Path file;

  private final PrintStream out;
  private final PrintStream err;

  PortfolioCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** N as people write it: digits, optionally grouped with underscores ({@code 100_000}). */
  static final class Count implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return Long.parseLong(value.replace("_", ""));
    }
  }

  /** What a run measured. */
  static final class Result {
    long documents;
    long groups;
    long unreadable;
    long withErrors;
    long errors;
    long warnings;
    long infos;
    long generateNanos;
    long fileBytes;
    long checkNanos;
    long peakHeapBytes;
    long liveHeapBytes;
  }

  /**
   * Runs {@code portfolio} with these arguments, as {@code hanke portfolio ARGS} would.
   *
   * @param args the arguments after {@code portfolio}
   * @param out where the results go
   * @param err where the progress lines and usage errors go
   * @return 0, or 2 when the arguments are wrong or the file cannot be written or read
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> all = new ArrayList<>();
    all.add("portfolio");
    all.addAll(args);
    return Main.execute(all.toArray(new String[0]), InputStream.nullInputStream(), out, err);
  }

  @Override
  public Integer call() {
    if (n < 1) {
      throw new Main.UsageError(spec, "error.count", n);
    }
    try {
      boolean temporary = file == null;
      Path target = temporary ? Files.createTempFile("hanke-portfolio-", ".jsonl") : file;
      try {
        Result r = generateAndCheck(n, seed, target, err);
        print(r, n, seed, target, out);
      } finally {
        if (temporary) {
          Files.deleteIfExists(target);
        }
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      err.println("portfolio: " + e.getMessage());
      return 2;
    }
  }

  static Result generateAndCheck(long n, long seed, Path file, PrintStream progress) throws IOException {
    Result r = new Result();
    HankeJson json = HankeJson.standard();
    long start = System.nanoTime();
    SampleProjects samples = SampleProjects.seeded(seed);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 0; i < n; i++) {
        HankeDocument d = i % 5 == 4 ? HankeDocument.of(samples.group()) : HankeDocument.of(samples.project());
        if (i % 10 == 9) {
          d = d.map(p -> HankeDocument.of(overstated(p)), g -> HankeDocument.of(g.withPlan(overstated(g.plan()))));
        }
        json.writeLine(d, w);
      }
    }
    r.generateNanos = System.nanoTime() - start;
    r.fileBytes = Files.size(file);

    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).build();
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long step = Math.max(1, n / 10);
    start = System.nanoTime();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonLines lines = json.lines(in)) {
      while (lines.hasNext()) {
        JsonLine line = lines.next();
        if (!line.isRead()) {
          r.unreadable++;
          continue;
        }
        HankeDocument d = line.document().orElseThrow();
        ValidationReport report = d.map(validator::validate, validator::validate);
        r.documents++;
        if (d.kind() == HankeDocument.Kind.GROUP_PROJECT) {
          r.groups++;
        }
        int errors = report.count(Severity.ERROR);
        r.errors += errors;
        r.warnings += report.count(Severity.WARNING);
        r.infos += report.count(Severity.INFO);
        if (errors > 0) {
          r.withErrors++;
        }
        long done = r.documents + r.unreadable;
        if (done % step == 0) {
          double seconds = (System.nanoTime() - start) / 1e9;
          progress.printf(Locale.ROOT, "portfolio: %,d / %,d checked in %.1f s (%,.0f per second), heap in use %d MB%n",
              done, n, seconds, done / seconds, usedHeap() >> 20);
        }
      }
    }
    r.checkNanos = System.nanoTime() - start;
    for (MemoryPoolMXBean pool : heap) {
      r.peakHeapBytes += pool.getPeakUsage().getUsed();
      if (pool.getCollectionUsage() != null) {
        r.liveHeapBytes += pool.getCollectionUsage().getUsed();
      }
    }
    return r;
  }

  /** A project whose stated funding total is 1 000 € more than its lines: FUNDING-LINES-SUM reports it. */
  private static Project overstated(Project p) {
    FundingPlan plan = p.fundingPlan().orElseThrow();
    return p.withFundingPlan(plan.withStatedTotalApplied(plan.totalApplied().add(Eur.of(1000))));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void print(Result r, long n, long seed, Path file, PrintStream out) {
    double seconds = r.checkNanos / 1e9;
    long maxHeap = Runtime.getRuntime().maxMemory();
    out.printf(Locale.ROOT, "portfolio N=%,d seed=%d file=%s (%,d bytes, generated in %.1f s)%n", n, seed, file,
        r.fileBytes, r.generateNanos / 1e9);
    out.printf(Locale.ROOT, "read + validated: %,d documents (%,d group projects), unreadable lines %,d%n",
        r.documents, r.groups, r.unreadable);
    out.printf(Locale.ROOT, "findings: ERROR %,d  WARNING %,d  INFO %,d; documents with an ERROR %,d%n",
        r.errors, r.warnings, r.infos, r.withErrors);
    out.printf(Locale.ROOT, "total time %.2f s, throughput %,.0f documents/s, %.1f µs per document%n",
        seconds, r.documents / seconds, r.checkNanos / 1e3 / Math.max(1, r.documents));
    out.printf(Locale.ROOT, "heap: peak used %d MB, live after GC at most %d MB, max heap %d MB, %s%n",
        r.peakHeapBytes >> 20, r.liveHeapBytes >> 20, maxHeap >> 20, Runtime.version());
  }
}
