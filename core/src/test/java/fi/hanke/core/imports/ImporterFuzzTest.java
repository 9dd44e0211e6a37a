package fi.hanke.core.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.testing.FuzzOracle;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of {@link Importer#read(String)}. The oracle: reading any text ends in a result (the
 * importer documents no exception), the same text reads to an equal result twice, every figure and note points
 * into the text it was read from, every note has a message in fi, sv and en, and every document imported is
 * written as hanke/1 and read back equal ({@link FuzzOracle#roundTrips}).
 *
 * <p>In a normal test run Jazzer replays the committed inputs under
 * {@code src/test/resources/fi/hanke/core/imports/ImporterFuzzTestInputs/} (the five seeds' texts). To fuzz for ten
 * minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -Djazzer.hooks=true -pl core test -Dtest=ImporterFuzzTest
 * </pre>
 */
class ImporterFuzzTest {
  private static final Importer IMPORTER = Importer.standard();
  private static final Locale[] LANGUAGES = {new Locale("fi"), new Locale("sv"), Locale.ENGLISH};

  @FuzzTest(maxDuration = "60s")
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ImportResult result = IMPORTER.read(text);
    check(result.equals(IMPORTER.read(text)), "the same text imports alike twice");
    check(result.text().equals(text), "the result keeps the text it read");
    int lines = (int) text.lines().count() + 1;
    for (Figure figure : result.figures()) {
      SourceSpan source = figure.source();
      check(figure.document() >= 0 && figure.document() < Math.max(1, result.documents().size()),
          "a figure belongs to a document read: " + figure);
      inText(source, lines, result);
    }
    for (ImportNote note : result.notes()) {
      note.source().ifPresent(source -> inText(source, lines, result));
      for (Locale language : LANGUAGES) {
        check(!note.message(language).isBlank(), "a note has a message: " + note);
      }
    }
    for (HankeDocument document : result.documents()) {
      FuzzOracle.roundTrips(document);
    }
  }

  private static void inText(SourceSpan source, int lines, ImportResult result) {
    check(source.line() >= 1 && source.line() <= source.endLine() && source.endLine() <= lines,
        "a source span lies within the text's lines: " + source);
    String line = result.line(source.line()).orElseThrow(() -> new AssertionError("no line " + source.line()));
    check(source.column() >= 1 && source.column() <= line.length() + 1, "a source column lies on its line: " + source);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
