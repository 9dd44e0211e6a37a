package fi.hanke.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two builds of Hanke read the same documents in one JVM, chunk by chunk in turn, timed in thread CPU time (<i>lukemisen
 * parivertailu</i>, sv. <i>parvis jämförelse av läsning</i>). On this machine the same jar reads up to 1,8× faster in
 * one JVM than in the next, so comparing two builds run by run says little; here both run in every round, each in
 * its own class loader (its own classes, so its own JIT profile), and the figure is the median of the rounds'
 * ratios. A build against itself gives 0,98–1,04.
 *
 * <p>Run: {@code java -cp <the benchmark class path> fi.hanke.examples.bench.PairedReading A B WHAT [rounds]}, where
 * {@code A} and {@code B} are directories holding a build's jars and what they use (a copy of the class path of
 * {@code classpath.sh} each), and {@code WHAT} is {@code single}, {@code group} (the typical projects' hanke/1 text,
 * 400 and 200 reads a chunk) or a JSON Lines file that {@code hanke portfolio N --file F} wrote (its first 2 000 lines,
 * read from bytes as the portfolio reads them, once a chunk).
 */
public final class PairedReading {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PairedReading() {}

  /** One chunk of reading with one build. */
  private interface Chunk {
    Object run() throws Throwable;
  }

  /**
   * @param args the two builds' directories, what to read and the number of rounds (default 40)
   * @throws Throwable if a build cannot be loaded or reading fails
   */
  public static void main(String[] args) throws Throwable {
    String what = args[2];
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    boolean typical = what.equals("single") || what.equals("group");
    byte[] lines = typical ? null : PortfolioCpuTime.firstLines(Path.of(what), 2_000);
    Chunk a = chunk(Path.of(args[0]), what, lines);
    Chunk b = chunk(Path.of(args[1]), what, lines);
    double[] microsA = new double[rounds];
    double[] microsB = new double[rounds];
    double[] ratios = new double[rounds];
    Object last = null;
    for (int r = 0; r < rounds; r++) {
      long start = THREADS.getCurrentThreadCpuTime();
      last = a.run();
      long middle = THREADS.getCurrentThreadCpuTime();
      last = b.run();
      long end = THREADS.getCurrentThreadCpuTime();
      microsA[r] = (middle - start) / 1000.0;
      microsB[r] = (end - middle) / 1000.0;
      ratios[r] = microsB[r] / microsA[r];
    }
    int from = rounds / 2; // the first half warms both builds up
    System.out.printf(Locale.ROOT, "%s, %d rounds (figures of rounds %d to %d), last chunk %s; load average %.1f%n",
        what, rounds, from + 1, rounds, last, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    double[] ratio = ReadingCpuTime.quartiles(ratios, from);
    System.out.printf(Locale.ROOT, "A µs per chunk median %.1f, B %.1f; B / A median %.3f (q1 %.3f, q3 %.3f)%n",
        ReadingCpuTime.quartiles(microsA, from)[0], ReadingCpuTime.quartiles(microsB, from)[0], ratio[0], ratio[1],
        ratio[2]);
  }

  /** A chunk of reading with the build whose jars are in {@code dir}, in a class loader of its own. */
  private static Chunk chunk(Path dir, String what, byte[] lines) throws Throwable {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> jars = Files.list(dir)) {
      for (Path jar : (Iterable<Path>) jars.sorted()::iterator) {
        urls.add(jar.toUri().toURL());
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader); // Moneta finds its providers through it, once
    loader.loadClass("fi.hanke.core.money.Eur").getMethod("zero").invoke(null);
    Class<?> hankeJson = loader.loadClass("fi.hanke.core.json.HankeJson");
    Object json = hankeJson.getMethod("standard").invoke(null);
    if (lines != null) {
      Method open = hankeJson.getMethod("lines", InputStream.class);
      Class<?> jsonLines = loader.loadClass("fi.hanke.core.json.JsonLines");
      Method hasNext = jsonLines.getMethod("hasNext");
      Method next = jsonLines.getMethod("next");
      Method document = loader.loadClass("fi.hanke.core.json.JsonLine").getMethod("document");
      return () -> {
        int read = 0;
        try (AutoCloseable in = (AutoCloseable) open.invoke(json, new ByteArrayInputStream(lines))) {
          while ((boolean) hasNext.invoke(in)) {
            read += ((Optional<?>) document.invoke(next.invoke(in))).isPresent() ? 1 : 0;
          }
        }
        return read + " documents";
      };
    }
    boolean single = what.equals("single");
    Class<?> type = loader.loadClass(single ? "fi.hanke.core.project.Project" : "fi.hanke.core.project.GroupProject");
    Object project = loader.loadClass("fi.hanke.examples.bench.TypicalProjects").getMethod(what).invoke(null);
    String text = (String) hankeJson.getMethod("write", type).invoke(json, project);
    MethodHandle read = MethodHandles.publicLookup()
        .findVirtual(hankeJson, single ? "readProject" : "readGroupProject", MethodType.methodType(type, String.class))
        .bindTo(json);
    int times = single ? 400 : 200;
    return () -> {
      Object value = null;
      for (int i = 0; i < times; i++) {
        value = read.invoke(text);
      }
      return times + " reads of " + type.getSimpleName() + (value != null ? "" : " (none read)");
    };
  }
}
