package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link StringParser} against Jackson's parser of a {@code String}, configured as the optimistic pass's: on any text,
 * either it gives the text up ({@link Reading.Retry}) or it reads it to the same tokens, texts, characters, names and
 * numbers as Jackson, and Jackson reads it without an error. Texts are drawn as JSON with every kind of value, escape
 * and white space, a few of them beyond JSON (leading zeros, a lone minus) or beyond what the parser reads (fractions,
 * exponents, integers beyond a {@code long}), and then, half of them, broken by a character deleted, inserted or
 * replaced.
 */
class StringParserTest {
  private static final JsonLimits LIMITS = JsonLimits.defaults();
  /** Jackson's parsers as the optimistic passes have them. */
  private static final JsonFactory JACKSON = HankeJson.factory(LIMITS, false);
  private static final String[] NAMES = {"a", "name", "lines", "ä", "e\"q", "tab\t", "😀", ""};
  private static final String[] NUMBERS = {"0", "-0", "7", "-42", "2147483647", "2147483648", "-2147483649",
      "123456789012345678", "-123456789012345678", "1234567890123456789", "9223372036854775807",
      "-9223372036854775808", "9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.5", "-0.0",
      "1e5", "2E-3", "01", "-", "1.", ".5", "+1"};
  private static final String[] SPACES = {"", "", " ", "\n  ", "\t", "\r\n", "    "};
  private static final String ODD_SPACES = "\f\u00a0\u000b";
  /** The characters JSON has a short escape for, and the escapes' letters. */
  private static final String SHORT = "\"\\/\b\f\n\r\t";
  private static final String SHORT_LETTERS = "\"\\/bfnrt";
  private static final String MUTATIONS = "{}[]\":,\\ 0-9aeu.\n";

  /** What a parser made of a text: its tokens with what they carried, and how it ended. */
  private static List<String> tokens(JsonParser parser) throws IOException {
    List<String> seen = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
      seen.add(describe(parser, t));
    }
    seen.add("end, name " + parser.currentName());
    return seen;
  }

  private static String describe(JsonParser parser, JsonToken t) throws IOException {
    StringBuilder b = new StringBuilder(t.name()).append(" name=").append(parser.currentName());
    if (t.isScalarValue() || t == JsonToken.FIELD_NAME) {
      b.append(" text=").append(parser.getText());
    }
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
      b.append(" chars=").append(new String(parser.getTextCharacters(), parser.getTextOffset(),
          parser.getTextLength()));
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      b.append(" type=").append(parser.getNumberType()).append(" long=").append(parser.getLongValue());
    }
    return b.toString();
  }

  private static StringParser parser(String text) {
    return new StringParser(text, LIMITS, JACKSON._getBufferRecycler());
  }

  /** @return the tokens, or null where the parser gave the text up */
  private static List<String> ours(String text) throws IOException {
    try (StringParser parser = parser(text)) {
      return tokens(parser);
    } catch (Reading.Retry e) {
      return null;
    }
  }

  /** @return the tokens, or null where Jackson refused the text */
  private static List<String> jacksons(String text) throws IOException {
    try (JsonParser parser = JACKSON.createParser(text)) {
      return tokens(parser);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  @Test
  void whatItReadsToTheEndJacksonReadsToTheSameTokens() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger broken = new AtomicInteger();
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String text = random.nextBoolean() ? Texts.valid(random) : Texts.mutated(random, Texts.valid(random));
      try {
        List<String> ours = ours(text);
        List<String> jacksons = jacksons(text);
        if (ours != null) {
          read.incrementAndGet();
          assertEquals(jacksons, ours, text);
        } else if (jacksons == null) {
          broken.incrementAndGet();
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    assertTrue(read.get() > 500, "texts read to the end: " + read); // the comparison is not empty
    assertTrue(broken.get() > 300, "texts both refused: " + broken);
  }

  @Test
  void jsonWithoutFractionsExponentsOrLongNumbersIsReadToTheEnd() {
    qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      String text = Texts.plain(new SplittableRandom(seed));
      try {
        List<String> ours = ours(text);
        assertNotNull(ours, text);
        assertEquals(jacksons(text), ours, text);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aNameAskedForIsWhatJacksonSaysItIs() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String text = Texts.plain(random);
      long asking = random.nextLong();
      try (StringParser ours = parser(text); JsonParser jacksons = JACKSON.createParser(text)) {
        SplittableRandom forOurs = new SplittableRandom(asking);
        SplittableRandom forJacksons = new SplittableRandom(asking);
        List<String> a = steps(ours, forOurs);
        List<String> b = steps(jacksons, forJacksons);
        assertEquals(b, a, text);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Reads a text by {@code nextFieldName} with a name drawn, or the name that comes, and by {@code nextToken}. */
  private static List<String> steps(JsonParser parser, SplittableRandom random) throws IOException {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      JsonToken t;
      if (random.nextBoolean()) {
        String name = NAMES[random.nextInt(NAMES.length)];
        boolean matched = parser.nextFieldName(new SerializedString(name));
        t = parser.currentToken();
        seen.add("asked " + name + ": " + matched);
      } else {
        t = parser.nextToken();
      }
      if (t == null) {
        break;
      }
      seen.add(describe(parser, t));
    }
    return seen;
  }

  @Test
  void aStringLongerThanTheLimitOrADepthAtTheLimitIsGivenUp() throws IOException {
    JsonLimits limits = LIMITS.withMaxStringLength(5).withMaxDepth(3);
    List<String> texts = List.of("[\"abcdef\"]", "{\"abcdef\":1}", "[\"ab\\ncdef\"]", "[[[1]]]", "{\"a\":{\"b\":[]}}");
    for (String text : texts) {
      try (StringParser parser = new StringParser(text, limits, new BufferRecycler())) {
        assertThrows(Reading.Retry.class, () -> tokens(parser), text);
      }
    }
    try (StringParser parser = new StringParser("{\"abcdef\":1}", limits, new BufferRecycler())) {
      parser.nextToken();
      assertThrows(Reading.Retry.class, () -> parser.nextFieldName(new SerializedString("abcdef")), "a name asked for");
    }
    try (StringParser parser = new StringParser("[\"abcde\",[1]]", limits, new BufferRecycler())) {
      assertEquals(7, tokens(parser).size()); // six tokens and the end
    }
  }

  @Test
  void whatJsonDoesNotHaveOrTheParserDoesNotReadIsGivenUp() throws IOException {
    String fullwidthZero = String.valueOf((char) 0xFF10);
    List<String> refusedByJackson = List.of("[01]", "[-]", "[1.]", "[.5]", "[+1]", "[tru]", "[truex]", "[1,]",
        "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{\"a\":}", "[\"\\x\"]", "[\"\\u00" + fullwidthZero + "0\"]", "[\"\\u12\"]",
        "[\"a\nb\"]", "[\f1]", "[\u00a01]", "\ufeff[1]", "[\"abc", "{\"a\":1", "[1]]", "{]", "[}");
    for (String text : refusedByJackson) {
      assertNull(jacksons(text), text);
      assertNull(ours(text), text);
    }
    List<String> readByJacksonOnly = List.of("[1.5]", "[-0.0]", "[1e5]", "[2E-3]", "[9223372036854775808]",
        "{\"\\ud83d\\ude00\":1}");
    for (String text : readByJacksonOnly) {
      try (JsonParser parser = JACKSON.createParser(text)) {
        while (parser.nextToken() != null) { // Jackson reads the text: a syntax error would throw
          assertNotNull(parser.currentToken());
        }
      }
      assertNull(ours(text), text);
    }
  }

  @Test
  void aSecondValueAfterTheDocumentIsGivenUpAndWhiteSpaceAfterItIsNot() throws IOException {
    assertNull(ours("{} {}"));
    assertNull(ours("{}x"));
    assertEquals(List.of("START_OBJECT name=null", "END_OBJECT name=null", "end, name null"), ours(" {}\n\t "));
  }

  @Test
  void whatItDoesNotKeepItGivesUpInsteadOfAnsweringWrongly() throws IOException {
    try (StringParser parser = parser("{\"a\":1}")) {
      parser.nextToken();
      assertThrows(Reading.Retry.class, parser::getParsingContext);
      assertThrows(Reading.Retry.class, () -> parser.overrideCurrentName("b"));
      assertThrows(Reading.Retry.class, parser::getDecimalValue); // not on a number
    }
  }

  @Test
  void theTextsBufferGoesBackToTheRecyclerWhenClosedAndOnlyOnce() {
    BufferRecycler recycler = new BufferRecycler();
    char[] buffer = recycler.allocCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, 2);
    recycler.releaseCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, buffer);
    StringParser first = new StringParser("{}", LIMITS, recycler); // takes the buffer
    first.close(); // gives it back
    StringParser second = new StringParser("[]", LIMITS, recycler); // takes it again
    first.close(); // must not give it back while the second reads it
    assertTrue(first.isClosed());
    assertNotSame(buffer, recycler.allocCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, 2));
    second.close();
    assertSame(buffer, recycler.allocCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, 2));
  }

  @Test
  void aTextLongerThanJacksonsRecycledBufferIsReadInItsOwnAndTheRecyclerKeepsNone() throws IOException {
    BufferRecycler recycler = new BufferRecycler();
    String text = "[\"" + "a".repeat(40_000) + "\"]";
    try (StringParser parser = new StringParser(text, LIMITS, recycler)) {
      assertEquals(jacksons(text), tokens(parser));
    }
    assertTrue(recycler.allocCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, 2).length < 40_000);
  }

  /** JSON texts drawn from a seed. */
  static final class Texts {
    private Texts() {}

    /** A text with every kind of value, and some beyond what the parser reads (fractions, long numbers). */
    static String valid(SplittableRandom random) {
      StringBuilder b = new StringBuilder();
      value(b, random, 0, true);
      b.append(space(random));
      return b.toString();
    }

    /** A text of JSON the parser reads throughout: integers within a {@code long}, no odd white space. */
    static String plain(SplittableRandom random) {
      StringBuilder b = new StringBuilder();
      value(b, random, 0, false);
      return b.toString();
    }

    static String mutated(SplittableRandom random, String text) {
      StringBuilder b = new StringBuilder(text);
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        int at = b.length() == 0 ? 0 : random.nextInt(b.length());
        char c = MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
        switch (random.nextInt(3)) {
          case 0:
            if (b.length() > 0) {
              b.deleteCharAt(at);
            }
            break;
          case 1:
            b.insert(at, c);
            break;
          default:
            if (b.length() > 0) {
              b.setCharAt(at, c);
            }
        }
      }
      return b.toString();
    }

    private static String space(SplittableRandom random) {
      return SPACES[random.nextInt(SPACES.length)];
    }

    private static void value(StringBuilder b, SplittableRandom random, int depth, boolean odd) {
      b.append(space(random));
      if (odd && random.nextInt(40) == 0) {
        b.append(ODD_SPACES.charAt(random.nextInt(ODD_SPACES.length())));
      }
      int kind = depth == 0 ? random.nextInt(2) : depth > 4 ? 2 + random.nextInt(3) : random.nextInt(8);
      switch (kind) {
        case 0:
        case 5: {
          b.append('{');
          int n = random.nextInt(5);
          for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append(space(random));
            string(b, random, NAMES[random.nextInt(NAMES.length)], !odd);
            b.append(space(random)).append(':');
            value(b, random, depth + 1, odd);
          }
          b.append(space(random)).append('}');
          break;
        }
        case 1:
        case 6: {
          b.append('[');
          int n = random.nextInt(5);
          for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "");
            value(b, random, depth + 1, odd);
          }
          b.append(space(random)).append(']');
          break;
        }
        case 2:
          string(b, random, word(random), false);
          break;
        case 3: {
          String number = NUMBERS[random.nextInt(odd ? NUMBERS.length : 12)]; // the first 12 within a long
          b.append(number);
          break;
        }
        default:
          b.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
      }
      b.append(space(random));
    }

    private static String word(SplittableRandom random) {
      String letters = "aäö€ 😀\"\\/\b\f\n\r\t\u0001\ud800Z9";
      StringBuilder w = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      return w.toString();
    }

    /**
     * Writes a string, each character as itself, as JSON's short escape or as a {@code \}{@code u} escape; with
     * {@code rawSurrogates}, a surrogate as itself (an escaped surrogate in a name is given up: Jackson pairs them).
     */
    private static void string(StringBuilder b, SplittableRandom random, String s, boolean rawSurrogates) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int form = rawSurrogates && Character.isSurrogate(c) ? 3 : random.nextInt(4);
        if (form == 0 || c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c) && form == 1) {
          int shortForm = SHORT.indexOf(c);
          if (shortForm >= 0 && form < 2) {
            b.append('\\').append(SHORT_LETTERS.charAt(shortForm));
          } else {
            b.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
          }
        } else {
          b.append(c);
        }
      }
      b.append('"');
    }
  }
}
