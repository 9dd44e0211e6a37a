package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.hanke.core.json.JsonNodes.Node;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Dates and month periods read from the parser's characters in the optimistic pass: every year from 0000 to
   * 9999, months and days around their ends (February of leap and common years), and texts with a digit, a hyphen
   * or a slash replaced, give the same values, or the same problems, from both passes.
   */
  @Test
  void datesAndMonthPeriodsReadTheSameFromAStringAndAReader() {
    String digitsAndMarks = "0123456789-/ x\u0663";
    qt().withExamples(400).forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32),
        integers().between(-1, 15 * digitsAndMarks.length() - 1)).checkAssert(
            (year, month, day, edit) -> { // edit: none (-1), or which character is replaced and by which
              int replaced = edit < 0 ? -1 : edit / digitsAndMarks.length();
              char by = digitsAndMarks.charAt(Math.max(0, edit) % digitsAndMarks.length());
              String date = String.format("%04d-%02d-%02d", year, month, day);
              String period = String.format("%04d-%02d/%04d-%02d", year, month, 9999 - year, day % 14);
              if (replaced >= 0) {
                date = replace(date, replaced % date.length(), by);
                period = replace(period, replaced, by);
              }
              String header = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";
              String read = assertSameOutcome(header + "\"start\": \"" + date + "\"}");
              assertEquals(isDate(date), read.startsWith("read "), date + ": " + read);
              assertEquals(isDate(date), read.contains("start=" + date), date + ": " + read);
              read = assertSameOutcome(header + "\"workPackages\": [{\"code\": \"TP1\", \"title\": \"a\","
                  + " \"periods\": [\"" + period + "\"]}]}");
              assertEquals(isPeriod(period), read.startsWith("read "), period + ": " + read);
            });
  }

  /** What java.time reads as a date of the form YYYY-MM-DD: the oracle, independent of the reader. */
  private static boolean isDate(String text) {
    try {
      return text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && LocalDate.parse(text) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** What java.time reads as two months YYYY-MM/YYYY-MM. */
  private static boolean isPeriod(String text) {
    try {
      return text.matches("[0-9]{4}-[0-9]{2}/[0-9]{4}-[0-9]{2}") && YearMonth.parse(text.substring(0, 7)) != null
          && YearMonth.parse(text.substring(8)) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * Whole numbers at and beyond the ends of an int and of a long read the same from both passes, and read exactly
   * when they are within the field's range (a priority an int, a quantity from 0 to a long's end).
   */
  @Test
  void wholeNumbersReadTheSameFromAStringAndAReader() {
    List<String> numbers = List.of("0", "-0", "4", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890", "4.0", "4e0");
    for (String number : numbers) {
      String header = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";
      String read = assertSameOutcome(header + "\"placement\": {\"priority\": " + number + "}}");
      assertEquals(within(number, Integer.MIN_VALUE, Integer.MAX_VALUE), read.startsWith("read "), number + ": " + read);
      read = assertSameOutcome(header + "\"targets\": [{\"description\": \"a\", \"quantity\": " + number + "}]}");
      assertEquals(within(number, 0, Long.MAX_VALUE), read.startsWith("read "), number + ": " + read);
      if (read.startsWith("read ")) {
        assertTrue(read.contains("quantity=" + new BigInteger(number)), number + ": " + read);
      }
    }
  }

  /** Whether the text is a whole number from {@code min} to {@code max}: the oracle, by BigInteger. */
  private static boolean within(String number, long min, long max) {
    try {
      BigInteger n = new BigInteger(number);
      return n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String replace(String text, int at, char by) {
    return text.substring(0, at) + by + text.substring(at + 1);
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

  /**
   * The reader has Jackson compare the input first with the name of the field that followed the one before last
   * time (at first, the writer's order), and looks a name up only when that fails; fields in another order (every
   * object's reversed, or rotated) must read to the same document, a field repeated after them must still be found,
   * and the writer's order must read the same again after the reader has learned the others.
   */
  @Test
  void fieldsInAnotherOrderReadTheSameFromAStringALineAndAReader() {
    qt().withExamples(40).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      String json = JSON.writeLine(d).strip();
      for (int rotation : List.of(-1, 1 + seed % 7)) {
        String reordered = reordered(json, rotation);
        assertEquals(d, outcome(() -> JSON.read(reordered)), reordered);
        assertSameOutcome(reordered);
        List<Node> fields = fields(reordered);
        Node node = fields.get(seed % fields.size());
        String outcome = assertSameOutcome(repeated(reordered, node));
        assertTrue(outcome.contains("duplicate field"), () -> node + ": " + outcome);
      }
      assertEquals(d, outcome(() -> JSON.read(json)), json);
    });
  }

  /**
   * A name Jackson compares with the predicted one as it stands in the input; written with an escape it does not
   * match there, and must still be found as the name it is.
   */
  @Test
  void fieldNamesWrittenWithEscapesReadTheSameAsPlainOnes() {
    qt().withExamples(40).forAll(ArbitraryModel.documents()).checkAssert(d -> {
      String json = JSON.writeLine(d).strip();
      Matcher name = Pattern.compile("([{,])\"([a-z])").matcher(json);
      String escaped = name.replaceAll(m -> Matcher.quoteReplacement(
          m.group(1) + "\"\\u00" + Integer.toHexString(m.group(2).charAt(0))));
      assertTrue(escaped.contains("\\u00"), escaped);
      assertEquals(d, outcome(() -> JSON.read(escaped)), escaped);
      assertSameOutcome(escaped);
    });
  }

  /** The text with every object's fields reversed ({@code rotation} -1) or rotated left by {@code rotation}. */
  private static String reordered(String json, int rotation) {
    StringWriter out = new StringWriter();
    JsonFactory factory = new JsonFactory();
    try (JsonParser parser = factory.createParser(json); JsonGenerator generator = factory.createGenerator(out)) {
      parser.nextToken();
      copy(parser, generator, rotation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Copies the value at the parser's token, its objects' fields reordered; leaves the parser on its last token. */
  private static void copy(JsonParser parser, JsonGenerator out, int rotation) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          names.add(parser.currentName());
          parser.nextToken();
          StringWriter value = new StringWriter();
          try (JsonGenerator g = new JsonFactory().createGenerator(value)) {
            copy(parser, g, rotation);
          }
          values.add(value.toString());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          order.add(i);
        }
        if (rotation < 0) {
          Collections.reverse(order);
        } else if (!order.isEmpty()) {
          Collections.rotate(order, -(rotation % order.size()));
        }
        out.writeStartObject();
        for (int i : order) {
          out.writeFieldName(names.get(i));
          out.writeRawValue(values.get(i));
        }
        out.writeEndObject();
      }
      case START_ARRAY -> {
        out.writeStartArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          copy(parser, out, rotation);
        }
        out.writeEndArray();
      }
      case VALUE_STRING -> out.writeString(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(parser.getText());
      case VALUE_TRUE, VALUE_FALSE -> out.writeBoolean(parser.getBooleanValue());
      default -> out.writeNull();
    }
  }
}
