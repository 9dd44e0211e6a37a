package fi.hanke.core.json;

import fi.hanke.core.Term;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem the JSON reader found in a document (<i>JSON-asiakirjan virhe</i>, sv. <i>fel i JSON-dokumentet</i>):
 * what kind of problem, where (a JSONPath-like path such as {@code $.costEstimate.lines[2].applied}, and the line
 * and column of the offending token), the offending text and a detail: what is wrong and what is expected.
 *
 * <p>Immutable. {@link #message(Locale)} gives the whole problem in Finnish, Swedish or English, the detail
 * included ({@link #detail(Locale)}); each detail is a message of the reader's own bundles with its arguments,
 * never the text of the JSON parser underneath.
 */
public final class JsonProblem {

  /** The longest {@link #value()} kept; longer text is cut and ends in "…". */
  static final int MAX_VALUE_LENGTH = 80;

  /** The kind of a problem (<i>virheen laji</i>, sv. <i>typ av fel</i>). */
  public enum Kind {
    /** Virheellinen JSON (sv. ogiltig JSON): the text is not JSON, is cut short, or repeats a field name. */
    SYNTAX("Virheellinen JSON", "Ogiltig JSON", "Malformed JSON"),
    /** Tukematon muoto (sv. formatet stöds inte): {@code "format"} is missing or is not {@code "hanke/1"}. */
    UNSUPPORTED_FORMAT("Tukematon muoto", "Formatet stöds inte", "Unsupported format"),
    /** Tuntematon kenttä (sv. okänt fält): a field the format does not have. */
    UNKNOWN_FIELD("Tuntematon kenttä", "Okänt fält", "Unknown field"),
    /** Pakollinen kenttä puuttuu (sv. obligatoriskt fält saknas): a required field is absent. */
    MISSING_FIELD("Pakollinen kenttä puuttuu", "Obligatoriskt fält saknas", "Missing required field"),
    /** Väärä tyyppi (sv. fel typ): e.g. a number where a string is expected. */
    WRONG_TYPE("Väärä tyyppi", "Fel typ", "Wrong type"),
    /** Virheellinen arvo (sv. ogiltigt värde): a value of the right type that the format or the model refuses. */
    INVALID_VALUE("Virheellinen arvo", "Ogiltigt värde", "Invalid value"),
    /** Summa tarkempi kuin sentti (sv. belopp med bråkdelar av cent): an amount with more than two decimals. */
    SUB_CENT_AMOUNT("Summa tarkempi kuin sentti", "Belopp med bråkdelar av cent", "Amount finer than a cent"),
    /** Virheellinen Y-tunnus (sv. felaktigt FO-nummer): a business id not of the form NNNNNNN-C. */
    MALFORMED_BUSINESS_ID("Virheellinen Y-tunnus", "Felaktigt FO-nummer", "Malformed business id"),
    /** Raja ylittyy (sv. gränsen överskrids): the input exceeds one of the {@link JsonLimits}. */
    LIMIT_EXCEEDED("Raja ylittyy", "Gränsen överskrids", "Limit exceeded");

    private final Term label;

    Kind(String finnish, String swedish, String english) {
      this.label = Term.of(finnish, swedish, english);
    }

    /**
     * The name people read, in a language: Finnish, Swedish or English.
     *
     * @param locale the language; anything but sv and en gives Finnish
     * @return the name, e.g. "Raja ylittyy"
     */
    public String displayName(Locale locale) {
      return label.in(locale);
    }
  }

  private final Kind kind;
  private final String path;
  private final int line;
  private final int column;
  private final String value;
  private final Detail detail;

  JsonProblem(Kind kind, String path, int line, int column, String value, Detail detail) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.value = value == null ? null : shorten(value);
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The longest {@link #detail()} kept; longer text is cut and ends in "…". */
  static final int MAX_DETAIL_LENGTH = 1000;

  /** @return the text, or its first 79 characters and "…" if it is longer than 80 */
  static String shorten(String text) {
    return shorten(text, MAX_VALUE_LENGTH);
  }

  private static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** A copy on another line, for JSON Lines whose lines are parsed one by one. */
  JsonProblem onLine(int physicalLine) {
    return new JsonProblem(kind, path, physicalLine, column, value, detail);
  }

  /** @return the kind of problem */
  public Kind kind() {
    return kind;
  }

  /**
   * Where the problem is: {@code $} for the document, {@code $.name} for a field, {@code $.lines[2]} for an
   * element, {@code $['odd name']} for a name that is not an identifier. A missing field is reported at the path
   * it should have had.
   *
   * @return the JSONPath-like path
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending token (for a missing field: of its object's opening brace); in JSON Lines, the
   * physical line of the file.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending token: characters from the start of the line for text, bytes for an
   * {@code InputStream}.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * The offending text as it stands in the document (a string's content, a number's digits, a field's name),
   * at most 80 characters, cut with "…".
   *
   * @return the text, or empty when there is none (a missing field, an end of input)
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** @return what is wrong and what is expected, in English */
  public String detail() {
    return detail(Locale.ENGLISH);
  }

  /**
   * What is wrong and what is expected, in a language, at most 1000 characters (cut with "…").
   *
   * @param locale the language: {@code fi}, {@code sv}, else English
   * @return e.g. {@code odottamaton merkki '#' (koodi 35): odotettiin JSON-arvoa (…)}
   */
  public String detail(Locale locale) {
    return shorten(detail.in(locale), MAX_DETAIL_LENGTH);
  }

  /** @return the message key and arguments of the detail */
  Detail detailKey() {
    return detail;
  }

  /**
   * The whole problem for people: label, path, line and column, value and detail.
   *
   * @param locale the language: {@code fi}, {@code sv}, else English
   * @return e.g. {@code Tuntematon kenttä kohdassa $.nmae (rivi 3, sarake 3), arvo "nmae": tyypillä Project ei ole
   *     kenttää 'nmae'; …}
   */
  public String message(Locale locale) {
    String language = locale.getLanguage();
    String at;
    String lineWord;
    String columnWord;
    String valueWord;
    if (language.equals("fi")) {
      at = "kohdassa";
      lineWord = "rivi";
      columnWord = "sarake";
      valueWord = "arvo";
    } else if (language.equals("sv")) {
      at = "vid";
      lineWord = "rad";
      columnWord = "kolumn";
      valueWord = "värde";
    } else {
      at = "at";
      lineWord = "line";
      columnWord = "column";
      valueWord = "value";
      locale = Locale.ENGLISH;
    }
    StringBuilder b = new StringBuilder(kind.displayName(locale)).append(' ').append(at).append(' ').append(path)
        .append(" (").append(lineWord).append(' ').append(line).append(", ").append(columnWord).append(' ')
        .append(column).append(')');
    if (value != null) {
      b.append(", ").append(valueWord).append(" \"");
      escape(value, b);
      b.append('"');
    }
    return b.append(": ").append(detail(locale)).toString();
  }

  /** Escapes control characters so that a message stays on one line. */
  private static void escape(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonProblem)) {
      return false;
    }
    JsonProblem other = (JsonProblem) o;
    return kind == other.kind && path.equals(other.path) && line == other.line && column == other.column
        && Objects.equals(value, other.value) && detail.equals(other.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, line, column, value, detail);
  }

  /** @return the message in English */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
