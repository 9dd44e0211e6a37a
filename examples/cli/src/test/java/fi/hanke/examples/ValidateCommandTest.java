package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.programme.Programmes;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  /** The seeds as JSON, in the seeds module beside this one (Surefire's working directory is this module's). */
  static final Path SEEDS = Path.of("../seeds/json");

  private static final Pattern FINDING = Pattern.compile(
      "\"ruleId\" ?: ?\"([^\"]+)\",\\s*\"severity\" ?: ?\"([^\"]+)\",\\s*\"path\" ?: ?\"([^\"]*)\"");

  static Path file(Seed seed) {
    return SEEDS.resolve(seed.fileName().replace(".txt", ".json"));
  }

  static HankeDocument document(Seed seed) {
    return seed.group().map(HankeDocument::of).orElseGet(() -> HankeDocument.of(seed.project().orElseThrow()));
  }

  /** Output, error output and exit status of one run. */
  static final class Run {
    final String out;
    final String err;
    final int status;

    Run(String out, String err, int status) {
      this.out = out;
      this.err = err;
      this.status = status;
    }
  }

  static Run validate(String stdin, String... args) {
    return validate(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Run validate(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream in = new ByteArrayInputStream(stdin);
    int status = ValidateCommand.run(List.of(args), in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
  }

  private static TreeSet<String> findings(String json) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = FINDING.matcher(json);
    while (m.find()) {
      out.add(m.group(2) + " " + m.group(1) + " " + m.group(3));
    }
    return out;
  }

  private static TreeSet<String> findings(ValidationReport report) {
    TreeSet<String> out = new TreeSet<>();
    for (Violation v : report.violations()) {
      out.add(v.severity() + " " + v.ruleId() + " " + v.path());
    }
    return out;
  }

  /** With {@code -Dhanke.writeSeeds=true}, (re)writes the seed files before any test reads them. */
  @BeforeAll
  static void writeSeedsWhenAsked() throws IOException {
    if (Boolean.getBoolean("hanke.writeSeeds")) {
      Files.createDirectories(SEEDS);
      for (Seed seed : Seeds.all()) {
        Files.writeString(file(seed), HankeJson.standard().write(document(seed)), StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void theCommittedSeedFilesAreTheSeedsAsTheWriterWritesThem() throws IOException {
    List<String> stale = new ArrayList<>();
    for (Seed seed : Seeds.all()) {
      String generated = HankeJson.standard().write(document(seed));
      if (!Files.exists(file(seed)) || !generated.equals(Files.readString(file(seed), StandardCharsets.UTF_8))) {
        stale.add(file(seed).toString());
      }
    }
    assertEquals(List.of(), stale, "stale seed JSON: run mvn -pl examples/cli -am test -Dhanke.writeSeeds=true and commit examples/seeds/json");
  }

  @Test
  void eachSeedFileGivesTheSameFindingsAsTheJavaRouteAndTheExitStatusFollowsTheErrors() {
    Validator validator = Validator.of(Programmes.finland2021to2027());
    for (Seed seed : Seeds.all()) {
      ValidationReport expected = seed.group().map(validator::validate)
          .orElseGet(() -> validator.validate(seed.project().orElseThrow()));
      Run run = validate("", file(seed).toString(), "--format", "json", "--lang", "fi");
      assertEquals(findings(expected), findings(run.out), seed.fileName());
      assertEquals(expected.isApprovable() ? 0 : 1, run.status, seed.fileName());
      assertEquals(expected.toJson(new Locale("fi")), run.out, seed.fileName());
    }
  }

  @Test
  void seed003AsTextInSwedishNamesItsTwoErrors() {
    Run run = validate("", file(Seeds.all().get(3)).toString(), "--lang", "sv");
    assertEquals(1, run.status);
    assertTrue(run.out.contains("FUNDING-LINES-SUM"), run.out);
    assertTrue(run.out.contains("8\u00a0600,00"), run.out);
  }

  @Test
  void jsonLinesOnStandardInputGiveOneReportPerLineAndUnreadableLinesExitWithTwo() throws IOException {
    HankeJson json = HankeJson.standard();
    StringBuilder lines = new StringBuilder();
    for (Seed seed : Seeds.all()) {
      lines.append(json.writeLine(document(seed)));
    }
    Run good = validate(lines.toString(), "-", "--jsonl", "--format", "json");
    assertEquals(1, good.status, good.err);
    assertEquals(5, good.out.lines().count());
    assertTrue(good.out.lines().allMatch(l -> l.startsWith("{\"line\":")), good.out);

    Run bad = validate(lines + "{\"format\":\"hanke/1\",\"kind\":\"project\",\"nme\":1}\n", "-", "--jsonl", "--format", "json");
    assertEquals(2, bad.status);
    String last = bad.out.lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("{\"line\":6,") && last.contains("\"readable\":false") && last.contains("$.nme"), last);
  }

  @Test
  void unreadableInputExitsWithTwoAndNamesThePathLineAndColumn() {
    Run run = validate("{\"format\":\"hanke/1\",\n \"kind\":\"project\",\n \"name\": 5}", "-", "--lang", "en");
    assertEquals(2, run.status);
    assertTrue(run.err.contains("$.name (line 3, column 10)"), run.err);
  }

  @Test
  void wrongArgumentsAndMissingFilesExitWithTwoAndSayWhy() {
    assertEquals(2, validate("").status);
    Run lang = validate("", "-", "--lang", "de");
    assertEquals(2, lang.status);
    assertTrue(lang.err.contains("'de'"), lang.err);
    Run format = validate("", "-", "--format", "xml");
    assertTrue(format.err.contains("'xml'"), format.err);
    Run missing = validate("", "no-such-file.json");
    assertEquals(2, missing.status);
    assertTrue(missing.err.contains("no-such-file.json"), missing.err);
  }

  @Test
  void aFileAndStandardInputAreDecodedAlikeStrictlyWithTheLineOfABadByteAndABomSkipped(@TempDir Path dir)
      throws IOException {
    HankeJson json = HankeJson.standard();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark at the start
    for (int i = 0; i < 10; i++) {
      String line = json.writeLine(document(Seeds.all().get(i % 5)));
      if (i == 2) {
        line = line.replaceFirst("\"name\":\"", "\"name\":\"\u00ff"); // a marker, replaced by a bad byte below
      }
      bytes.write(line.getBytes(StandardCharsets.UTF_8));
    }
    byte[] input = bytes.toByteArray();
    for (int i = 0; i + 1 < input.length; i++) {
      if ((input[i] & 0xFF) == 0xC3 && (input[i + 1] & 0xFF) == 0xBF) { // ÿ in UTF-8
        input[i] = (byte) 0xFF; // not UTF-8
        input[i + 1] = 'x';
        break;
      }
    }
    Path file = dir.resolve("projects.jsonl");
    Files.write(file, input);
    Run fromFile = validate(new byte[0], file.toString(), "--jsonl", "--format", "json");
    Run fromStdin = validate(input, "-", "--jsonl", "--format", "json");
    for (Run run : List.of(fromFile, fromStdin)) {
      assertEquals(2, run.status, run.err);
      List<String> out = run.out.lines().toList();
      assertEquals(10, out.size(), run.out);
      assertEquals(9, out.stream().filter(l -> l.contains("\"report\":")).count(), run.out);
      assertTrue(out.get(2).startsWith("{\"line\":3,") && out.get(2).contains("\"readable\":false"), out.get(2));
      assertTrue(out.get(0).startsWith("{\"line\":1,") && out.get(0).contains("\"report\":"), "the BOM is skipped");
    }
    assertEquals(fromFile.out, fromStdin.out);
  }
}
