package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Array;
import java.nio.ByteOrder;

/**
 * The lines of JSON Lines, one at a time, through a buffer of its own: a line is kept only while it is no longer
 * than the limit, and a longer one is skipped to its end without being kept. Lines end at {@code \n}; a
 * {@code \r} before it is white space to the JSON parser. Characters for a {@code Reader}; bytes for an
 * {@code InputStream}, handed to the parser undecoded (a {@code \n} byte is always a line end in UTF-8, and the
 * parser reports bytes that are not UTF-8).
 */
final class LineSource implements Closeable {
  /**
   * The units read from the input at a time: 8 K, as a {@code BufferedReader}'s. A line longer than that is kept
   * across fills as any other. A larger buffer only cost its allocation, which a caller that opens JSON Lines per
   * block of a file (the portfolio command) pays per block: with 64 K units, opening JSON Lines on one short line
   * took 16 µs of CPU, with 8 K 3 µs.
   */
  private static final int BUFFER = 1 << 13;

  /** Reads more input into a buffer from its start; -1 at the end. */
  private interface Fill {
    int into(Object buffer) throws IOException;
  }

  /** Finds the first {@code \n} in a buffer from {@code from} to {@code to}; -1 if there is none. */
  private interface Scan {
    int newline(Object buffer, int from, int to);
  }

  /** Opens a parser on the first {@code length} units of a line. */
  private interface Parse {
    JsonParser open(JsonFactory factory, Object line, int length) throws IOException;
  }

  private final long maxLength;
  private final String unit;
  private final Fill fill;
  private final Scan scan;
  private final Parse parse;
  private final Closeable input;
  /** The input read so far (a char[] or byte[]), the next unread unit in it and the end of what it holds. */
  private final Object buffer;
  private int position;
  private int end;
  /** The current line, an array of the buffer's type, and how many units of it are kept. */
  private Object line;
  private int kept;
  private long lineNumber;
  private long length;
  private boolean tooLong;

  private LineSource(long maxLength, String unit, Object buffer, Fill fill, Scan scan, Parse parse,
      Closeable input) {
    this.maxLength = maxLength;
    this.unit = unit;
    this.buffer = buffer;
    this.line = Array.newInstance(buffer.getClass().getComponentType(), 1024);
    this.fill = fill;
    this.scan = scan;
    this.parse = parse;
    this.input = input;
  }

  static LineSource of(Reader in, long maxLength) {
    return new LineSource(maxLength, "characters", new char[BUFFER], b -> in.read((char[]) b), (b, from, to) -> {
      char[] units = (char[]) b;
      for (int i = from; i < to; i++) {
        if (units[i] == '\n') {
          return i;
        }
      }
      return -1;
    }, (factory, l, n) -> factory.createParser((char[]) l, 0, n), in);
  }

  static LineSource of(InputStream in, long maxLength) {
    return new LineSource(maxLength, "bytes", new byte[BUFFER], b -> in.read((byte[]) b),
        (b, from, to) -> newline((byte[]) b, from, to), (factory, l, n) -> factory.createParser((byte[]) l, 0, n), in);
  }

  /** The bytes of a {@code byte[]} eight at a time, least significant first. */
  private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = '\n' * ONES;

  /**
   * The first {@code \n} byte from {@code from} to {@code to}, or -1: eight bytes at a time, where a byte-by-byte
   * loop was 5 % of reading a line of 4 KB. A byte of {@code word ^ NEWLINES} is zero where a {@code \n} stands;
   * {@code (x - ONES) & ~x & HIGHS} sets the high bit of the lowest zero byte (and perhaps of bytes above it, never
   * below), so its trailing zeros count the bytes before the first {@code \n}.
   */
  static int newline(byte[] units, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long x = (long) EIGHT_BYTES.get(units, i) ^ NEWLINES;
      long zero = (x - ONES) & ~x & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (units[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException {
    length = 0;
    kept = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end) {
        int n = fill.into(buffer);
        if (n < 0) {
          if (!any) {
            return false;
          }
          break;
        }
        position = 0;
        end = n;
        continue;
      }
      any = true;
      int newline = scan.newline(buffer, position, end);
      int stop = newline < 0 ? end : newline;
      length += stop - position;
      if (length > maxLength) {
        tooLong = true;
      } else {
        keep(position, stop);
      }
      position = newline < 0 ? end : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    return true;
  }

  private void keep(int from, int to) {
    int n = to - from;
    int capacity = Array.getLength(line);
    if (kept + n > capacity) {
      Object larger = Array.newInstance(line.getClass().getComponentType(), Math.max(capacity * 2, kept + n));
      System.arraycopy(line, 0, larger, 0, kept);
      line = larger;
    }
    System.arraycopy(buffer, from, line, kept, n);
    kept += n;
  }

  /** @return the physical number of the current line, from 1 */
  long lineNumber() {
    return lineNumber;
  }

  /** @return the length of the current line, without its {@code \n} */
  long length() {
    return length;
  }

  /** @return whether the current line is longer than the limit, and so not kept */
  boolean tooLong() {
    return tooLong;
  }

  /** @return "characters" or "bytes" */
  String unit() {
    return unit;
  }

  /** @return how many units of the current line are kept */
  int kept() {
    return kept;
  }

  /** @return the unit of the kept line at {@code i}: a character, or a byte as 0 to 255 */
  int unit(int i) {
    return line instanceof byte[] ? ((byte[]) line)[i] & 0xFF : ((char[]) line)[i];
  }

  /** @return whether the units are bytes */
  boolean bytes() {
    return line instanceof byte[];
  }

  /** @return a parser of the kept line */
  JsonParser parser(JsonFactory factory) throws IOException {
    return parse.open(factory, line, kept);
  }

  /** @return a parser of the kept line that throws {@link LineEnd.Ended} where the line ends */
  JsonParser endingParser(JsonFactory factory) throws IOException {
    return line instanceof byte[] ? factory.createParser(LineEnd.stream((byte[]) line, kept))
        : factory.createParser(LineEnd.reader((char[]) line, kept));
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
