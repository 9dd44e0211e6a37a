package fi.hanke.core.json.testing;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.HankeJsonException;
import fi.hanke.core.json.JsonLine;
import fi.hanke.core.json.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The oracle of the fuzz tests: a read ends in a document or in a {@link HankeJsonException} with its problems,
 * nothing else; and a document read is written by every writer and read back equal. Any other exception, or an
 * unequal round trip, is a finding (an {@link AssertionError} or the exception itself).
 */
public final class FuzzOracle {
  private static final HankeJson JSON = HankeJson.standard();
  private static final List<Locale> LANGUAGES = List.of(new Locale("fi"), new Locale("sv"), Locale.ENGLISH);

  private FuzzOracle() {}

  /**
   * @param read one read of the reader
   * @return the document, or null when the reader refused the input with its documented exception
   */
  public static HankeDocument read(Supplier<HankeDocument> read) {
    HankeDocument document;
    try {
      document = read.get();
    } catch (HankeJsonException e) {
      problemsAreWellFormed(e.problems());
      check(e.getMessage().length() < 200_000, "a bounded message");
      return null;
    }
    roundTrips(document);
    return document;
  }

  /** Checks one line of JSON Lines: read and round-tripping, or with well-formed problems of its own line. */
  public static void line(JsonLine line) {
    check(line.lineNumber() >= 1, "a physical line");
    if (line.isRead()) {
      check(line.problems().isEmpty(), "a line read has no problems");
      roundTrips(line.document().orElseThrow());
    } else {
      problemsAreWellFormed(line.problems());
      check(line.problems().stream().allMatch(p -> p.line() == Math.min(line.lineNumber(), Integer.MAX_VALUE)),
          "a line's problems are on that line");
    }
  }

  /** Checks the problems of one refusal: some, at most maxProblems and one more, each with a message. */
  public static void problemsAreWellFormed(List<JsonProblem> problems) {
    check(!problems.isEmpty(), "a refusal names a problem");
    check(problems.size() <= JSON.limits().maxProblems() + 1, "at most maxProblems problems and one more");
    for (JsonProblem p : problems) {
      check(p.line() >= 1 && p.column() >= 1 && p.path().startsWith("$"), "a problem has a place: " + p);
      for (Locale language : LANGUAGES) {
        check(!p.message(language).isEmpty(), "a message");
      }
    }
  }

  /** Checks that every writer writes the document and that the reader reads each back equal. */
  public static void roundTrips(HankeDocument document) {
    String text = JSON.write(document);
    equal(document, JSON.read(text), "write(String)");
    equal(document, JSON.read(JSON.writeLine(document)), "writeLine");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(document, bytes);
    equal(document, JSON.read(new ByteArrayInputStream(bytes.toByteArray())), "write(OutputStream)");
    StringWriter writer = new StringWriter();
    JSON.write(document, writer);
    check(text.equals(writer.toString()), "write(Writer) writes what write(String) does");
    check(text.equals(JSON.write(JSON.read(text))), "writing what was read gives the same text");
  }

  private static void equal(HankeDocument expected, HankeDocument actual, String how) {
    check(expected.equals(actual), "read(" + how + ") of a document read gives it back");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }
}
