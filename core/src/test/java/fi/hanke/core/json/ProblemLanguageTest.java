package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.Detail.Key;
import fi.hanke.core.json.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader's problems read wholly in the user's language: a table of hostile inputs, one for each failure of
 * Jackson's parser that a document can reach and for each kind of problem, read in Finnish, Swedish and English.
 */
class ProblemLanguageTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final String HEADER = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";
  private static final Locale FI = new Locale("fi");
  private static final Locale SV = new Locale("sv");

  /** Words of Jackson's messages and of the reader's English details; none may stand in a Finnish or Swedish text. */
  private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(unexpected|expected|expecting|character|illegal"
      + "|token|unrecognized|unrecognised|invalid|found|missing|must|number|string|digit|field|end-of-input"
      + "|allowed|marker|escape|quote|value|input|not|the|of)\\b");

  /** One hostile input: its name, its bytes or text, the kind of problem it gives and a fact its English keeps. */
  private static final class Row {
    final String name;
    final Object input;
    final Kind kind;
    final Key key;
    final String fact;
    HankeJson json = JSON;

    Row(String name, Object input, Kind kind, Key key, String fact) {
      this.name = name;
      this.input = input;
      this.kind = kind;
      this.key = key;
      this.fact = fact;
    }
  }

  private static List<Row> table() {
    List<Row> t = new ArrayList<>();
    t.add(new Row("bad character", "#", Kind.SYNTAX, Key.SYNTAX_CHARACTER, "'#' (code 35)"));
    t.add(new Row("bad character for a name", HEADER + "#}", Kind.SYNTAX, Key.SYNTAX_CHARACTER, "'#' (code 35)"));
    t.add(new Row("unterminated string", HEADER + "\"name\": \"abc", Kind.SYNTAX, Key.SYNTAX_END_IN_STRING,
        "end-of-input"));
    t.add(new Row("unterminated name", HEADER + "\"na", Kind.SYNTAX, Key.SYNTAX_END_IN_NAME, "end-of-input"));
    t.add(new Row("bad escape", HEADER + "\"name\": \"a\\qb\"}", Kind.SYNTAX, Key.SYNTAX_ESCAPE, "'q' (code 113)"));
    t.add(new Row("bad unicode escape", HEADER + "\"name\": \"a\\u12G4\"}", Kind.SYNTAX, Key.SYNTAX_CHARACTER,
        "'G' (code 71)"));
    t.add(new Row("leading zero", HEADER + "\"name\": 01}", Kind.SYNTAX, Key.SYNTAX_LEADING_ZERO, "leading zero"));
    t.add(new Row("minus without digit", HEADER + "\"name\": -x}", Kind.SYNTAX, Key.SYNTAX_CHARACTER_IN_NUMBER,
        "'x' (code 120)"));
    t.add(new Row("point without digit", HEADER + "\"name\": 1.e5}", Kind.SYNTAX, Key.SYNTAX_CHARACTER_IN_NUMBER,
        "decimal point"));
    t.add(new Row("exponent without digit", HEADER + "\"name\": 1e}", Kind.SYNTAX, Key.SYNTAX_CHARACTER_IN_NUMBER,
        "exponent"));
    t.add(new Row("trailing comma in an object", HEADER + "\"name\": \"x\",}", Kind.SYNTAX, Key.SYNTAX_CHARACTER,
        "'}' (code 125)"));
    t.add(new Row("trailing comma in an array", HEADER + "\"regions\": [\"01\",]}", Kind.SYNTAX,
        Key.SYNTAX_CHARACTER, "']' (code 93)"));
    t.add(new Row("missing colon", HEADER + "\"name\" \"x\"}", Kind.SYNTAX, Key.SYNTAX_CHARACTER, "colon"));
    t.add(new Row("missing comma in an object", HEADER + "\"name\": \"x\" \"y\": 1}", Kind.SYNTAX,
        Key.SYNTAX_CHARACTER, "comma"));
    t.add(new Row("missing comma in an array", HEADER + "\"regions\": [\"01\" \"02\"]}", Kind.SYNTAX,
        Key.SYNTAX_CHARACTER, "comma"));
    t.add(new Row("duplicate key", HEADER + "\"name\": \"x\", \"name\": \"y\"}", Kind.SYNTAX, Key.SYNTAX_DUPLICATE,
        "field 'name'"));
    t.add(new Row("control character", HEADER + "\"name\": \"a\u0001b\"}", Kind.SYNTAX,
        Key.SYNTAX_CONTROL_CHARACTER, "code 1"));
    t.add(new Row("unknown word", HEADER + "\"name\": tru}", Kind.SYNTAX, Key.SYNTAX_TOKEN, "'tru'"));
    t.add(new Row("NaN", HEADER + "\"name\": NaN}", Kind.SYNTAX, Key.SYNTAX_NON_STANDARD, "'NaN'"));
    t.add(new Row("single quotes", HEADER + "'name': 1}", Kind.SYNTAX, Key.SYNTAX_CHARACTER, "''' (code 39)"));
    t.add(new Row("comment", HEADER + "/* x */ \"name\": 1}", Kind.SYNTAX, Key.SYNTAX_CHARACTER, "comment"));
    t.add(new Row("end inside an object", HEADER + "\"name\": \"x\"", Kind.SYNTAX, Key.SYNTAX_END_IN_OBJECT,
        "line 1, column 1"));
    t.add(new Row("end inside an array", HEADER + "\"regions\": [\"01\"", Kind.SYNTAX, Key.SYNTAX_END_IN_ARRAY,
        "line 1, column 53"));
    t.add(new Row("end after a comma in an object", HEADER + "\"name\": \"x\",", Kind.SYNTAX,
        Key.SYNTAX_END_IN_OBJECT, "line 1, column 1"));
    t.add(new Row("end after a comma in an array", HEADER + "\"regions\": [\"01\",", Kind.SYNTAX,
        Key.SYNTAX_END_IN_ARRAY, "line 1, column 53"));
    t.add(new Row("wrong close marker", HEADER + "\"regions\": [\"01\"}}", Kind.SYNTAX, Key.SYNTAX_CLOSE_MISMATCH,
        "'}'"));
    t.add(new Row("empty input", "", Kind.SYNTAX, Key.SYNTAX_EMPTY, "empty input"));
    t.add(new Row("blank input", " \n ", Kind.SYNTAX, Key.SYNTAX_EMPTY, "empty input"));
    t.add(new Row("content after the document", HEADER + "\"name\": \"x\"} 5", Kind.SYNTAX,
        Key.SYNTAX_AFTER_DOCUMENT, "after the document"));
    t.add(new Row("byte-order mark in text", "\uFEFF{}", Kind.SYNTAX, Key.SYNTAX_CHARACTER, "code 65279"));
    t.add(new Row("bad UTF-8", bytes(HEADER + "\"name\": \"", 0xC3, '(', '"', '}'), Kind.SYNTAX, Key.SYNTAX_UTF8,
        "0x28"));
    t.add(new Row("0xFF first", bytes("", 0xFF, '{', '}'), Kind.SYNTAX, Key.SYNTAX_NOT_UTF8, "0xFF"));
    t.add(new Row("UTF-16", "{}".getBytes(StandardCharsets.UTF_16LE), Kind.SYNTAX, Key.SYNTAX_NOT_UTF8, "0x00"));
    t.add(new Row("too long string", HEADER + "\"name\": \"" + "a".repeat(100_001) + "\"}", Kind.LIMIT_EXCEEDED,
        Key.LIMIT_STRING, "maxStringLength = 100000"));
    t.add(new Row("too long number", HEADER + "\"name\": " + "1".repeat(2000) + "}", Kind.LIMIT_EXCEEDED,
        Key.LIMIT_NUMBER, "maxNumberLength = 40"));
    t.add(new Row("too deep", "[".repeat(100), Kind.LIMIT_EXCEEDED, Key.LIMIT_DEPTH, "maxDepth = 64"));
    Row list = new Row("too long list", HEADER + "\"regions\": [\"01\", \"02\", \"03\", \"04\"]}", Kind.LIMIT_EXCEEDED,
        Key.LIMIT_ARRAY, "maxArrayLength = 3");
    list.json = JSON.withLimits(JsonLimits.defaults().withMaxArrayLength(3));
    t.add(list);
    t.add(new Row("amount as a long string", HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\","
        + " \"applied\": \"" + "1".repeat(41) + "\"}]}}", Kind.LIMIT_EXCEEDED, Key.LIMIT_NUMBER_DIGITS, "41 digits"));
    t.add(new Row("lone surrogate", HEADER + "\"name\": \"a\\ud800b\"}", Kind.INVALID_VALUE,
        Key.STRING_LONE_SURROGATE, "U+D800"));
    t.add(new Row("top-level array", "[1]", Kind.WRONG_TYPE, Key.TYPE_WRONG, "an array"));
    t.add(new Row("wrong type", HEADER + "\"name\": 1}", Kind.WRONG_TYPE, Key.TYPE_WRONG, "an integer"));
    t.add(new Row("null", HEADER + "\"name\": null}", Kind.WRONG_TYPE, Key.TYPE_WRONG, "omit the field"));
    t.add(new Row("unknown field", HEADER + "\"nmae\": 1}", Kind.UNKNOWN_FIELD, Key.FIELD_UNKNOWN, "'nmae'"));
    t.add(new Row("unknown field before the kind", "{\"nmae\": 1}", Kind.UNKNOWN_FIELD,
        Key.FIELD_UNKNOWN_IN_DOCUMENT, "'nmae'"));
    t.add(new Row("no format", "{\"kind\": \"project\", \"name\": \"x\"}", Kind.UNSUPPORTED_FORMAT,
        Key.FORMAT_MISSING, "hanke/1"));
    t.add(new Row("other format", "{\"format\": \"hanke/2\", \"kind\": \"project\"}", Kind.UNSUPPORTED_FORMAT,
        Key.FORMAT_UNSUPPORTED, "hanke/1"));
    t.add(new Row("no kind", "{\"format\": \"hanke/1\", \"name\": \"x\"}", Kind.MISSING_FIELD, Key.KIND_MISSING,
        "'kind'"));
    t.add(new Row("bad kind", "{\"format\": \"hanke/1\", \"kind\": \"projekti\"}", Kind.INVALID_VALUE,
        Key.KIND_INVALID, "groupProject"));
    t.add(new Row("missing field", HEADER + "\"applicant\": {}}", Kind.MISSING_FIELD, Key.FIELD_MISSING,
        "'name' of Organisation"));
    t.add(new Row("blank", HEADER + "\"name\": \" \"}", Kind.INVALID_VALUE, Key.VALUE_BLANK, "blank"));
    t.add(new Row("sub-cent amount", HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\","
        + " \"applied\": \"1.001\"}]}}", Kind.SUB_CENT_AMOUNT, Key.AMOUNT_SUB_CENT, "two decimals"));
    t.add(new Row("amount as a number", HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\","
        + " \"applied\": 1.5}]}}", Kind.WRONG_TYPE, Key.TYPE_WRONG, "not JSON numbers"));
    t.add(new Row("amount with an exponent", HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\","
        + " \"applied\": \"1e3\"}]}}", Kind.INVALID_VALUE, Key.DECIMAL_FORM_SIGNED, "no exponent"));
    t.add(new Row("no such day", HEADER + "\"start\": \"2025-02-30\"}", Kind.INVALID_VALUE, Key.DATE_NO_SUCH_DAY,
        "30"));
    t.add(new Row("no such month", HEADER + "\"start\": \"2025-13-01\"}", Kind.INVALID_VALUE,
        Key.DATE_NO_SUCH_MONTH, "13"));
    t.add(new Row("bad date", HEADER + "\"start\": \"1.9.2025\"}", Kind.INVALID_VALUE, Key.DATE_FORM, "YYYY-MM-DD"));
    t.add(new Row("bad business id", HEADER + "\"applicant\": {\"name\": \"A\", \"businessId\": \"123\"}}",
        Kind.MALFORMED_BUSINESS_ID, Key.BUSINESS_ID_FORM, "NNNNNNN-C"));
    t.add(new Row("unknown constant", HEADER + "\"costEstimate\": {\"lines\": [{\"category\": \"STAF\","
        + " \"applied\": \"1.00\"}]}}", Kind.INVALID_VALUE, Key.LOOKUP_UNKNOWN, "STAFF"));
    t.add(new Row("unknown region", HEADER + "\"regions\": [\"99\"]}", Kind.INVALID_VALUE, Key.LOOKUP_UNKNOWN,
        "region"));
    t.add(new Row("unknown municipality", HEADER + "\"municipalities\": [\"999\"]}", Kind.INVALID_VALUE,
        Key.LOOKUP_UNKNOWN_MANY, "in all"));
    return t;
  }

  private static byte[] bytes(String head, int... tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + tail.length];
    System.arraycopy(h, 0, all, 0, h.length);
    for (int i = 0; i < tail.length; i++) {
      all[h.length + i] = (byte) tail[i];
    }
    return all;
  }

  private static List<JsonProblem> problems(HankeJson json, String name, Object input) {
    return assertThrows(HankeJsonException.class, () -> {
      if (input instanceof String) {
        json.read((String) input);
      } else {
        json.read(new ByteArrayInputStream((byte[]) input));
      }
    }, name).problems();
  }

  @Test
  void everyHostileInputIsExplainedInFinnishAndSwedishWithoutAnEnglishWordAndInEnglishWithItsFacts() {
    Set<Key> seen = new HashSet<>();
    Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
    for (Row row : table()) {
      kinds.add(row.kind);
      List<JsonProblem> problems = problems(row.json, row.name, row.input);
      JsonProblem p = problems.stream().filter(q -> q.kind() == row.kind && q.detailKey().key() == row.key)
          .findFirst().orElseThrow(() -> new AssertionError(row.name + ": " + problems));
      seen.add(row.key);
      for (JsonProblem q : problems) {
        assertNotEquals(Key.SYNTAX_OTHER, q.detailKey().key(), row.name + ": Jackson's failure not recognised: " + q);
        for (Locale locale : List.of(FI, SV)) {
          String text = q.detail(locale);
          assertFalse(ENGLISH.matcher(text).find(), row.name + " in " + locale + ": " + text);
          assertTrue(q.message(locale).endsWith(text), q.message(locale));
        }
      }
      assertTrue(p.detail().contains(row.fact), row.name + ": " + p.detail());
      assertNotEquals(p.detail(FI), p.detail(SV), row.name);
    }
    assertTrue(seen.size() >= 30, "the table reaches " + seen.size() + " keys");
    assertEquals(java.util.EnumSet.allOf(Kind.class), kinds, "every kind of problem is in the table");
  }

  @Test
  void jsonLinesRefusalsAreInTheChosenLanguageToo() {
    try (JsonLines read = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(20))
        .lines(new StringReader("  x\n" + HEADER + "\"name\": \"x\"}\n"))) {
      List<JsonProblem> all = read.stream().flatMap(l -> l.problems().stream()).collect(Collectors.toList());
      assertEquals(List.of(Key.SYNTAX_START_CHARACTER, Key.LIMIT_LINE_CHARACTERS),
          all.stream().map(p -> p.detailKey().key()).collect(Collectors.toList()));
      for (JsonProblem p : all) {
        assertFalse(ENGLISH.matcher(p.detail(FI)).find(), p.detail(FI));
        assertFalse(ENGLISH.matcher(p.detail(SV)).find(), p.detail(SV));
      }
      assertTrue(all.get(0).detail().contains("'x'"), all.get(0).detail());
    }
  }

  @Test
  void problemsBeyondTheCapAreCountedWithTheRightPluralInEachLanguage() {
    Detail one = Detail.limitProblems(1, 100);
    Detail many = Detail.limitProblems(7, 100);
    assertEquals("and 1 more problem, not listed: more than maxProblems = 100", one.in(Locale.ENGLISH));
    assertEquals("and 7 more problems, not listed: more than maxProblems = 100", many.in(Locale.ENGLISH));
    assertEquals("ja vielä 1 virhe, joita ei luetella: enemmän kuin maxProblems = 100", one.in(FI));
    assertEquals("ja vielä 7 virhettä, joita ei luetella: enemmän kuin maxProblems = 100", many.in(FI));
  }

  @Test
  void everyKeyIsInTheThreeBundlesWithTheArgumentsItDeclares() {
    for (String language : List.of("fi", "sv", "en")) {
      Set<String> keys = new HashSet<>();
      for (Key key : Key.values()) {
        String template = Detail.bundle(language).get(key.key);
        assertTrue(template != null, key.key + " missing in problems_" + language);
        assertEquals(Set.copyOf(key.arguments), Set.copyOf(Detail.argumentNames(template)),
            key.key + " in problems_" + language + ": " + template);
        keys.add(key.key);
      }
      assertEquals(keys, Detail.bundle(language).keySet(), "keys of problems_" + language + " no Key declares");
    }
  }

  @Test
  void aDetailNeedsExactlyTheArgumentsItsKeyDeclares() {
    assertThrows(IllegalArgumentException.class, () -> Detail.expect(Key.TYPE_WRONG));
    assertThrows(IllegalArgumentException.class, () -> Detail.want(Key.WANT_FORMAT));
    assertEquals(Detail.syntaxDuplicate("a"), Detail.syntaxDuplicate("a"));
    assertNotEquals(Detail.syntaxDuplicate("a"), Detail.syntaxDuplicate("b"));
  }
}
