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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
 * portfolio N [--seed S] [--file F] [--threads T]
 * </pre>
 *
 * <p>It generates {@code N} documents from {@link SampleProjects#seeded(long)} (every fifth a group project,
 * every tenth made wrong by stating a funding total 1 000 € above its lines) and writes them as JSON Lines to
 * {@code F} (default: a temporary file, deleted afterwards); then it streams the file through
 * {@link HankeJson#lines(InputStream)} and {@link Validator}, printing a progress line on standard error at every
 * tenth, and finally the counts, the total time, the throughput and the heap: the peak used (garbage included)
 * and the largest heap still in use after a collection (the live set).
 *
 * <p>Both phases use every core ({@code T}, default the available processors): the file's bytes are cut into
 * blocks of whole lines that {@code T} worker threads decode, read and validate, and the documents drawn in order are written as
 * JSON by the workers, through an {@link OrderedPipeline} that keeps the file's order and holds at most
 * {@code 2T + 1} blocks at a time. The output is the same as on one thread.
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

  @Option(names = "--threads", paramLabel = "T", descriptionKey = "portfolio.threads")
  int threads = Runtime.getRuntime().availableProcessors();

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
    /** The CPU time the workers spent reading and validating, summed over the workers. */
    long workerCpuNanos;
    /** The CPU time of the thread that read the file, cut it into blocks and counted. */
    long mainCpuNanos;
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
    if (threads < 1) {
      throw new Main.UsageError(spec, "error.threads", threads);
    }
    try {
      boolean temporary = file == null;
      Path target = temporary ? Files.createTempFile("hanke-portfolio-", ".jsonl") : file;
      try {
        Result r = generateAndCheck(n, seed, target, err, threads);
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
    return generateAndCheck(n, seed, file, progress, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Generates the file and checks it, both on {@code threads} worker threads in ordered batches: the documents
   * are drawn in order on this thread (one random sequence, so the same seed writes the same file) and written
   * as JSON by the workers; the file is cut into blocks of whole lines on this thread and read and validated by
   * the workers. Results are counted, and progress printed, in the file's order; at most {@link #window} batches
   * are in flight at a time, so the memory used does not grow with N.
   */
  static Result generateAndCheck(long n, long seed, Path file, PrintStream progress, int threads) throws IOException {
    HankeJson json = HankeJson.standard();
    long start = System.nanoTime();
    SampleProjects samples = SampleProjects.seeded(seed);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        OrderedPipeline<String> writing = new OrderedPipeline<>(threads, window(threads), text -> write(w, text))) {
      List<HankeDocument> batch = new ArrayList<>(GENERATE_BATCH);
      for (long i = 0; i < n; i++) {
        HankeDocument d = i % 5 == 4 ? HankeDocument.of(samples.group()) : HankeDocument.of(samples.project());
        if (i % 10 == 9) {
          d = d.map(p -> HankeDocument.of(overstated(p)), g -> HankeDocument.of(g.withPlan(overstated(g.plan()))));
        }
        batch.add(d);
        if (batch.size() == GENERATE_BATCH || i == n - 1) {
          List<HankeDocument> these = batch;
          writing.submit(() -> lines(json, these));
          batch = new ArrayList<>(GENERATE_BATCH);
        }
      }
      writing.finish();
    }
    long generateNanos = System.nanoTime() - start;
    Result r = check(file, n, progress, threads);
    r.generateNanos = generateNanos;
    r.fileBytes = Files.size(file);
    return r;
  }

  /**
   * Checks a file of JSON Lines on {@code threads} worker threads: see {@link #generateAndCheck}.
   *
   * @param n the number of documents expected, for the progress lines (one at every tenth of it)
   */
  static Result check(Path file, long n, PrintStream progress, int threads) throws IOException {
    Result r = new Result();
    HankeJson json = HankeJson.standard();
    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).build();
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long step = Math.max(1, n / 10);
    long start = System.nanoTime();
    long mainCpuStart = CPU.getCurrentThreadCpuTime();
    try (InputStream in = Files.newInputStream(file);
        OrderedPipeline<long[]> checking = new OrderedPipeline<>(threads, window(threads),
            counts -> count(counts, r, n, step, start, progress))) {
      byte[] block = new byte[BLOCK];
      int length = 0;
      while (true) {
        int read = in.read(block, length, block.length - length);
        if (read < 0) {
          if (length > 0) {
            byte[] last = block;
            int lastLength = length;
            checking.submit(() -> check(json, validator, last, lastLength));
          }
          break;
        }
        length += read;
        if (length < block.length) {
          continue;
        }
        int newline = lastNewline(block, length);
        if (newline < 0) { // a line longer than the block: read on into a larger one
          block = Arrays.copyOf(block, block.length * 2);
          continue;
        }
        byte[] full = block;
        int fullLength = newline + 1;
        checking.submit(() -> check(json, validator, full, fullLength));
        block = new byte[Math.max(BLOCK, length - fullLength)];
        System.arraycopy(full, fullLength, block, 0, length - fullLength);
        length -= fullLength;
      }
      checking.finish();
    }
    r.checkNanos = System.nanoTime() - start;
    r.mainCpuNanos = CPU.getCurrentThreadCpuTime() - mainCpuStart;
    for (MemoryPoolMXBean pool : heap) {
      r.peakHeapBytes += pool.getPeakUsage().getUsed();
      if (pool.getCollectionUsage() != null) {
        r.liveHeapBytes += pool.getCollectionUsage().getUsed();
      }
    }
    return r;
  }

  /**
   * The index of the last {@code \n} before {@code length}, or -1. A method of its own, so that its loop, which runs
   * over most of a block's last line, is what the JIT compiles on the stack (OSR), not the loop of
   * {@link #check(Path, long, PrintStream, int)} with all it calls: that compilation, with the progress printing,
   * took the one C2 compiler thread of a 2-core machine 0,7 s, twice, while the workers waited for theirs (JFR).
   */
  static int lastNewline(byte[] block, int length) {
    int newline = length - 1;
    while (newline >= 0 && block[newline] != '\n') {
      newline--;
    }
    return newline;
  }

  /** The threads' CPU time, which a shared machine's load does not inflate as it does the time on the clock. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * Documents drawn and then written as one batch of JSON Lines, into a text of about {@link #CHARS_PER_DOCUMENT}
   * characters each. A batch's text stays under G1's humongous-object size at {@code -Xmx512m} (512 KB; two bytes a
   * character once a text holds one beyond Latin-1): batches of 64 documents (256 K characters, grown to 512 K) were
   * humongous, and generating 200 000 documents cost 806 collections for humongous allocations (JFR).
   */
  private static final int GENERATE_BATCH = 32;

  /** The characters reserved per document of a batch: the generated documents average 4 100 as JSON Lines. */
  private static final int CHARS_PER_DOCUMENT = 5_000;

  /**
   * Bytes of the file read and validated as one batch: whole lines, about 60 documents. The bytes are handed to the
   * workers undecoded ({@link HankeJson#lines(InputStream)}: a {@code \n} byte always ends a line in UTF-8), so
   * this thread only reads and cuts. A block is 256 KB, under G1's humongous-object size for small heaps (half a
   * 1 MB region at {@code -Xmx512m}): blocks of 512 KB were allocated straight into the old generation, and
   * 100 000 documents cost 280 old-generation collections instead of 3 (JFR, two threads).
   */
  private static final int BLOCK = 1 << 18;

  /** The batches in flight: enough to keep every worker busy while this thread reads or counts. */
  static int window(int threads) {
    return 2 * threads + 1;
  }

  private static String lines(HankeJson json, List<HankeDocument> documents) {
    StringWriter out = new StringWriter(documents.size() * CHARS_PER_DOCUMENT);
    for (HankeDocument d : documents) {
      json.writeLine(d, out);
    }
    return out.toString();
  }

  private static void write(Writer w, String text) {
    try {
      w.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates the lines of a block, on a worker.
   *
   * @return four numbers per non-blank line: kind (0 unreadable, 1 project, 2 group project), ERRORs, WARNINGs,
   *     INFOs; then the CPU time in nanoseconds that the worker spent on the block
   */
  private static long[] check(HankeJson json, Validator validator, byte[] block, int length) {
    long cpuStart = CPU.getCurrentThreadCpuTime();
    long[] counts = new long[64];
    int k = 0;
    try (JsonLines lines = json.lines(new ByteArrayInputStream(block, 0, length))) {
      while (lines.hasNext()) {
        JsonLine line = lines.next();
        if (k + 5 > counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
        if (!line.isRead()) {
          counts[k] = 0;
        } else {
          HankeDocument d = line.document().orElseThrow();
          ValidationReport report = d.map(validator::validate, validator::validate);
          counts[k] = d.kind() == HankeDocument.Kind.GROUP_PROJECT ? 2 : 1;
          counts[k + 1] = report.count(Severity.ERROR);
          counts[k + 2] = report.count(Severity.WARNING);
          counts[k + 3] = report.count(Severity.INFO);
        }
        k += 4;
      }
    }
    counts = Arrays.copyOf(counts, k + 1);
    counts[k] = CPU.getCurrentThreadCpuTime() - cpuStart;
    return counts;
  }

  /** Counts a block's lines, in the file's order, printing a progress line at every tenth. */
  private static void count(long[] counts, Result r, long n, long step, long start, PrintStream progress) {
    r.workerCpuNanos += counts[counts.length - 1];
    for (int k = 0; k + 4 < counts.length; k += 4) {
      if (counts[k] == 0) {
        r.unreadable++;
        continue;
      }
      r.documents++;
      if (counts[k] == 2) {
        r.groups++;
      }
      long errors = counts[k + 1];
      r.errors += errors;
      r.warnings += counts[k + 2];
      r.infos += counts[k + 3];
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

  /**
   * @return the JVM's collectors, e.g. {@code G1 Young Generation + G1 Old Generation}, so that runs are compared
   *     knowing which collected
   */
  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(" + "));
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
    out.printf(Locale.ROOT, "CPU: workers %.2f s (%.1f µs per document), reading thread %.2f s%n",
        r.workerCpuNanos / 1e9, r.workerCpuNanos / 1e3 / Math.max(1, r.documents), r.mainCpuNanos / 1e9);
    out.printf(Locale.ROOT, "heap: peak used %d MB, live after GC at most %d MB, max heap %d MB, %s, %s%n",
        r.peakHeapBytes >> 20, r.liveHeapBytes >> 20, maxHeap >> 20, Runtime.version(), collectors());
  }
}
