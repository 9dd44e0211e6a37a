package fi.hanke.examples.bench;

import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.HankeJsonException;
import fi.hanke.core.json.JsonLines;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.programme.Programmes;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The hostile-input table of issue 15: each class of input built to hurt, at and past its limit, read (and, where
 * the reader accepts it, validated) once in a fresh JVM, after a warm-up on seed 003, with the wall time and the
 * peak heap. Run by
 * {@code examples/bench/hostile.sh}, which starts one JVM per case with {@code -Xmx256m}, so that an
 * OutOfMemoryError in one case is that case's outcome and nothing else's.
 *
 * <pre>
 * java -Xmx256m -cp … fi.hanke.examples.bench.HostileInputs flood-2MB
 * </pre>
 *
 * <p>Prints one Markdown table row: case, input size, outcome, milliseconds, peak heap in MB. It uses only API that
 * existed before issue 15, so the same class measures the code before and after the fixes.
 */
public final class HostileInputs {
  private static final String HEADER = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";
  private static final HankeJson JSON = HankeJson.standard();

  private HostileInputs() {}

  /** The cases, by name, each a supplier of the bytes to read. */
  static Map<String, Supplier<byte[]>> cases() {
    Map<String, Supplier<byte[]>> cases = new LinkedHashMap<>();
    cases.put("problem-flood-1MB", () -> flood(1 << 20));
    cases.put("problem-flood-2MB", () -> flood(2 << 20));
    cases.put("wrong-type-100000-elements", () -> utf8(HEADER + "\"workPackages\": ["
        + "1,".repeat(99_999) + "1]}"));
    cases.put("nested-100000-arrays", () -> utf8(HEADER + "\"x\": " + "[".repeat(100_000)));
    cases.put("number-1000000-digits", () -> utf8(HEADER + "\"placement\": {\"priority\": "
        + "1".repeat(1_000_000) + "}}"));
    cases.put("string-1000000-chars", () -> utf8(HEADER + "\"name\": \"" + "a".repeat(1_000_000) + "\"}"));
    cases.put("huge-cost-lines", () -> utf8(HEADER + "\"costEstimate\": {\"lines\": ["
        + "{\"category\": \"STAFF\", \"applied\": \"99999999999999999999999999999999.99\"},"
        + "{\"category\": \"OTHER\", \"applied\": \"0.01\"}]}}"));
    cases.put("lone-surrogate", () -> utf8(HEADER + "\"name\": \"\\ud800\"}"));
    cases.put("bad-bytes-00-00-7B-00", () -> new byte[] {0, 0, '{', 0});
    cases.put("jsonl-5000000-bad-lines-10MB", () -> utf8("x\n".repeat(5_000_000)));
    cases.put("jsonl-1000000-truncated-lines", () -> utf8("{\"format\": \"hanke/1\"\n".repeat(1_000_000)));
    cases.put("jsonl-bad-byte-then-9-good", () -> {
      String good = JSON.writeLine(HankeDocument.of(Seeds.tekoalyJaVerkkokauppa()));
      byte[] bad = {'{', (byte) 0xC3, '}', '\n'};
      byte[] rest = utf8(good.repeat(9));
      byte[] all = new byte[bad.length + rest.length];
      System.arraycopy(bad, 0, all, 0, bad.length);
      System.arraycopy(rest, 0, all, bad.length, rest.length);
      return all;
    });
    cases.put("de-minimis-20000-measures-and-participants", () -> deMinimis(20_000));
    cases.put("de-minimis-20000-with-register", () -> deMinimis(20_000));
    return cases;
  }

  /**
   * @param args the case's name
   */
  public static void main(String[] args) throws IOException {
    Supplier<byte[]> input = cases().get(args[0]);
    if (input == null) {
      throw new IllegalArgumentException("case: " + args[0] + "; one of " + cases().keySet());
    }
    byte[] bytes = input.get();
    Validator.Builder builder = Validator.builder().profile(Programmes.finland2021to2027());
    Validator validator = (args[0].endsWith("with-register") ? builder.deMinimisRegister(register(20_000)) : builder)
        .build();
    // warm-up: load and initialise the reader's and the rules' classes on a seed, so the row measures the input
    readAndValidate(JSON.write(HankeDocument.of(Seeds.hallitustyostaLisaaAsiakasarvoa())).getBytes(StandardCharsets.UTF_8),
        validator);
    lines(utf8("x\n"));
    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long start = System.nanoTime();
    String outcome;
    try {
      outcome = args[0].startsWith("jsonl") ? lines(bytes) : readAndValidate(bytes, validator);
    } catch (OutOfMemoryError e) {
      outcome = "OutOfMemoryError";
    } catch (RuntimeException e) {
      outcome = "threw " + e.getClass().getSimpleName();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %d |%n", args[0], size(bytes.length), outcome, millis,
        peak >> 20);
  }

  private static String readAndValidate(byte[] bytes, Validator validator) {
    HankeDocument document;
    try {
      document = JSON.read(new ByteArrayInputStream(bytes));
    } catch (HankeJsonException e) {
      return "refused: " + e.problems().size() + " problems, message " + e.getMessage().length() + " chars";
    }
    ValidationReport report = document.map(validator::validate, validator::validate);
    return "read; validated: " + report.violations().size() + " findings";
  }

  private static String lines(byte[] bytes) {
    int read = 0;
    int refused = 0;
    try (InputStream in = new ByteArrayInputStream(bytes); JsonLines lines = JSON.lines(in)) {
      while (lines.hasNext()) {
        if (lines.next().isRead()) {
          read++;
        } else {
          refused++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read + " lines read, " + refused + " refused";
  }

  private static byte[] flood(int size) {
    StringBuilder text = new StringBuilder(size + 64).append(HEADER);
    for (int i = 0; text.length() < size; i++) {
      text.append('"').append(i).append("\": 0, ");
    }
    return utf8(text.append("\"z\": 0}").toString());
  }

  /** Seed 003 with n de minimis measures and n participants, each naming the last measure, in its first work package. */
  private static byte[] deMinimis(int n) {
    String seed = JSON.write(HankeDocument.of(Seeds.hallitustyostaLisaaAsiakasarvoa()));
    StringBuilder measures = new StringBuilder("\"deMinimisMeasures\": [");
    StringBuilder participants = new StringBuilder("\"deMinimisParticipants\": [");
    List<BusinessId> ids = businessIds(n);
    for (int i = 0; i < n; i++) {
      measures.append(i == 0 ? "" : ",").append("{\"name\": \"m").append(i)
          .append("\", \"regulation\": \"GENERAL_2023_2831\", \"marketValue\": \"1.00\","
              + " \"statedAid\": [{\"amount\": \"1.00\"}]}");
      participants.append(i == 0 ? "" : ",").append("{\"businessId\": \"").append(ids.get(i))
          .append("\", \"size\": \"MICRO\", \"measure\": \"m").append(n - 1).append("\", \"grantedOn\": \"2025-03-03\"}");
    }
    int at = seed.indexOf('{', seed.indexOf("\"workPackages\"")) + 1;
    return utf8(seed.substring(0, at) + measures + "], " + participants + "], " + seed.substring(at));
  }

  private static DeMinimisLedger register(int n) {
    List<DeMinimisAid> grants = new ArrayList<>(n);
    for (BusinessId id : businessIds(n)) {
      grants.add(DeMinimisAid.builder().undertaking(id).regulation(DeMinimisRegulation.GENERAL_2023_2831)
          .grossAmount(Eur.of(100_000)).grantedOn(LocalDate.of(2024, 6, 3)).build());
    }
    return DeMinimisLedger.of(grants);
  }

  /** n valid Y-tunnus: the bodies from 1000000 up that have a check digit ({@link BusinessId#checkDigitFor}). */
  static List<BusinessId> businessIds(int n) {
    List<BusinessId> ids = new ArrayList<>(n);
    for (int body = 1_000_000; ids.size() < n; body++) {
      OptionalInt check = BusinessId.checkDigitFor(Integer.toString(body));
      if (check.isPresent()) {
        ids.add(BusinessId.parse(body + "-" + check.getAsInt()));
      }
    }
    return ids;
  }

  private static String size(int bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
        : bytes >= 1024 ? (bytes >> 10) + " kB" : bytes + " B";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
