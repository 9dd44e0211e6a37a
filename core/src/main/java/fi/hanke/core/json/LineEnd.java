package fi.hanke.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A line of JSON Lines that ends inside its document (<i>kesken loppuva rivi</i>, sv. <i>rad som slutar mitt i
 * dokumentet</i>), refused as cheaply as a good line is read (issue 15). Jackson reports such an end with an
 * exception whose message it formats, with the location of the open object, and whose stack it fills: several
 * times the cost of reading a short line. So a line whose last unit is not {@code }} is scanned first (strings,
 * escapes, open objects and arrays); where the scan knows what Jackson would say at the end, the parser reads the
 * line through a source that, instead of ending, throws {@link Ended} (no message, no stack), and the reader
 * reports the end in Jackson's words at Jackson's place: line 1, the column after the last unit. A line that
 * ends in a number or a literal, holds a {@code \r}, or closes its document before its end is read as any other.
 */
final class LineEnd {
  private LineEnd() {}

  /** The end of a line's input, thrown where the parser would find it; cheap: no message, no stack. */
  static final class Ended extends IOException {
    private static final long serialVersionUID = 1L;

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * The detail the reader gives when Jackson (2.22) ends the line with its end-of-input exception, as
   * {@link JacksonFailures#of} makes it from that exception: in a field name; in a string value; in the innermost
   * open object or array (with where it starts) after a colon, a comma, a field name, an opening bracket or a value.
   *
   * @param source the line
   * @param first the first unit that is not white space
   * @return the detail, or null where the line is to be read as any other (its last unit {@code }}, a number or
   *     literal running to the end, a {@code \r}, the document closed before the end, or not an object)
   */
  static Detail endOfInput(LineSource source, int first) {
    int n = source.kept();
    if (n - first < 4 || source.unit(first) != '{' || lastUnit(source) == '}') {
      return null;
    }
    boolean[] object = new boolean[16];
    int[] column = new int[16];
    int depth = 0;
    boolean inString = false;
    boolean escape = false;
    boolean name = false; // the string open or last closed is a field name
    boolean expectName = false;
    int last = -1;
    for (int i = first; i < n; i++) {
      int u = source.unit(i);
      if (inString) {
        if (escape) {
          escape = false;
        } else if (u == '\\') {
          escape = true;
        } else if (u == '"') {
          inString = false;
          last = u;
        }
        continue;
      }
      switch (u) {
        case ' ', '\t' -> { }
        case '\r' -> {
          return null; // Jackson counts a new line there
        }
        case '"' -> {
          inString = true;
          name = depth > 0 && object[depth - 1] && expectName;
        }
        case '{', '[' -> {
          if (depth == object.length) {
            object = java.util.Arrays.copyOf(object, depth * 2);
            column = java.util.Arrays.copyOf(column, depth * 2);
          }
          object[depth] = u == '{';
          column[depth] = i + 1;
          depth++;
          expectName = u == '{';
          last = u;
        }
        case '}', ']' -> {
          if (--depth <= 0) {
            return null; // the document closes before the line ends
          }
          expectName = false;
          last = u;
        }
        case ',' -> {
          expectName = object[depth - 1];
          last = u;
        }
        case ':' -> {
          expectName = false;
          last = u;
        }
        default -> last = u;
      }
    }
    if (inString) {
      if (name) { // the byte parser (UTF8StreamJsonParser) ends a name in several ways: it says which itself
        return source.bytes() ? null : Detail.syntaxEndInName();
      }
      return Detail.syntaxEndInString();
    }
    if (last == ':' || last == ',' || last == '"' && name) { // a value or an entry is expected
      return Detail.syntaxEndIn(!object[depth - 1], 1, column[depth - 1]);
    }
    if ("{[\"]".indexOf(last) < 0) {
      return null; // a number or a literal runs to the end: Jackson ends it there first
    }
    return Detail.syntaxEndIn(!object[depth - 1], 1, column[depth - 1]);
  }

  private static int lastUnit(LineSource source) {
    int i = source.kept() - 1;
    while (i >= 0 && (source.unit(i) == ' ' || source.unit(i) == '\t')) {
      i--;
    }
    return i < 0 ? -1 : source.unit(i);
  }

  /** How far a line has been served: the next units, then {@link Ended} instead of the end. */
  private static final class Served {
    private final Object line;
    private final int length;
    private int position;

    Served(Object line, int length) {
      this.line = line;
      this.length = length;
    }

    int into(Object into, int offset, int count) throws Ended {
      if (position == length) {
        throw new Ended();
      }
      int n = Math.min(count, length - position);
      System.arraycopy(line, position, into, offset, n);
      position += n;
      return n;
    }
  }

  /** The characters of a line, then {@link Ended} instead of the end. */
  static Reader reader(char[] line, int length) {
    Served served = new Served(line, length);
    return new Reader() {
      @Override
      public int read(char[] into, int offset, int count) throws IOException {
        return served.into(into, offset, count);
      }

      @Override
      public void close() {}
    };
  }

  /** The bytes of a line, then {@link Ended} instead of the end. */
  static InputStream stream(byte[] line, int length) {
    Served served = new Served(line, length);
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        served.into(one, 0, 1);
        return one[0] & 0xFF;
      }

      @Override
      public int read(byte[] into, int offset, int count) throws IOException {
        return served.into(into, offset, count);
      }
    };
  }
}
