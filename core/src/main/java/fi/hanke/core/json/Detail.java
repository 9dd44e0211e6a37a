package fi.hanke.core.json;

import fi.hanke.core.internal.Placeholders;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;

/**
 * What is wrong and what is expected, in a reader's problem (<i>virheen tarkenne</i>, sv. <i>felets detaljer</i>):
 * a message key of the reader's bundles ({@code problems_fi/sv/en.properties} beside this class) and its
 * arguments, rendered in the reader's language when a person asks. Each key declares the names of its arguments
 * once, in {@link Key}; each key is made by one factory method whose parameters give the arguments their types.
 *
 * <p>An argument is a string, a number (written as digits, without grouping: limits read as {@code 100000}) or
 * another detail, rendered in the same language. Immutable.
 */
final class Detail {

  /** The message keys of the reader and the names of their arguments. */
  enum Key {
    // syntax: what Jackson refused, and the reader's own refusals before or after Jackson
    SYNTAX_EMPTY("syntax.empty"),
    SYNTAX_AFTER_DOCUMENT("syntax.afterDocument"),
    SYNTAX_CHARACTER("syntax.character", "character", "code", "expected"),
    SYNTAX_CHARACTER_IN_NUMBER("syntax.characterInNumber", "character", "code", "expected"),
    SYNTAX_CONTROL_CHARACTER("syntax.controlCharacter", "code"),
    SYNTAX_ESCAPE("syntax.escape", "character", "code"),
    SYNTAX_END_IN_STRING("syntax.endInString"),
    SYNTAX_END_IN_NAME("syntax.endInName"),
    SYNTAX_END_IN_OBJECT("syntax.endInObject", "line", "column"),
    SYNTAX_END_IN_ARRAY("syntax.endInArray", "line", "column"),
    SYNTAX_END("syntax.end"),
    SYNTAX_CLOSE_MISMATCH("syntax.closeMismatch", "found", "expected", "line", "column"),
    SYNTAX_CLOSE_NOTHING("syntax.closeNothing", "found"),
    SYNTAX_DUPLICATE("syntax.duplicate", "field"),
    SYNTAX_TOKEN("syntax.token", "token"),
    SYNTAX_NON_STANDARD("syntax.nonStandard", "token"),
    SYNTAX_LEADING_ZERO("syntax.leadingZero"),
    SYNTAX_NUMBER("syntax.number"),
    SYNTAX_UTF8("syntax.utf8", "byte"),
    SYNTAX_NOT_UTF8("syntax.notUtf8", "byte"),
    SYNTAX_START_CHARACTER("syntax.startCharacter", "character"),
    SYNTAX_START_BYTE("syntax.startByte", "byte"),
    SYNTAX_OPENING("syntax.opening"),
    SYNTAX_OTHER("syntax.other"),
    // what the syntax expected where it found a character
    EXPECT_VALUE("expect.value"),
    EXPECT_NAME("expect.name"),
    EXPECT_COLON("expect.colon"),
    EXPECT_COMMA_IN_OBJECT("expect.commaInObject"),
    EXPECT_COMMA_IN_ARRAY("expect.commaInArray"),
    EXPECT_HEX_DIGIT("expect.hexDigit"),
    EXPECT_DIGIT("expect.digit"),
    EXPECT_DIGIT_AFTER_MINUS("expect.digitAfterMinus"),
    EXPECT_DIGIT_AFTER_POINT("expect.digitAfterPoint"),
    EXPECT_DIGIT_IN_EXPONENT("expect.digitInExponent"),
    EXPECT_SEPARATOR("expect.separator"),
    EXPECT_NO_COMMENT("expect.noComment"),
    EXPECT_JSON("expect.json"),
    // limits
    LIMIT_PROBLEMS("limit.problems", "count", "max"),
    LIMIT_DEPTH("limit.depth", "max"),
    LIMIT_DOCUMENT("limit.document", "max"),
    LIMIT_DOCUMENT_CHARACTERS("limit.documentCharacters", "length", "max"),
    LIMIT_LINE_CHARACTERS("limit.lineCharacters", "length", "max"),
    LIMIT_LINE_BYTES("limit.lineBytes", "length", "max"),
    LIMIT_STRING("limit.string", "max"),
    LIMIT_NUMBER("limit.number", "max"),
    LIMIT_NUMBER_DIGITS("limit.numberDigits", "digits", "max"),
    LIMIT_ARRAY("limit.array", "max"),
    LIMIT_READER("limit.reader"),
    // a value of the wrong JSON type: what was expected and what was found
    TYPE_WRONG("type.wrong", "expected", "found"),
    WANT_DOCUMENT("want.document"),
    WANT_FORMAT("want.format", "format"),
    WANT_KIND("want.kind"),
    WANT_OBJECT_OF("want.objectOf", "type"),
    WANT_OBJECT("want.object"),
    WANT_ARRAY("want.array"),
    WANT_BOOLEAN("want.boolean"),
    WANT_INTEGER("want.integer"),
    WANT_STRING("want.string"),
    WANT_YEAR("want.year"),
    WANT_DATE("want.date"),
    WANT_MONTH_PERIOD("want.monthPeriod"),
    WANT_BUSINESS_ID("want.businessId"),
    WANT_AMOUNT("want.amount"),
    WANT_DECIMAL("want.decimal"),
    WANT_LOOKUP("want.lookup", "what"),
    FOUND_OBJECT("found.object"),
    FOUND_ARRAY("found.array"),
    FOUND_STRING("found.string"),
    FOUND_INTEGER("found.integer"),
    FOUND_FRACTION("found.fraction"),
    FOUND_BOOLEAN("found.boolean"),
    FOUND_NULL("found.null"),
    FOUND_OTHER("found.other", "token"),
    // the document: format and kind
    FORMAT_MISSING("format.missing", "format"),
    FORMAT_UNSUPPORTED("format.unsupported", "format"),
    KIND_MISSING("kind.missing"),
    KIND_INVALID("kind.invalid"),
    KIND_EXPECTED("kind.expected", "expected", "found"),
    KIND_MISMATCH("kind.mismatch", "kind", "before"),
    // fields and the model
    FIELD_UNKNOWN_IN_DOCUMENT("field.unknownInDocument", "field"),
    FIELD_UNKNOWN("field.unknown", "field", "type", "fields"),
    FIELD_MISSING("field.missing", "field", "type"),
    MODEL_REFUSED("model.refused", "type", "reason"),
    MODEL_REFUSED_VALUE("model.refusedValue", "reason"),
    // scalars
    VALUE_BLANK("value.blank"),
    STRING_LONE_SURROGATE("string.loneSurrogate", "code", "position"),
    INTEGER_RANGE("integer.range", "min", "max"),
    AMOUNT_SUB_CENT("amount.subCent"),
    AMOUNT_DIGITS("amount.digits", "max"),
    DECIMAL_FORM_SIGNED("decimal.formSigned"),
    DECIMAL_FORM("decimal.form"),
    DATE_FORM("date.form"),
    DATE_NO_SUCH_MONTH("date.noSuchMonth", "month"),
    DATE_NO_SUCH_DAY("date.noSuchDay", "day", "month", "year", "days"),
    PERIOD_FORM("period.form"),
    BUSINESS_ID_FORM("businessId.form"),
    YEAR_FORM("year.form"),
    LOOKUP_REGION("lookup.region"),
    LOOKUP_MUNICIPALITY("lookup.municipality"),
    LOOKUP_ENUM("lookup.enum", "type"),
    LOOKUP_UNKNOWN("lookup.unknown", "what", "allowed"),
    LOOKUP_UNKNOWN_MANY("lookup.unknownMany", "what", "allowed", "count");

    final String key;
    final List<String> arguments;

    Key(String key, String... arguments) {
      this.key = key;
      this.arguments = List.of(arguments);
    }
  }

  private final Key key;
  private final Object[] values;

  private Detail(Key key, Object... values) {
    if (values.length != key.arguments.size()) {
      throw new IllegalArgumentException(key.key + " takes " + key.arguments + ", given " + values.length);
    }
    for (Object v : values) {
      Objects.requireNonNull(v, key.key);
    }
    this.key = key;
    this.values = values;
  }

  Key key() {
    return key;
  }

  // ---- syntax

  static Detail syntaxEmpty() {
    return new Detail(Key.SYNTAX_EMPTY);
  }

  static Detail syntaxAfterDocument() {
    return new Detail(Key.SYNTAX_AFTER_DOCUMENT);
  }

  /** A character the syntax does not allow where it stands; {@code inNumber} while a number is read. */
  static Detail syntaxCharacter(int codePoint, Detail expected, boolean inNumber) {
    return new Detail(inNumber ? Key.SYNTAX_CHARACTER_IN_NUMBER : Key.SYNTAX_CHARACTER, shown(codePoint),
        code(codePoint), expected);
  }

  static Detail syntaxControlCharacter(int codePoint) {
    return new Detail(Key.SYNTAX_CONTROL_CHARACTER, code(codePoint));
  }

  static Detail syntaxEscape(int codePoint) {
    return new Detail(Key.SYNTAX_ESCAPE, shown(codePoint), code(codePoint));
  }

  static Detail syntaxEndInString() {
    return new Detail(Key.SYNTAX_END_IN_STRING);
  }

  static Detail syntaxEndInName() {
    return new Detail(Key.SYNTAX_END_IN_NAME);
  }

  /** The input ends inside an object or an array that started at a line and column. */
  static Detail syntaxEndIn(boolean array, int line, int column) {
    return new Detail(array ? Key.SYNTAX_END_IN_ARRAY : Key.SYNTAX_END_IN_OBJECT, line, column);
  }

  static Detail syntaxEnd() {
    return new Detail(Key.SYNTAX_END);
  }

  static Detail syntaxCloseMismatch(char found, char expected, int line, int column) {
    return new Detail(Key.SYNTAX_CLOSE_MISMATCH, String.valueOf(found), String.valueOf(expected), line, column);
  }

  static Detail syntaxCloseNothing(char found) {
    return new Detail(Key.SYNTAX_CLOSE_NOTHING, String.valueOf(found));
  }

  static Detail syntaxDuplicate(String field) {
    return new Detail(Key.SYNTAX_DUPLICATE, JsonProblem.shorten(field));
  }

  static Detail syntaxToken(String token) {
    return new Detail(Key.SYNTAX_TOKEN, JsonProblem.shorten(token));
  }

  static Detail syntaxNonStandard(String token) {
    return new Detail(Key.SYNTAX_NON_STANDARD, JsonProblem.shorten(token));
  }

  static Detail syntaxLeadingZero() {
    return new Detail(Key.SYNTAX_LEADING_ZERO);
  }

  static Detail syntaxNumber() {
    return new Detail(Key.SYNTAX_NUMBER);
  }

  /** A byte that is not UTF-8 where it stands in the text. */
  static Detail syntaxUtf8(int unit) {
    return new Detail(Key.SYNTAX_UTF8, hexByte(unit));
  }

  /** A byte among the first four that UTF-8 JSON never has there (NUL, 0xFE, 0xFF). */
  static Detail syntaxNotUtf8(int unit) {
    return new Detail(Key.SYNTAX_NOT_UTF8, hexByte(unit) + (unit == 0 ? " (NUL)" : ""));
  }

  static Detail syntaxStartCharacter(int codePoint) {
    return new Detail(Key.SYNTAX_START_CHARACTER, codePoint >= 0x20 && codePoint < 0x7F ? "'" + (char) codePoint
        + "'" : String.format("U+%04X", codePoint));
  }

  static Detail syntaxStartByte(int unit) {
    return new Detail(Key.SYNTAX_START_BYTE, hexByte(unit));
  }

  static Detail syntaxOpening() {
    return new Detail(Key.SYNTAX_OPENING);
  }

  static Detail syntaxOther() {
    return new Detail(Key.SYNTAX_OTHER);
  }

  /** What the syntax wanted where it found a character: one of the {@code EXPECT_} keys, which take nothing. */
  static Detail expect(Key key) {
    if (!key.name().startsWith("EXPECT_")) {
      throw new IllegalArgumentException("not an expectation: " + key);
    }
    return new Detail(key);
  }

  // ---- limits

  static Detail limitProblems(long count, int max) {
    return new Detail(Key.LIMIT_PROBLEMS, count, max);
  }

  static Detail limitDepth(int max) {
    return new Detail(Key.LIMIT_DEPTH, max);
  }

  static Detail limitDocument(long max) {
    return new Detail(Key.LIMIT_DOCUMENT, max);
  }

  static Detail limitDocumentCharacters(long length, long max) {
    return new Detail(Key.LIMIT_DOCUMENT_CHARACTERS, length, max);
  }

  static Detail limitLine(boolean bytes, long length, long max) {
    return new Detail(bytes ? Key.LIMIT_LINE_BYTES : Key.LIMIT_LINE_CHARACTERS, length, max);
  }

  static Detail limitString(int max) {
    return new Detail(Key.LIMIT_STRING, max);
  }

  static Detail limitNumber(int max) {
    return new Detail(Key.LIMIT_NUMBER, max);
  }

  static Detail limitNumberDigits(int digits, int max) {
    return new Detail(Key.LIMIT_NUMBER_DIGITS, digits, max);
  }

  static Detail limitArray(int max) {
    return new Detail(Key.LIMIT_ARRAY, max);
  }

  static Detail limitReader() {
    return new Detail(Key.LIMIT_READER);
  }

  // ---- types

  static Detail wrongType(Detail expected, Detail found) {
    return new Detail(Key.TYPE_WRONG, expected, found);
  }

  /** What a value of the wrong type should have been: one of the {@code WANT_} keys that take nothing. */
  static Detail want(Key key) {
    if (!key.name().startsWith("WANT_") || !key.arguments.isEmpty()) {
      throw new IllegalArgumentException("not a plain expectation of a type: " + key);
    }
    return new Detail(key);
  }

  static Detail wantFormat(String format) {
    return new Detail(Key.WANT_FORMAT, format);
  }

  static Detail wantObjectOf(String type) {
    return new Detail(Key.WANT_OBJECT_OF, type);
  }

  static Detail wantLookup(Detail what) {
    return new Detail(Key.WANT_LOOKUP, what);
  }

  /** The JSON type of a token, as a wrong-type problem names what it found. */
  static Detail found(com.fasterxml.jackson.core.JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return new Detail(Key.FOUND_OBJECT);
      case START_ARRAY:
        return new Detail(Key.FOUND_ARRAY);
      case VALUE_STRING:
        return new Detail(Key.FOUND_STRING);
      case VALUE_NUMBER_INT:
        return new Detail(Key.FOUND_INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new Detail(Key.FOUND_FRACTION);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Detail(Key.FOUND_BOOLEAN);
      case VALUE_NULL:
        return new Detail(Key.FOUND_NULL);
      default:
        return new Detail(Key.FOUND_OTHER, token.toString());
    }
  }

  // ---- the document

  static Detail formatMissing(String format) {
    return new Detail(Key.FORMAT_MISSING, format);
  }

  static Detail formatUnsupported(String format) {
    return new Detail(Key.FORMAT_UNSUPPORTED, format);
  }

  static Detail kindMissing() {
    return new Detail(Key.KIND_MISSING);
  }

  static Detail kindInvalid() {
    return new Detail(Key.KIND_INVALID);
  }

  static Detail kindExpected(String expected, String found) {
    return new Detail(Key.KIND_EXPECTED, expected, found);
  }

  static Detail kindMismatch(String kind, String before) {
    return new Detail(Key.KIND_MISMATCH, kind, before);
  }

  // ---- fields and the model

  static Detail fieldUnknownInDocument(String field) {
    return new Detail(Key.FIELD_UNKNOWN_IN_DOCUMENT, JsonProblem.shorten(field));
  }

  static Detail fieldUnknown(String field, String type, String fields) {
    return new Detail(Key.FIELD_UNKNOWN, JsonProblem.shorten(field), type, fields);
  }

  static Detail fieldMissing(String field, String type) {
    return new Detail(Key.FIELD_MISSING, field, type);
  }

  /**
   * The model refused the object it was to build; the reason is the model's own message (English), quoted.
   */
  static Detail modelRefused(String type, RuntimeException e) {
    return new Detail(Key.MODEL_REFUSED, type, String.valueOf(e.getMessage()));
  }

  static Detail modelRefusedValue(RuntimeException e) {
    return new Detail(Key.MODEL_REFUSED_VALUE, String.valueOf(e.getMessage()));
  }

  // ---- scalars

  static Detail valueBlank() {
    return new Detail(Key.VALUE_BLANK);
  }

  /** A lone surrogate, its position counted in characters from 1. */
  static Detail loneSurrogate(char surrogate, int position) {
    return new Detail(Key.STRING_LONE_SURROGATE, String.format("U+%04X", (int) surrogate), position);
  }

  static Detail integerRange(long min, long max) {
    return new Detail(Key.INTEGER_RANGE, min, max);
  }

  static Detail amountSubCent() {
    return new Detail(Key.AMOUNT_SUB_CENT);
  }

  static Detail amountDigits(int max) {
    return new Detail(Key.AMOUNT_DIGITS, max);
  }

  static Detail decimalForm(boolean signed) {
    return new Detail(signed ? Key.DECIMAL_FORM_SIGNED : Key.DECIMAL_FORM);
  }

  static Detail dateForm() {
    return new Detail(Key.DATE_FORM);
  }

  static Detail noSuchMonth(int month) {
    return new Detail(Key.DATE_NO_SUCH_MONTH, month);
  }

  static Detail noSuchDay(int day, int month, int year, int days) {
    return new Detail(Key.DATE_NO_SUCH_DAY, day, month, year, days);
  }

  static Detail periodForm() {
    return new Detail(Key.PERIOD_FORM);
  }

  static Detail businessIdForm() {
    return new Detail(Key.BUSINESS_ID_FORM);
  }

  static Detail yearForm() {
    return new Detail(Key.YEAR_FORM);
  }

  static Detail lookupRegion() {
    return new Detail(Key.LOOKUP_REGION);
  }

  static Detail lookupMunicipality() {
    return new Detail(Key.LOOKUP_MUNICIPALITY);
  }

  static Detail lookupEnum(String type) {
    return new Detail(Key.LOOKUP_ENUM, type);
  }

  /** A key that names no value; at most {@code shown} keys are listed. */
  static Detail lookupUnknown(Detail what, List<String> keys, int shown) {
    String listed = String.join(", ", keys.subList(0, Math.min(keys.size(), shown)));
    return keys.size() > shown ? new Detail(Key.LOOKUP_UNKNOWN_MANY, what, listed, keys.size())
        : new Detail(Key.LOOKUP_UNKNOWN, what, listed);
  }

  // ---- rendering

  private static String shown(int codePoint) {
    if (codePoint < 0x20 || codePoint == 0x7F || codePoint >= 0x80 && codePoint < 0xA0
        || Character.getType(codePoint) == Character.FORMAT || Character.isWhitespace(codePoint)) {
      return String.format("U+%04X", codePoint);
    }
    return "'" + new String(Character.toChars(codePoint)) + "'";
  }

  private static String code(int codePoint) {
    return codePoint < 0x80 ? Integer.toString(codePoint) : codePoint + " / " + String.format("0x%04X", codePoint);
  }

  private static String hexByte(int unit) {
    return String.format("0x%02X", unit);
  }

  private static final Map<String, Map<String, String>> BUNDLES = Map.of(
      "fi", load("fi"), "sv", load("sv"), "en", load("en"));

  private static Map<String, String> load(String language) {
    String name = "problems_" + language + ".properties";
    try (InputStream in = Detail.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("message bundle " + name + " is missing");
      }
      PropertyResourceBundle b = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> all = new HashMap<>();
      for (String key : b.keySet()) {
        all.put(key, b.getString(key));
      }
      return Map.copyOf(all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
  }

  /**
   * @param language fi, sv or en
   * @return the templates of that language by key
   */
  static Map<String, String> bundle(String language) {
    return BUNDLES.get(language);
  }

  /** @return fi, sv or en: the language of a locale, English for any other */
  static String language(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("fi") || language.equals("sv") ? language : "en";
  }

  /**
   * @param locale the language: fi, sv, else English
   * @return the detail in that language
   */
  String in(Locale locale) {
    String language = language(locale);
    String template = BUNDLES.get(language).get(key.key);
    if (template == null) {
      throw new IllegalStateException("no message " + key.key + " in problems_" + language);
    }
    return Placeholders.render(template, (name, spec, after, out) -> {
      int at = key.arguments.indexOf(name);
      if (at < 0) {
        return -1;
      }
      Object value = values[at];
      if (spec != null && spec.startsWith("choice,") && value instanceof Number) {
        out.append(new ChoiceFormat(spec.substring("choice,".length())).format(((Number) value).doubleValue()));
      } else {
        out.append(value instanceof Detail ? ((Detail) value).in(locale) : value);
      }
      return after;
    });
  }

  /**
   * The names of the arguments a template uses, without a {@code ,choice,…} part.
   *
   * @param template a template
   * @return the names between braces, each once, in order of first use
   */
  static List<String> argumentNames(String template) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (String name : Placeholders.names(template)) {
      if (name.matches("[A-Za-z]+")) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Detail && key == ((Detail) o).key && Arrays.equals(values, ((Detail) o).values);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(values);
  }

  /** @return the detail in English */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
