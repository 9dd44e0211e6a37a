package fi.hanke.examples.bench;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.JsonLines;
import fi.hanke.core.programme.Programmes;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio's two halves timed apart on one thread (<i>salkun prosessoriaika</i>, sv. <i>portföljens
 * processortid</i>): reading the first documents of a JSON Lines file from its bytes, and validating the documents
 * read, each in thread CPU time per document. The file is one that {@code hanke portfolio N --file F} wrote, so
 * these are the documents the portfolio's figures are about (every fifth a group project). Each round reads every
 * document, then validates every document; the figures are the median and quartiles of the rounds after the first
 * half, which warm the JIT up.
 *
 * <p>Run: {@code java -cp <the benchmark class path> fi.hanke.examples.bench.PortfolioCpuTime F [documents]
 * [rounds]} (defaults 10 000 and 30).
 */
public final class PortfolioCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PortfolioCpuTime() {}

  /**
   * @param args the file, the number of documents (default 10 000) and of rounds (default 30)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int documents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    byte[] lines = firstLines(file, documents);
    HankeJson json = HankeJson.standard();
    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).build();
    double[] read = new double[rounds];
    double[] validate = new double[rounds];
    long errors = 0;
    for (int r = 0; r < rounds; r++) {
      List<HankeDocument> docs = new ArrayList<>(documents);
      long start = THREADS.getCurrentThreadCpuTime();
      try (JsonLines in = json.lines(new ByteArrayInputStream(lines))) {
        while (in.hasNext()) {
          docs.add(in.next().document().orElseThrow());
        }
      }
      long readEnd = THREADS.getCurrentThreadCpuTime();
      for (HankeDocument d : docs) {
        errors += d.map(validator::validate, validator::validate).count(Severity.ERROR);
      }
      long validateEnd = THREADS.getCurrentThreadCpuTime();
      read[r] = (readEnd - start) / 1000.0 / docs.size();
      validate[r] = (validateEnd - readEnd) / 1000.0 / docs.size();
    }
    System.out.printf(Locale.ROOT, "%d documents of %s, %d rounds, %d ERRORs per round; load average %.1f%n", documents,
        file, rounds, errors / rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    print("read, µs per document", read);
    print("validate, µs per document", validate);
  }

  /** The first {@code n} lines of the file, with their line ends. */
  static byte[] firstLines(Path file, int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      int lines = 0;
      for (int b = in.read(); b >= 0 && lines < n; b = in.read()) {
        out.write(b);
        if (b == '\n') {
          lines++;
        }
      }
    }
    return out.toByteArray();
  }

  private static void print(String what, double[] perRound) {
    double[] q = ReadingCpuTime.quartiles(perRound, perRound.length / 2);
    System.out.printf(Locale.ROOT, "%-28s median %.1f (q1 %.1f, q3 %.1f) of rounds %d to %d%n", what, q[0], q[1],
        q[2], perRound.length / 2 + 1, perRound.length);
  }
}
