package fi.hanke.core.json;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parser of the ordered pass over a document held as a {@code String} (<i>merkkijonon jäsennin</i>, sv.
 * <i>strängens tolkare</i>): JSON as RFC 8259 defines it, and no more, read straight from the characters.
 *
 * <p>Jackson's parser is general: it keeps every token's location, a context object per object and array, and a
 * table of the names it met, so that any caller can ask anything. The ordered pass ({@link OrderedReader}) asks for
 * the next field by name, for a value's characters and, rarely, for a name; a problem's location it never asks for,
 * since at any problem the document is read again with Jackson. This parser gives it that and nothing else: a name
 * expected next is compared with the input where it stands, a string without escapes is handed over where it lies in
 * the input, and nothing is kept of a token once the next is read.
 *
 * <p>It reads only what it is sure of, and gives the document up, throwing {@link Reading.Retry}, at anything else:
 * anything that is not JSON (a comma too many, a leading zero, a control character in a string, an escape JSON does
 * not have), a fraction or an exponent, an integer beyond a {@code long}, an object or array as deep as
 * {@link JsonLimits#maxDepth()}, a string or name longer than {@link JsonLimits#maxStringLength()}, an escaped
 * surrogate in a name (Jackson pairs those, and refuses one out of a pair), a second value after the document, and a
 * question it does not answer (a location, the parsing context). The caller then reads the
 * document again with Jackson, exactly, and every problem is Jackson's and the tables' as before. So what it returns
 * for a text is what Jackson's parser returns for it, token by token, or nothing.
 *
 * <p>Written by hand because no library does this job: Jackson's parsers cannot leave out their locations and
 * contexts, and a parser generated per type (DSL-JSON's, for instance) would be a second description of hanke/1
 * beside the tables. Not thread-safe: one per pass.
 */
final class StringParser extends ParserMinimalBase {
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;
  /**
   * Every name of hanke/1 (the tables' fields and the header's): a name read that is one of them is given as that
   * {@code String}, as Jackson gives a name from its table of names, instead of a new one each time.
   */
  private static final NameTable KNOWN = new NameTable(
      Stream.concat(Stream.of(OrderedReader.FORMAT.getValue(), OrderedReader.KIND.getValue()),
              Model.ALL.stream().flatMap(table -> table.fieldNames().stream()))
          .distinct()
          .collect(Collectors.toList()));
  /**
   * The longest text whose characters are kept in the recycler's buffer, as Jackson's own parser of a {@code String}
   * keeps them (a longer text it reads through a {@code Reader}): a thread's recycler does not keep a long document's
   * buffer after it.
   */
  private static final int RECYCLED = 0x8000;
  /** Jackson's default features: the parser answers no question they change, but its base keeps them. */
  private static final int FEATURES = Feature.collectDefaults();

  private final String text;
  /**
   * The text's characters, in a buffer of Jackson's recycler (the one its own parser of a {@code String} copies the
   * text into) up to {@link #RECYCLED} characters: a buffer of a whole document made for every read costs more than
   * reading it.
   */
  private final char[] in;
  /** Where {@link #in} goes back to on closing; null for a text longer than {@link #RECYCLED}. */
  private final BufferRecycler recycler;
  private final int end;
  private final int maxDepth;
  private final int maxString;
  private final int maxNumber;
  /** The index of the next character to read. */
  private int pos;

  /** By depth (1 for the document's own object or array): whether an object or an array is open there. */
  private byte[] kinds = new byte[16];
  /** By depth: whether the object or array there has had a member, so that the next must follow a comma. */
  private boolean[] filled = new boolean[16];
  /** By depth: the name of the object's current field. */
  private String[] names = new String[16];
  private int depth;
  /** Whether the document's value has begun: anything but white space after it is given up. */
  private boolean begun;

  /** Where the current string (without its quotes) or number lies in {@link #in}, unless {@link #escaped}. */
  private int start;
  /** The length of the current string or number; for a string with escapes, of its characters in {@link #scratch}. */
  private int length;
  /** The current string value, once asked for. */
  private String string;
  /** Whether the current string had escapes, and so lies in {@link #scratch}, not in {@link #in}; never a number. */
  private boolean escaped;
  /** The characters of a string with escapes. */
  private char[] scratch;
  /** Whether an escape of the current string stood for a surrogate. */
  private boolean escapedSurrogate;
  private long number;
  private boolean closed;

  /**
   * @param text the document
   * @param limits the limits of the reading: a document beyond them is given up, for Jackson to refuse
   * @param recycler the buffers of the thread's Jackson parsers (see {@link JsonFactory#_getBufferRecycler()}), for the
   *     characters of a text of at most {@link #RECYCLED} until {@link #close()}
   */
  StringParser(String text, JsonLimits limits, BufferRecycler recycler) {
    super(FEATURES, StreamReadConstraints.defaults());
    this.text = text;
    this.end = text.length();
    this.recycler = end <= RECYCLED ? recycler : null;
    this.in = end <= RECYCLED ? recycler.allocCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, end) : new char[end];
    text.getChars(0, end, in, 0);
    this.maxDepth = limits.maxDepth();
    this.maxString = limits.maxStringLength();
    this.maxNumber = limits.maxNumberLength();
  }

  /** @return what gives the document up: it is to be read again with Jackson */
  private static Reading.Retry giveUp() {
    return new Reading.Retry();
  }

  @Override
  public JsonToken nextToken() {
    string = null;
    if (_currToken == JsonToken.FIELD_NAME) {
      return _currToken = value(skip());
    }
    if (depth == 0) {
      int c = skip();
      if (c < 0) {
        return _currToken = null;
      }
      if (begun) {
        throw giveUp();
      }
      begun = true;
      return _currToken = value(c);
    }
    int c = member();
    if (c < 0) {
      return _currToken;
    }
    if (kinds[depth] == ARRAY) {
      return _currToken = value(c);
    }
    if (c != '"') {
      throw giveUp();
    }
    names[depth] = name();
    return _currToken = JsonToken.FIELD_NAME;
  }

  /**
   * Where the name expected next stands in the input, takes it without reading it; otherwise as {@code nextToken()}
   * and a comparison of names.
   */
  @Override
  public boolean nextFieldName(SerializableString expected) {
    if (_currToken == JsonToken.FIELD_NAME || depth == 0 || kinds[depth] != OBJECT) {
      return nextToken() == JsonToken.FIELD_NAME && expected.getValue().equals(names[depth]);
    }
    string = null;
    int c = member();
    if (c < 0) {
      return false;
    }
    if (c != '"') {
      throw giveUp();
    }
    char[] quoted = expected.asQuotedChars();
    int from = pos + 1;
    int to = from + quoted.length;
    _currToken = JsonToken.FIELD_NAME;
    if (to < end && in[to] == '"' && Arrays.equals(in, from, to, quoted, 0, quoted.length)) {
      within(expected.getValue().length());
      pos = to + 1;
      colon();
      names[depth] = expected.getValue();
      return true;
    }
    String name = name();
    names[depth] = name;
    return name.equals(expected.getValue());
  }

  /**
   * Moves to the next member of the open object or array: past its end, setting the token, or past the comma before
   * a member.
   *
   * @return the member's first character, or -1 at the end of the object or array
   */
  private int member() {
    int c = skip();
    byte kind = kinds[depth];
    if (c == '}' || c == ']') {
      if (c != (kind == OBJECT ? '}' : ']')) {
        throw giveUp();
      }
      pos++;
      depth--;
      _currToken = kind == OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
      return -1;
    }
    if (filled[depth]) {
      if (c != ',') {
        throw giveUp();
      }
      pos++;
      c = skip();
    } else {
      filled[depth] = true;
    }
    if (c < 0) {
      throw giveUp();
    }
    return c;
  }

  /** Reads a value starting with {@code c}; an object or array is opened. */
  private JsonToken value(int c) {
    switch (c) {
      case '{':
        open(OBJECT);
        return JsonToken.START_OBJECT;
      case '[':
        open(ARRAY);
        return JsonToken.START_ARRAY;
      case '"':
        string();
        return JsonToken.VALUE_STRING;
      case 't':
        literal("true");
        return JsonToken.VALUE_TRUE;
      case 'f':
        literal("false");
        return JsonToken.VALUE_FALSE;
      case 'n':
        literal("null");
        return JsonToken.VALUE_NULL;
      default:
        number(c);
        return JsonToken.VALUE_NUMBER_INT;
    }
  }

  private void open(byte kind) {
    if (depth + 1 >= maxDepth) {
      throw giveUp();
    }
    pos++;
    depth++;
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      filled = Arrays.copyOf(filled, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
    }
    kinds[depth] = kind;
    filled[depth] = false;
    names[depth] = null;
  }

  /** @return the next character that is not white space, or -1 at the end of the text */
  private int skip() {
    char[] input = in;
    int limit = end;
    for (int i = pos; i < limit; i++) {
      char c = input[i];
      if (c > ' ') {
        pos = i;
        return c;
      }
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        throw giveUp();
      }
    }
    pos = limit;
    return -1;
  }

  /** Whether a number or a literal may end before {@code c}: JSON's white space and punctuation. */
  private static boolean delimiter(char c) {
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private void literal(String word) {
    int to = pos + word.length();
    if (to > end || !text.startsWith(word, pos) || to < end && !delimiter(in[to])) {
      throw giveUp();
    }
    pos = to;
  }

  /** Reads an integer: an optional minus, then 0 or a digit 1–9 and more digits, within a {@code long}. */
  private void number(int first) {
    int from = pos;
    int i = first == '-' ? pos + 1 : pos;
    int digitsFrom = i;
    long value = 0;
    if (i < end && in[i] == '0') {
      i++;
    } else {
      for (char c; i < end && (c = in[i]) >= '0' && c <= '9'; i++) {
        value = value * 10 + (c - '0'); // 18 digits cannot overflow; more are read again below
      }
    }
    int digits = i - digitsFrom;
    if (digits == 0 || digits > 19 || i - from > maxNumber || i < end && !delimiter(in[i])) {
      throw giveUp();
    }
    if (digits == 19) { // beyond 18 digits a long may overflow: Jackson's BIG_INTEGER is given up
      try {
        value = Long.parseLong(text, from, i, 10);
      } catch (NumberFormatException e) {
        throw giveUp();
      }
      number = value;
    } else {
      number = first == '-' ? -value : value;
    }
    start = from;
    length = i - from;
    escaped = false;
    pos = i;
  }

  /**
   * Reads a string: where it lies is left in {@link #start} and {@link #length}, or, with escapes, its characters in
   * {@link #scratch}.
   */
  private void string() {
    int from = pos + 1;
    char[] input = in;
    int limit = end;
    for (int i = from; i < limit; i++) {
      char c = input[i];
      if (c == '"') {
        within(i - from);
        start = from;
        length = i - from;
        escaped = false;
        pos = i + 1;
        return;
      }
      if (c == '\\' || c < 0x20) {
        unescape(from, i);
        return;
      }
    }
    throw giveUp();
  }

  /** Reads the rest of a string with an escape at {@code i} into {@link #scratch}. */
  private void unescape(int from, int i) {
    int n = i - from;
    escapedSurrogate = false;
    if (scratch == null || scratch.length < n + 16) {
      scratch = new char[Math.max(64, 2 * n + 16)];
    }
    System.arraycopy(in, from, scratch, 0, n);
    while (i < end) {
      char c = in[i++];
      if (c == '"') {
        within(n);
        length = n;
        escaped = true;
        pos = i;
        return;
      }
      if (c < 0x20 || c == '\\' && i == end) {
        throw giveUp();
      }
      if (c == '\\') {
        c = escape(in[i++]);
        if (c == 'u') {
          c = hex(i);
          i += 4;
          escapedSurrogate |= Character.isSurrogate(c);
        }
      }
      if (n == scratch.length) {
        scratch = Arrays.copyOf(scratch, 2 * n);
      }
      scratch[n++] = c;
    }
    throw giveUp();
  }

  /** @return the character an escape's letter stands for, or {@code 'u'} for a {@code \}{@code u} escape */
  private static char escape(char letter) {
    switch (letter) {
      case '"':
      case '\\':
      case '/':
      case 'u':
        return letter;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        throw giveUp();
    }
  }

  /** @return the character of the four hexadecimal digits at {@code i} */
  private char hex(int i) {
    if (i + 4 > end) {
      throw giveUp();
    }
    int value = 0;
    for (int k = i; k < i + 4; k++) {
      char c = in[k];
      int digit = Character.digit(c, 16);
      if (digit < 0 || c > 'f') { // Character.digit takes fullwidth digits too
        throw giveUp();
      }
      value = value << 4 | digit;
    }
    return (char) value;
  }

  private void within(int stringLength) {
    if (stringLength > maxString) {
      throw giveUp();
    }
  }

  /** Reads a name and the colon after it. */
  private String name() {
    string();
    if (escaped && escapedSurrogate) { // Jackson pairs escaped surrogates in a name, and refuses one out of a pair
      throw giveUp();
    }
    int known = escaped ? -1 : KNOWN.indexOf(in, start, length);
    String name = known >= 0 ? KNOWN.name(known) : characters();
    colon();
    return name;
  }

  /** @return the current string's or number's characters as a {@code String} */
  private String characters() {
    return escaped ? new String(scratch, 0, length) : text.substring(start, start + length);
  }

  private void colon() {
    if (skip() != ':') {
      throw giveUp();
    }
    pos++;
  }

  @Override
  public String getText() {
    JsonToken token = _currToken;
    if (token == JsonToken.VALUE_STRING) {
      if (string == null) {
        string = characters();
      }
      return string;
    }
    if (token == JsonToken.FIELD_NAME) {
      return names[depth];
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return characters();
    }
    return token == null ? null : token.asString();
  }

  @Override
  public char[] getTextCharacters() {
    if (hasTextCharacters()) {
      return escaped ? scratch : in;
    }
    String value = getText();
    return value == null ? null : value.toCharArray();
  }

  @Override
  public int getTextOffset() {
    return hasTextCharacters() && !escaped ? start : 0;
  }

  @Override
  public int getTextLength() {
    if (hasTextCharacters()) {
      return length;
    }
    String value = getText();
    return value == null ? 0 : value.length();
  }

  @Override
  public boolean hasTextCharacters() {
    return _currToken == JsonToken.VALUE_STRING || _currToken == JsonToken.VALUE_NUMBER_INT;
  }

  @Override
  public String currentName() {
    JsonToken token = _currToken;
    int at = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? depth - 1 : depth;
    return at > 0 && kinds[at] == OBJECT ? names[at] : null;
  }

  @Override
  @Deprecated
  public String getCurrentName() {
    return currentName();
  }

  private long integer() {
    if (_currToken != JsonToken.VALUE_NUMBER_INT) {
      throw giveUp();
    }
    return number;
  }

  private boolean isInt() {
    return number == (int) number;
  }

  @Override
  public NumberType getNumberType() {
    if (_currToken != JsonToken.VALUE_NUMBER_INT) {
      return null;
    }
    return isInt() ? NumberType.INT : NumberType.LONG;
  }

  @Override
  public Number getNumberValue() {
    long value = integer();
    return isInt() ? (Number) (int) value : (Number) value;
  }

  @Override
  public int getIntValue() {
    long value = integer();
    if (!isInt()) {
      throw giveUp();
    }
    return (int) value;
  }

  @Override
  public long getLongValue() {
    return integer();
  }

  @Override
  public BigInteger getBigIntegerValue() {
    return BigInteger.valueOf(integer());
  }

  @Override
  public float getFloatValue() {
    return integer();
  }

  @Override
  public double getDoubleValue() {
    return integer();
  }

  @Override
  public BigDecimal getDecimalValue() {
    return BigDecimal.valueOf(integer());
  }

  /** Not asked by the ordered pass: gives the document up. */
  @Override
  public JsonStreamContext getParsingContext() {
    throw giveUp();
  }

  /** Not kept: the ordered pass never reports a problem, so it never asks. */
  @Override
  @Deprecated
  public JsonLocation getCurrentLocation() {
    return JsonLocation.NA;
  }

  /** Not kept: the ordered pass never reports a problem, so it never asks. */
  @Override
  @Deprecated
  public JsonLocation getTokenLocation() {
    return JsonLocation.NA;
  }

  @Override
  public void overrideCurrentName(String name) {
    throw giveUp();
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    throw giveUp();
  }

  @Override
  protected void _handleEOF() {
  }

  /** Gives the text's buffer back to Jackson's recycler. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (recycler != null) {
        recycler.releaseCharBuffer(BufferRecycler.CHAR_TOKEN_BUFFER, in);
        recycler.releaseToPool();
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw giveUp();
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }
}
