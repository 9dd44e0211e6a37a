package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.json.JsonNodes.Node;
import java.io.StringReader;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A string and a line of JSON Lines are read first by an optimistic pass, which gives up at the first sign of a
 * problem or of a repeated name and leaves the document to the exact pass; a {@code Reader} is read by the exact
 * pass only. So the string, the line and the {@code Reader} must give the same document or the same problems, on
 * valid documents and on documents with a field repeated, deleted or of another type.
 */
class OptimisticReadingTest {
  private static final HankeJson JSON = HankeJson.standard();

  /** The document, or the problems: what a caller can see. */
  private static Object outcome(Supplier<HankeDocument> read) {
    try {
      return read.get();
    } catch (HankeJsonException e) {
      return e.problems();
    }
  }

  private static Object lineOutcome(String line) {
    try (JsonLines lines = JSON.lines(new StringReader(line))) { // characters, as the Reader counts them
      JsonLine read = lines.next();
      return read.document().<Object>map(d -> d).orElseGet(read::problems);
    }
  }

  /** Asserts that the string, the {@code Reader} and, for one line, JSON Lines agree; returns the outcome. */
  private static String assertSameOutcome(String json) {
    Object exact = outcome(() -> JSON.read(new StringReader(json)));
    assertEquals(exact, outcome(() -> JSON.read(json)), json);
    if (json.indexOf('\n') < 0) {
      assertEquals(exact, lineOutcome(json), json);
    }
    return (exact instanceof HankeDocument ? "read " : "problems ") + exact;
  }

  /** The text with the field of the node written twice: a repeated name, with the same value. */
  private static String repeated(String json, Node node) {
    String field = json.substring(node.nameStart, node.end);
    return json.substring(0, node.end) + ", " + field + json.substring(node.end);
  }

  private static List<Node> fields(String json) {
    return JsonNodes.of(json).stream().filter(n -> n.nameStart >= 0).collect(Collectors.toList());
  }

  @Test
  void validDocumentsReadTheSameFromAStringALineAndAReader() {
    qt().withExamples(30).forAll(ArbitraryModel.documents()).checkAssert(d -> {
      assertEquals(d, outcome(() -> JSON.read(JSON.write(d))));
      assertSameOutcome(JSON.write(d));
      assertSameOutcome(JSON.writeLine(d).strip());
    });
  }

  @Test
  void aRepeatedFieldAnywhereIsTheSameSyntaxProblemFromAStringALineAndAReader() {
    qt().withExamples(60).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      for (String json : List.of(JSON.write(d), JSON.writeLine(d).strip())) {
        List<Node> fields = fields(json);
        Node node = fields.get(seed % fields.size());
        String outcome = assertSameOutcome(repeated(json, node));
        assertTrue(outcome.contains("duplicate field"), () -> node + ": " + outcome);
      }
    });
  }

  @Test
  void brokenDocumentsGiveTheSameProblemsFromAStringALineAndAReader() {
    qt().withExamples(60).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      String json = JSON.writeLine(d).strip();
      List<Node> fields = fields(json);
      Node node = fields.get(seed % fields.size());
      String wrongType = json.substring(0, node.start) + (node.text == null ? "\"x\"" : "[{\"a\": 1, \"a\": 2}]")
          + json.substring(node.end);
      assertTrue(assertSameOutcome(wrongType).startsWith("problems "), wrongType);
      String unknown = json.substring(0, node.nameStart) + "\"zz\": {\"b\": true, \"b\": false}, "
          + json.substring(node.nameStart);
      assertTrue(assertSameOutcome(unknown).contains("duplicate field 'b'"), unknown);
    });
  }

  /**
   * Amounts and decimals of every length around the fast path's bound of 18 digits, with leading zeros, a minus,
   * a point and up to three decimals: the same values (and scales), or the same problems, from both passes; the
   * same amount twice in a document is read twice alike.
   */
  @Test
  void amountsAndDecimalsReadTheSameFromAStringAndAReader() {
    qt().withExamples(400).forAll(integers().between(0, 21), integers().between(0, 3), integers().between(0, 3),
        longs().all()).checkAssert((integerDigits, decimals, form, seed) -> {
          String digits = Long.toString(Math.abs(seed % 1_000_000_000_000_000_000L)) + "000000000000000000000";
          String number = (form == 1 ? "-" : "") + (form == 2 ? "00" : "") + digits.substring(0, integerDigits)
              + (decimals > 0 ? "." + digits.substring(0, decimals) : form == 3 ? "." : "");
          String header = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";
          assertSameOutcome(header + "\"assessment\": {\"points\": \"" + number + "\", \"maximumPoints\": \""
              + number + "\"}}");
          String line = "{\"category\": \"STAFF\", \"applied\": \"" + number + "\"}";
          assertSameOutcome(header + "\"costEstimate\": {\"lines\": [" + line + ", " + line + "]}}");
        });
  }

  @Test
  void aRepeatedFormatKindOrYearIsFoundByBothPasses() {
    String header = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";
    for (String json : List.of(
        "{\"format\": \"hanke/1\", \"format\": \"hanke/1\", \"kind\": \"project\"}",
        "{\"format\": \"hanke/1\", \"kind\": \"project\", \"kind\": \"project\"}",
        header + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\", \"applied\": \"1.00\","
            + " \"appliedByYear\": {\"2025\": \"1.00\", \"2025\": \"1.00\"}}]}}")) {
      assertTrue(assertSameOutcome(json).contains("duplicate field"), json);
    }
  }
}
