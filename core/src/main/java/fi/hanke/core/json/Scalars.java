package fi.hanke.core.json;

import static fi.hanke.core.json.SchemaBuilder.object;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fi.hanke.core.json.Detail.Key;
import fi.hanke.core.json.JsonProblem.Kind;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.core.work.MonthPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.javamoney.moneta.FastMoney;

/**
 * The codecs of single values: strings, booleans, integers, decimals, amounts, dates, month periods, business
 * ids, enum constants and catalogue entries. Each one checks its text by hand before it converts it, so that no
 * parser of the JDK ever sees unchecked input (no {@code BigDecimal} of an exponent, no date parser exceptions).
 */
final class Scalars {
  private Scalars() {}

  /** Euros: an optional minus, digits, and at most two decimals. */
  static final String AMOUNT_PATTERN = "^-?[0-9]+(\\.[0-9]{1,2})?$";
  /**
   * The most digits an amount may have with its two decimals: 15, below 10 000 000 000 000 € (ten thousand times
   * the whole EU budget of a year), well within the range of an amount ({@link Eur#MAX}, 92 233 720 368 547,75 €).
   * Sums are the model's: a document whose lines add up beyond that range is refused when the model is built,
   * with the model's message at the document's path.
   */
  static final int AMOUNT_DIGITS = 15;

  static final Codec<String> STRING = new Text<>(null, Detail.want(Key.WANT_STRING)) {
    @Override
    String parse(Reading in, String text) {
      return text;
    }

    @Override
    String format(String value) {
      return value;
    }

    @Override
    Map<String, Object> inline() {
      return object("type", "string");
    }
  };

  static final Codec<String> NON_BLANK = new Text<>(null, Detail.want(Key.WANT_STRING)) {
    @Override
    String parse(Reading in, String text) {
      if (text.isBlank()) {
        in.report(Kind.INVALID_VALUE, text, Detail.valueBlank());
        return null;
      }
      return text;
    }

    @Override
    String format(String value) {
      return value;
    }

    @Override
    Map<String, Object> inline() {
      return object("type", "string", "pattern", "\\S");
    }
  };

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    Boolean read(Reading in) throws IOException {
      JsonToken token = in.parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      in.wrongType(Detail.want(Key.WANT_BOOLEAN));
      return null;
    }

    @Override
    void write(JsonGenerator out, Boolean value) throws IOException {
      out.writeBoolean(value);
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      return object("type", "boolean");
    }
  };

  /** A 32-bit integer, e.g. a priority's number. */
  static final Codec<Integer> INTEGER = new Whole<>(Integer.MIN_VALUE, Integer.MAX_VALUE, Long::intValue);

  /** A count: a non-negative 64-bit integer, e.g. a target's quantity. */
  static final Codec<Long> COUNT = new Whole<>(0, Long.MAX_VALUE, Long::valueOf);

  /** A non-negative exact decimal written as a string, e.g. assessment points {@code "20.5"}. */
  static final Codec<BigDecimal> DECIMAL = new Decimal<>("Decimal", false, n -> n, n -> n,
      "Desimaaliluku (sv. decimaltal): a non-negative exact decimal as a string, such as \"20.5\"; the scale is"
          + " kept (\"20.50\" stays \"20.50\").");

  /** A percentage as its percent number written as a string: {@code "40"} for 40 %, {@code "1.5"} for 1.5 %. */
  static final Codec<Percentage> PERCENTAGE = new Decimal<>("Percentage", false, Percentage::of, Percentage::value,
      "Prosenttiosuus (sv. procentandel): the percent number as an exact decimal string, \"40\" for 40 %,"
          + " \"1.5\" for 1.5 %; written without trailing zeros.");

  static final Codec<FastMoney> AMOUNT = new Decimal<>("Amount", true, Eur::of, Eur::decimal,
      "Euromäärä (sv. eurobelopp): euros to the cent as a string, never a JSON number, such as \"273907.00\"; read"
          + " with an optional minus and up to two decimals, written with exactly two; at most " + AMOUNT_DIGITS
          + " digits.") {
    @Override
    boolean check(Reading in, String text, int integerDigits, int decimals) {
      if (decimals > 2) {
        in.report(Kind.SUB_CENT_AMOUNT, text, Detail.amountSubCent());
        return false;
      }
      if (integerDigits + 2 > AMOUNT_DIGITS) {
        in.report(Kind.INVALID_VALUE, text, Detail.amountDigits(AMOUNT_DIGITS));
        return false;
      }
      return true;
    }

    /**
     * The amount straight from its cents, the same as {@link Eur#of(BigDecimal)} of the number: the checks leave at
     * most two decimals and {@value #AMOUNT_DIGITS} digits with the cents, far inside the range. Three
     * {@code BigDecimal}s an amount fewer, and nothing to remember.
     */
    @Override
    FastMoney ofUnscaled(Reading in, long unscaled, int decimals, int digits) {
      return Eur.ofCents(decimals == 2 ? unscaled : decimals == 1 ? unscaled * 10 : unscaled * 100);
    }

    @Override
    void checkWritable(JsonGenerator out, String text, int integerDigits, int decimals) {
      if (integerDigits + 2 > AMOUNT_DIGITS) {
        throw new IllegalArgumentException("hanke/1 holds amounts of at most " + AMOUNT_DIGITS
            + " digits with their cents; cannot write " + text + " at " + Writing.where(out));
      }
    }
  };

  static final Codec<LocalDate> DATE = new Text<>("Date", Detail.want(Key.WANT_DATE)) {
    @Override
    LocalDate parse(Reading in, String text) {
      LocalDate date = parseOptimistically(in, text.toCharArray(), 0, text.length());
      if (date != null) {
        return date;
      }
      if (text.length() == 10 && digits(text, 0) == 4 && text.charAt(4) == '-' && digits(text, 5) == 2
          && text.charAt(7) == '-' && digits(text, 8) == 2) { // the form, but no such date
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        in.report(Kind.INVALID_VALUE, text, month < 1 || month > 12 ? Detail.noSuchMonth(month)
            : Detail.noSuchDay(day, month, year, YearMonth.of(year, month).lengthOfMonth()));
      } else {
        in.report(Kind.INVALID_VALUE, text, Detail.dateForm());
      }
      return null;
    }

    /**
     * The date that the characters are, if they are one of the form YYYY-MM-DD; anything else, {@link #parse}
     * reports. Both passes decide here what a date is: the optimistic one from the parser's characters.
     */
    @Override
    LocalDate parseOptimistically(Reading in, char[] chars, int offset, int length) {
      if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
        return null;
      }
      int year = number(chars, offset, 4);
      int month = number(chars, offset + 5, 2);
      int day = number(chars, offset + 8, 2);
      boolean exists = year >= 0 && month >= 1 && month <= 12 && day >= 1
          && (day <= 28 || day <= YearMonth.of(year, month).lengthOfMonth());
      return exists ? LocalDate.of(year, month, day) : null;
    }

    @Override
    String format(LocalDate value) {
      requireFourDigitYear(value.getYear(), value);
      return value.toString();
    }

    @Override
    Map<String, Object> inline() {
      return object("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description",
          "Päivämäärä (sv. datum): an ISO-8601 calendar date YYYY-MM-DD, such as \"2025-09-01\".");
    }
  };

  static final Codec<MonthPeriod> MONTH_PERIOD = new Text<>("MonthPeriod", Detail.want(Key.WANT_MONTH_PERIOD)) {
    @Override
    MonthPeriod parse(Reading in, String text) {
      MonthPeriod period = parseOptimistically(in, text.toCharArray(), 0, text.length());
      if (period != null) {
        return period;
      }
      if (text.length() == 15 && isMonth(text, 0) && text.charAt(7) == '/' && isMonth(text, 8)) { // the form, but no such month
        int first = number(text, 5, 7);
        in.report(Kind.INVALID_VALUE, text, Detail.noSuchMonth(first < 1 || first > 12 ? first : number(text, 13, 15)));
      } else {
        in.report(Kind.INVALID_VALUE, text, Detail.periodForm());
      }
      return null;
    }

    /**
     * The period that the characters are, if they are one of the form YYYY-MM/YYYY-MM; anything else,
     * {@link #parse} reports. Both passes decide here what a period is: the optimistic one from the parser's
     * characters.
     */
    @Override
    MonthPeriod parseOptimistically(Reading in, char[] chars, int offset, int length) {
      if (length != 15 || chars[offset + 4] != '-' || chars[offset + 7] != '/' || chars[offset + 12] != '-') {
        return null;
      }
      int startYear = number(chars, offset, 4);
      int first = number(chars, offset + 5, 2);
      int endYear = number(chars, offset + 8, 4);
      int last = number(chars, offset + 13, 2);
      boolean exists = startYear >= 0 && endYear >= 0 && first >= 1 && first <= 12 && last >= 1 && last <= 12;
      return exists ? MonthPeriod.of(YearMonth.of(startYear, first), YearMonth.of(endYear, last)) : null;
    }

    private boolean isMonth(String text, int at) {
      return digits(text, at) == 4 && text.charAt(at + 4) == '-' && digits(text, at + 5) == 2;
    }

    @Override
    String format(MonthPeriod value) {
      requireFourDigitYear(value.start().getYear(), value);
      requireFourDigitYear(value.end().getYear(), value);
      return value.start() + "/" + value.end();
    }

    @Override
    Map<String, Object> inline() {
      String month = "[0-9]{4}-(0[1-9]|1[0-2])";
      return object("type", "string", "pattern", "^" + month + "/" + month + "$", "description",
          "Ajanjakso kuukausina (sv. period i månader): the first and the last month, both included, as an"
              + " ISO-8601 interval YYYY-MM/YYYY-MM; \"9/25-8/27\" in a work plan is \"2025-09/2027-08\". An end"
              + " before the start is representable (a rule reports it).");
    }
  };

  static final Codec<BusinessId> BUSINESS_ID = new Text<>("BusinessId", Detail.want(Key.WANT_BUSINESS_ID)) {
    @Override
    BusinessId parse(Reading in, String text) {
      if (text.length() == 9 && digits(text, 0) == 7 && text.charAt(7) == '-' && digits(text, 8) == 1) {
        return BusinessId.parse(text);
      }
      in.report(Kind.MALFORMED_BUSINESS_ID, text, Detail.businessIdForm());
      return null;
    }

    @Override
    String format(BusinessId value) {
      return value.toString();
    }

    @Override
    Map<String, Object> inline() {
      return object("type", "string", "pattern", "^[0-9]{7}-[0-9]$", "description",
          "Y-tunnus (sv. FO-nummer): seven digits, a hyphen and a check digit, such as \"0600598-8\". A wrong"
              + " check digit is accepted: the model holds what documents say and a rule reports it.");
    }
  };

  /** A calendar year as a map key, e.g. {@code "2025"} in a cost line's amounts by year. */
  static final Text<Year> YEAR = new Text<>(null, Detail.want(Key.WANT_YEAR)) {
    @Override
    Year parse(Reading in, String text) {
      if (text.length() == 4 && digits(text, 0) == 4) {
        return Year.of(number(text, 0, 4));
      }
      in.report(Kind.INVALID_VALUE, text, Detail.yearForm());
      return null;
    }

    @Override
    String format(Year value) {
      requireFourDigitYear(value.getValue(), value);
      return String.format("%04d", value.getValue());
    }

    @Override
    Map<String, Object> inline() {
      return object("pattern", "^[0-9]{4}$");
    }
  };

  /** The regions of the bundled catalogue by their two-digit code. */
  static final Codec<Region> REGION = new Lookup<>("RegionCode", Regions.finland().regions(), Region::code,
      Detail.lookupRegion(), "Maakunta (sv. landskap): the two-digit statistical code of Statistics Finland's classification,"
          + " such as \"12\" for Pohjois-Karjala; the region is the entry of the bundled catalogue"
          + " (Regions.finland()) with that code.");

  /** The municipalities of the bundled catalogue, past ones included, by their three-digit code. */
  static final Codec<Municipality> MUNICIPALITY = new Lookup<>("MunicipalityCode",
      Regions.finland().municipalities(), Municipality::code, Detail.lookupMunicipality(),
      "Kunta (sv. kommun): the three-digit municipality code of Statistics Finland, such as \"090\" for"
          + " Heinävesi; the municipality is the entry of the bundled catalogue (Regions.finland()) with that code,"
          + " with its dated region memberships. Municipalities that no longer exist (099 Honkajoki) are included.");

  /**
   * @param type an enum of the model
   * @param <E> the enum
   * @return the codec that writes a constant by its name and reads only the exact names
   */
  static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    return new Lookup<>(null, Arrays.asList(type.getEnumConstants()), Enum::name,
        Detail.lookupEnum(type.getSimpleName()), null);
  }

  /** Fails the writing of a year that a four-digit ISO form cannot hold. */
  static void requireFourDigitYear(int year, Object value) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("hanke/1 writes years 0000 to 9999 only; cannot write " + value);
    }
  }

  /**
   * Checks that a text is a plain decimal: an optional minus (if {@code signed}), digits, and optionally a point
   * and more digits; no exponent, no spaces.
   *
   * @return the number of digits before the point in the high 32 bits and after it in the low 32 bits, or -1
   *     if the text is not of that form
   */
  static long decimalShape(String text, boolean signed) {
    int start = signed && !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
    int integerDigits = digits(text, start);
    int end = start + integerDigits;
    int decimals = 0;
    if (integerDigits > 0 && end < text.length() && text.charAt(end) == '.') {
      decimals = digits(text, end + 1);
      end = decimals == 0 ? -1 : end + 1 + decimals;
    }
    return integerDigits == 0 || end != text.length() ? -1 : (long) integerDigits << 32 | decimals;
  }

  /** @return how many ASCII digits stand in {@code text} from {@code at} on */
  static int digits(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - at;
  }

  /** @return the number of the ASCII digits from {@code from} to {@code to}, at most nine of them */
  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + text.charAt(i) - '0';
    }
    return n;
  }

  /** @return the number of the {@code count} ASCII digits from {@code from} on, or -1 if one of them is not a digit */
  private static int number(char[] chars, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + c - '0';
    }
    return n;
  }

  /** A value written as a JSON string: read from a string token only, then parsed and checked by hand. */
  abstract static class Text<V> extends Codec<V> {
    private final String definition;
    private final Detail expected;

    /**
     * @param definition the name under {@code $defs}, or null for an inline schema
     * @param expected what a wrong-type problem says is expected
     */
    Text(String definition, Detail expected) {
      this.definition = definition;
      this.expected = expected;
    }

    @Override
    final V read(Reading in) throws IOException {
      JsonParser parser = in.parser;
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        in.wrongType(expected);
        return null;
      }
      char[] chars = parser.getTextCharacters();
      int offset = parser.getTextOffset();
      int length = parser.getTextLength();
      if (in.optimistic) {
        V value = parseOptimistically(in, chars, offset, length);
        if (value != null) {
          return value;
        }
      }
      int lone = Writing.loneSurrogate(chars, offset, length); // in the characters, before a String is made
      if (lone >= 0) {
        in.report(Kind.INVALID_VALUE, null, Detail.loneSurrogate(chars[offset + lone], lone + 1));
        return null;
      }
      return parse(in, parser.getText());
    }

    /** @return the value, or null after reporting a problem at the current token */
    abstract V parse(Reading in, String text);

    /**
     * In an {@linkplain Reading#optimistic optimistic} pass, the value straight from the parser's characters,
     * without a {@code String}; the same value {@link #parse} gives for their text.
     *
     * @return the value, or null to have {@link #parse} read the text (by default, always)
     */
    V parseOptimistically(Reading in, char[] chars, int offset, int length) {
      return null;
    }

    abstract String format(V value);

    @Override
    final void write(JsonGenerator out, V value) throws IOException {
      String text = format(value);
      checkWritable(out, text);
      out.writeString(text);
    }

    /** Fails the writing of a text that the reader of the generator's limits would refuse; nothing by default. */
    void checkWritable(JsonGenerator out, String text) {
    }

    @Override
    final Map<String, Object> schema(SchemaBuilder schema) {
      return definition == null ? inline() : schema.ref(definition, this::inline);
    }

    abstract Map<String, Object> inline();
  }

  /** A whole number within a range; a fraction, an exponent or a number out of range is refused. */
  static final class Whole<V extends Number> extends Codec<V> {
    private final long min;
    private final long max;
    private final Function<Long, V> box;

    Whole(long min, long max, Function<Long, V> box) {
      this.min = min;
      this.max = max;
      this.box = box;
    }

    @Override
    V read(Reading in) throws IOException {
      JsonParser parser = in.parser;
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT) {
        in.wrongType(Detail.want(Key.WANT_INTEGER));
        return null;
      }
      JsonParser.NumberType type = parser.getNumberType(); // the parser's own number, without a String of it
      if (type != JsonParser.NumberType.BIG_INTEGER) {
        long value = parser.getLongValue();
        if (value >= min && value <= max) {
          return box.apply(value);
        }
      }
      // beyond the range, or beyond a long's and so beyond every range here
      in.report(Kind.INVALID_VALUE, parser.getText(), Detail.integerRange(min, max));
      return null;
    }

    @Override
    void write(JsonGenerator out, V value) throws IOException {
      out.writeNumber(value.longValue());
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      return object("type", "integer", "minimum", min, "maximum", max);
    }
  }

  /**
   * An exact decimal written as a string without exponent: non-negative, or with an optional minus if
   * {@code signed}. The text is checked by hand, and against the limit on numbers, before {@code BigDecimal}
   * sees it.
   */
  static class Decimal<V> extends Text<V> {
    private final boolean signed;
    private final Function<BigDecimal, V> of;
    private final Function<V, BigDecimal> number;
    private final String description;

    Decimal(String definition, boolean signed, Function<BigDecimal, V> of, Function<V, BigDecimal> number,
        String description) {
      super(definition, Detail.want(signed ? Key.WANT_AMOUNT : Key.WANT_DECIMAL));
      this.signed = signed;
      this.of = of;
      this.number = number;
      this.description = description;
    }

    @Override
    final V parse(Reading in, String text) {
      long shape = decimalShape(text, signed);
      if (shape < 0) {
        in.report(Kind.INVALID_VALUE, text, Detail.decimalForm(signed));
        return null;
      }
      int integerDigits = (int) (shape >>> 32);
      int decimals = (int) shape;
      if (integerDigits + decimals > in.limits.maxNumberLength()) {
        in.report(Kind.LIMIT_EXCEEDED, text, Detail.limitNumberDigits(integerDigits + decimals,
            in.limits.maxNumberLength()));
        return null;
      }
      return check(in, text, integerDigits, decimals) ? of.apply(new BigDecimal(text)) : null;
    }

    /**
     * A plain decimal of at most 18 digits within the limit on numbers, as {@code BigDecimal.valueOf(unscaled,
     * scale)}: the same number and scale as {@code new BigDecimal(text)}. Anything else, the text reads.
     */
    @Override
    final V parseOptimistically(Reading in, char[] chars, int offset, int length) {
      int end = offset + length;
      int i = signed && length > 0 && chars[offset] == '-' ? offset + 1 : offset;
      boolean negative = i > offset;
      long unscaled = 0;
      int integerDigits = 0;
      for (; i < end && chars[i] >= '0' && chars[i] <= '9'; i++, integerDigits++) {
        unscaled = unscaled * 10 + (chars[i] - '0');
      }
      int decimals = 0;
      if (integerDigits > 0 && i < end && chars[i] == '.') {
        for (i++; i < end && chars[i] >= '0' && chars[i] <= '9'; i++, decimals++) {
          unscaled = unscaled * 10 + (chars[i] - '0');
        }
        if (decimals == 0) {
          return null;
        }
      }
      if (integerDigits == 0 || i != end || integerDigits + decimals > 18
          || integerDigits + decimals > in.limits.maxNumberLength() || !check(in, null, integerDigits, decimals)) {
        return null; // a check that fails has given up the optimistic pass already
      }
      return ofUnscaled(in, negative ? -unscaled : unscaled, decimals, integerDigits + decimals);
    }

    /**
     * The value of {@code unscaled / 10^decimals}, a number of at most 18 digits that the checks have passed:
     * made through {@code BigDecimal}, and remembered for the rest of the document up to 17 digits.
     */
    V ofUnscaled(Reading in, long unscaled, int decimals, int digits) {
      if (digits > 17) {
        return of.apply(BigDecimal.valueOf(unscaled, decimals));
      }
      long key = unscaled * 32 + decimals; // one key per number and scale
      @SuppressWarnings("unchecked") // what this codec remembered
      V value = (V) in.recall(this, key);
      if (value == null) {
        value = of.apply(BigDecimal.valueOf(unscaled, decimals));
        in.remember(this, key, value);
      }
      return value;
    }

    /**
     * Checks what the value's type adds to the form; reports and returns false if it is not met.
     *
     * @param text the text, for the problem; null in an optimistic pass, which reports nothing
     */
    boolean check(Reading in, String text, int integerDigits, int decimals) {
      return true;
    }

    @Override
    final void checkWritable(JsonGenerator out, String text) {
      long shape = decimalShape(text, signed);
      int integerDigits = (int) (shape >>> 32);
      int decimals = (int) shape;
      int max = Writing.limits(out).maxNumberLength();
      if (integerDigits + decimals > max) {
        throw new IllegalArgumentException("hanke/1 holds numbers of at most maxNumberLength = " + max
            + " digits; cannot write " + JsonProblem.shorten(text) + " (" + (integerDigits + decimals) + " digits) at "
            + Writing.where(out));
      }
      checkWritable(out, text, integerDigits, decimals);
    }

    /** Fails the writing of what the value's type adds to the form; nothing by default. */
    void checkWritable(JsonGenerator out, String text, int integerDigits, int decimals) {
    }

    @Override
    final String format(V value) {
      return number.apply(value).toPlainString();
    }

    @Override
    final Map<String, Object> inline() {
      return object("type", "string", "pattern", signed ? AMOUNT_PATTERN : "^[0-9]+(\\.[0-9]+)?$", "description",
          description);
    }
  }

  /**
   * A value named by a string key: an enum constant by its name, or a catalogue entry by its code. Writing a
   * value that is not the one its key names (a region built by hand that differs from the catalogue's) fails.
   */
  static final class Lookup<V> extends Codec<V> {
    private final String definition;
    private final Map<String, V> byKey = new LinkedHashMap<>();
    /** The keys of {@link #byKey} and their values, by index. */
    private final NameTable keys;
    private final List<V> values;
    private final Function<V, String> key;
    private final Detail what;
    private final String description;

    Lookup(String definition, List<V> values, Function<V, String> key, Detail what, String description) {
      this.definition = definition;
      this.key = key;
      this.what = what;
      this.description = description;
      for (V value : values) {
        byKey.put(key.apply(value), value);
      }
      this.keys = new NameTable(new ArrayList<>(byKey.keySet()));
      this.values = new ArrayList<>(byKey.values());
    }

    @Override
    V read(Reading in) throws IOException {
      JsonParser parser = in.parser;
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        in.wrongType(Detail.wantLookup(what));
        return null;
      }
      int found = keys.indexOf(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (found >= 0) { // without a String of the text
        return values.get(found);
      }
      String text = parser.getText();
      V value = byKey.get(text);
      if (value == null) {
        in.report(Kind.INVALID_VALUE, text, Detail.lookupUnknown(what, new ArrayList<>(byKey.keySet()), 25));
      }
      return value;
    }

    @Override
    void write(JsonGenerator out, V value) throws IOException {
      String k = key.apply(value);
      if (!value.equals(byKey.get(k))) {
        throw new IllegalArgumentException("hanke/1 writes " + what + " by its code " + k
            + ", but the value is not the catalogue's entry with that code: " + value);
      }
      out.writeString(k);
    }

    @Override
    Map<String, Object> schema(SchemaBuilder schema) {
      if (definition == null) {
        return inline();
      }
      return schema.ref(definition, this::inline);
    }

    private Map<String, Object> inline() {
      Map<String, Object> s = object("type", "string", "enum", new ArrayList<>(byKey.keySet()));
      if (description != null) {
        s.put("description", description);
      }
      return s;
    }
  }
}
