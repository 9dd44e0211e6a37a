package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import fi.hanke.core.json.JsonNodes.Node;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ordered pass reads a document whose fields come in writing order to what the tables read, and leaves every
 * other document to them: a field out of order, repeated or unknown, a wrong value, a list at its limit, another
 * kind than the one expected, a token after the document.
 */
class OrderedReaderTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * The ordered pass alone: the document, or null where it leaves the document to the tables (giving up, or on a
   * problem, {@link Reading.Retry}, for the exact pass).
   */
  private static HankeDocument ordered(String json, JsonLimits limits, HankeDocument.Kind expected, boolean rest) {
    HankeDocument read;
    try {
      read = ordered(FACTORY.createParser(json), limits, expected, rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HankeDocument fromString = byStringParser(json, limits, expected, rest);
    if (fromString != null) { // what the parser of a String reads, it reads as Jackson's does
      assertEquals(read, fromString, json);
    }
    return read;
  }

  /** The ordered pass with the parser of a {@code String} ({@link StringParser}), as {@link HankeJson} reads one. */
  private static HankeDocument byStringParser(String json, JsonLimits limits, HankeDocument.Kind expected,
      boolean rest) {
    return ordered(new StringParser(json, limits, FACTORY._getBufferRecycler()), limits, expected, rest);
  }

  private static HankeDocument ordered(JsonParser parser, JsonLimits limits, HankeDocument.Kind expected,
      boolean rest) {
    try (parser) {
      return OrderedReader.read(new Reading(parser, limits, true), expected, rest);
    } catch (Reading.Retry e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HankeDocument ordered(String json, JsonLimits limits, HankeDocument.Kind expected) {
    return ordered(json, limits, expected, true);
  }

  private static HankeDocument ordered(String json) {
    return ordered(json, JsonLimits.defaults(), null);
  }

  /** The ordered pass giving up where a table would read the rest of an object: null unless in order throughout. */
  private static HankeDocument inOrderThroughout(String json) {
    return ordered(json, JsonLimits.defaults(), null, false);
  }

  /** The exact pass alone (a {@code Reader} is read by it only). */
  private static HankeDocument tables(String json) {
    return JSON.read(new StringReader(json));
  }

  @Test
  void documentsInWritingOrderAreReadInOrderThroughoutToWhatTheTablesRead() {
    Set<String> names = new HashSet<>();
    qt().withExamples(300).forAll(ArbitraryModel.documents()).checkAssert(d -> {
      for (String json : List.of(JSON.write(d), JSON.writeLine(d).strip())) {
        HankeDocument read = inOrderThroughout(json);
        assertNotNull(read, json);
        assertEquals(read, byStringParser(json, JsonLimits.defaults(), null, false)); // it gives none of them up
        assertEquals(read, ordered(json));
        assertEquals(tables(json), read);
        assertEquals(d, read);
        assertEquals(read, ordered(json, JsonLimits.defaults(), d.kind()));
        JsonNodes.of(json).stream().filter(n -> n.nameStart >= 0).forEach(n -> names.add(n.field()));
      }
    });
    // every name of every table came in some document (a name two tables share, in either of them)
    Set<String> missing = new TreeSet<>();
    for (ObjectCodec<?, ?> table : Model.ALL) {
      for (String field : table.fieldNames()) {
        if (!names.contains(field)) {
          missing.add(table.name() + "." + field);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void aDocumentWithTwoFieldsSwappedHasTheRestOfTheirObjectReadByItsTableToTheSameValue() {
    qt().withExamples(100).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      String json = JSON.writeLine(d).strip();
      List<Node> pairs = siblingsFollowedBySibling(json);
      if (pairs.isEmpty()) {
        return;
      }
      Node first = pairs.get(seed % pairs.size());
      Node second = JsonNodes.of(json).stream()
          .filter(n -> n.nameStart > first.end && n.parent.equals(first.parent))
          .findFirst().orElseThrow();
      String swapped = json.substring(0, first.nameStart) + json.substring(second.nameStart, second.end)
          + json.substring(first.end, second.nameStart) + json.substring(first.nameStart, first.end)
          + json.substring(second.end);
      assertNull(inOrderThroughout(swapped), swapped);
      boolean header = first.parent.equals("$") && List.of("format", "kind").contains(first.field());
      assertEquals(header ? null : d, ordered(swapped), swapped); // a header not first is the tables' to read

      assertEquals(d, JSON.read(swapped));
      assertEquals(d, tables(swapped));
    });
  }

  /**
   * Fields of a table's object that have a sibling field after them in the same object. Not a map's entries (a cost
   * line's {@code appliedByYear}): a map has no order to leave, and its keys are no table's names.
   */
  private static List<Node> siblingsFollowedBySibling(String json) {
    Set<String> tableFields = Model.ALL.stream().flatMap(t -> t.fieldNames().stream()).collect(Collectors.toSet());
    List<Node> all = JsonNodes.of(json);
    return all.stream().filter(n -> n.nameStart >= 0 && tableFields.contains(n.field()))
        .filter(n -> all.stream().anyMatch(m -> m.nameStart > n.end && m.parent.equals(n.parent)))
        .collect(Collectors.toList());
  }

  @Test
  void documentsWithTheFieldsOfEveryObjectInReverseOrderAreReadToTheSameValue() {
    qt().withExamples(60).forAll(ArbitraryModel.documents()).checkAssert(d -> {
      String json = reversed(JSON.writeLine(d).strip());
      assertEquals(d, ordered(json), json);
      assertEquals(d, JSON.read(json));
    });
  }

  /** The text with the fields of every object but the document's (whose header comes first) in reverse order. */
  private static String reversed(String json) {
    List<Node> nodes = JsonNodes.of(json);
    StringBuilder out = new StringBuilder(json);
    // objects from the last to start, so that the spans of those before stay where they are
    for (int k = nodes.size() - 1; k > 0; k--) {
      Node object = nodes.get(k);
      if (object.token != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        continue;
      }
      List<Node> fields = nodes.stream().filter(n -> n.nameStart >= 0 && n.parent.equals(object.path))
          .collect(Collectors.toList());
      if (fields.size() < 2) {
        continue;
      }
      List<String> texts = fields.stream().map(f -> out.substring(f.nameStart, f.end)).collect(Collectors.toList());
      java.util.Collections.reverse(texts);
      out.replace(fields.get(0).nameStart, fields.get(fields.size() - 1).end, String.join(",", texts));
    }
    return out.toString();
  }

  @Test
  void aRepeatedOrUnknownFieldOrAWrongValueIsLeftToTheTables() {
    qt().withExamples(60).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      String json = JSON.writeLine(d).strip();
      List<Node> fields = JsonNodes.of(json).stream().filter(n -> n.nameStart >= 0).collect(Collectors.toList());
      Node node = fields.get(seed % fields.size());
      String field = json.substring(node.nameStart, node.end);
      assertNull(ordered(json.substring(0, node.end) + ", " + field + json.substring(node.end)), field);
      assertNull(ordered(json.substring(0, node.nameStart) + "\"zz\": 1, " + json.substring(node.nameStart)), field);
      assertNull(ordered(json.substring(0, node.start) + "[true]" + json.substring(node.end)), field);
    });
  }

  @Test
  void aProblemGoesStraightToTheExactPassAndAHeaderOutOfPlaceToTheTablesOptimisticPass() throws IOException {
    String body = "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\", \"applied\": \"%s\"}]}}";
    String wrong = "{\"format\": \"hanke/1\", \"kind\": \"project\", " + String.format(body, "x");
    assertThrows(Reading.Retry.class, () -> OrderedReader.read(reading(wrong), null));
    String header = "{\"kind\": \"project\", \"format\": \"hanke/1\", " + String.format(body, "1");
    assertNull(OrderedReader.read(reading(header), null));
  }

  private static Reading reading(String json) throws IOException {
    return new Reading(FACTORY.createParser(json), JsonLimits.defaults(), true);
  }

  @Test
  void aListAtItsLimitIsLeftToTheTables() {
    String lines = "{\"category\": \"STAFF\", \"applied\": \"1\"}, {\"category\": \"TRAVEL\", \"applied\": \"2\"}";
    String json = "{\"format\": \"hanke/1\", \"kind\": \"project\", \"costEstimate\": {\"lines\": [" + lines + "]}}";
    assertNotNull(ordered(json, JsonLimits.defaults().withMaxArrayLength(2), null));
    assertNull(ordered(json, JsonLimits.defaults().withMaxArrayLength(1), null));
  }

  @Test
  void aRepeatedYearInAnAmountByYearIsLeftToTheTables() {
    String line = "{\"category\": \"STAFF\", \"applied\": \"3\", \"appliedByYear\": {\"2025\": \"1\", %s: \"2\"}}";
    String json = "{\"format\": \"hanke/1\", \"kind\": \"project\", \"costEstimate\": {\"lines\": [" + line + "]}}";
    assertNotNull(ordered(String.format(json, "\"2026\"")));
    assertNull(ordered(String.format(json, "\"2025\"")));
  }

  @Test
  void theHeaderFirstTheExpectedKindAndNothingAfterTheDocumentOrItIsLeftToTheTables() {
    String body = "\"name\": \"Hanke\"}";
    assertNotNull(ordered("{\"format\": \"hanke/1\", \"kind\": \"project\", " + body));
    assertNull(ordered("{\"kind\": \"project\", \"format\": \"hanke/1\", " + body));
    assertNull(ordered("{\"format\": \"hanke/2\", \"kind\": \"project\", " + body));
    assertNull(ordered("{\"format\": \"hanke/1\", \"kind\": \"projekti\", " + body));
    assertNull(ordered("{\"format\": \"hanke/1\", \"kind\": \"project\", " + body + " {}"));
    assertNull(ordered("{\"format\": \"hanke/1\", \"kind\": \"project\", " + body, JsonLimits.defaults(),
        HankeDocument.Kind.GROUP_PROJECT));
    assertTrue(ordered("{\"format\": \"hanke/1\", \"kind\": \"project\", " + body, JsonLimits.defaults(),
        HankeDocument.Kind.PROJECT).project().isPresent());
  }

  @Test
  void aValueTheModelRefusesIsLeftToTheTables() {
    String json = "{\"format\": \"hanke/1\", \"kind\": \"project\", \"costEstimate\": {\"lines\": ["
        + "{\"category\": \"STAFF\", \"applied\": \"%s\", \"approved\": \"%s\"}]}}";
    assertNotNull(ordered(String.format(json, "1", "1")));
    assertNull(ordered(String.format(json, "92233720368547.75", "-92233720368547.75")));
  }
}
