package fi.hanke.examples.bench;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.JsonLine;
import fi.hanke.core.json.JsonLines;
import fi.hanke.core.programme.Programmes;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One fingerprint of what a build makes of a file of documents (<i>raporttien tiiviste</i>, sv. <i>rapporternas
 * kontrollsumma</i>), so that two builds can be shown to read and report alike: the SHA-256 of every document read
 * (written again as hanke/1), of every line's problems, and of every validation report as text and as JSON in
 * Finnish, Swedish and English, with the counts of documents, refused lines and findings. A change that only makes
 * Hanke faster leaves the line it prints unchanged.
 *
 * <p>Run: {@code java -cp <the benchmark class path> fi.hanke.examples.bench.ReportDigest F [documents]} (default
 * 30 000), F a file of JSON Lines, e.g. one {@code hanke portfolio N --file F} wrote.
 */
public final class ReportDigest {
  private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
      Locale.ENGLISH);

  private ReportDigest() {}

  /**
   * @param args the file and the number of documents (default 30 000)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    int documents = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      System.out.println(of(in, documents));
    }
  }

  /**
   * @param lines JSON Lines
   * @param documents how many lines to read at most
   * @return the counts and the digest, e.g. {@code 30000 lines, 0 refused, 6000 findings, sha256 c338…}
   */
  static String of(InputStream lines, int documents) {
    HankeJson json = HankeJson.standard();
    Validator validator = Validator.builder().profile(Programmes.finland2021to2027()).build();
    MessageDigest digest = sha256();
    long read = 0;
    long refused = 0;
    long findings = 0;
    try (JsonLines in = json.lines(lines)) {
      while (read < documents && in.hasNext()) {
        JsonLine line = in.next();
        read++;
        if (line.document().isEmpty()) {
          refused++;
          update(digest, line.lineNumber() + " " + line.problems());
          continue;
        }
        HankeDocument document = line.document().get();
        update(digest, json.write(document));
        ValidationReport report = document.map(validator::validate, validator::validate);
        findings += report.violations().size();
        for (Locale language : LANGUAGES) {
          update(digest, report.toText(language));
          update(digest, report.toJson(language));
        }
      }
    }
    return read + " lines, " + refused + " refused, " + findings + " findings, sha256 "
        + HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
