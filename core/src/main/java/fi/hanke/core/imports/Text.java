package fi.hanke.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text prepared for reading: a normalised copy of the same length as the original (no-break and narrow
 * spaces become spaces, {@code \r\n} becomes a space and {@code \n}, a lone {@code \r} a {@code \n}), so that
 * every offset in the copy is the offset of the same character in the original; its lines, without page
 * headers and footers ("Sivu 3 (12)", "3 / 12", "- 3 -"); and a one-line flow of the whole text for prose.
 */
final class Text {
  /** A page number line as printers put them in headers and footers. */
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "\\s*(?:(?:sivu|page|sida)\\s*\\d+(?:\\s*(?:/|\\(|of|av)\\s*\\d+\\)?)?|\\d+\\s*\\(\\d+\\)|\\d+\\s*/\\s*\\d+|-\\s*\\d+\\s*-)\\s*",
      Pattern.CASE_INSENSITIVE);

  private final String original;
  private final String normal;
  private final String flow;
  private final int[] lineStarts;
  /** Lines to read: start and end offsets (end exclusive), page furniture left out. */
  private final List<int[]> lines = new ArrayList<>();
  /** The lines to read, normalised, made once. */
  private final String[] lineTexts;

  public Text(String original) {
    this.original = original;
    char[] c = original.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch == '\u00A0' || ch == '\u202F' || ch == '\u2007' || ch == '\u2009' || ch == '\f') {
        c[i] = ' ';
      } else if (ch == '\r') {
        c[i] = i + 1 < c.length && c[i + 1] == '\n' ? ' ' : '\n';
      }
    }
    this.normal = new String(c);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    for (int n = 0; n < lineStarts.length; n++) {
      int start = lineStarts[n];
      int end = n + 1 < lineStarts.length ? lineStarts[n + 1] - 1 : c.length;
      if (!PAGE_FURNITURE.matcher(normal.substring(start, end)).matches()) {
        lines.add(new int[] {start, end});
      } else {
        for (int i = start; i < end; i++) {
          c[i] = ' ';
        }
      }
    }
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\n' || c[i] == '\t') {
        c[i] = ' ';
      }
    }
    this.flow = new String(c);
    this.lineTexts = new String[lines.size()];
    for (int n = 0; n < lines.size(); n++) {
      lineTexts[n] = normal.substring(lines.get(n)[0], lines.get(n)[1]);
    }
  }

  /** @return the text as given */
  public String original() {
    return original;
  }

  /** @return the normalised text, of the same length */
  public String normal() {
    return normal;
  }

  /** @return the normalised text with line ends as spaces, of the same length */
  public String flow() {
    return flow;
  }

  /** @return the number of lines to read */
  public int size() {
    return lines.size();
  }

  /** @return a line to read, normalised, without its end */
  public String line(int index) {
    return lineTexts[index];
  }

  /** @return the offset of a line's first character */
  public int start(int index) {
    return lines.get(index)[0];
  }

  /** @return whether a line is blank */
  public boolean blank(int index) {
    return line(index).isBlank();
  }

  /**
   * @param start offset of the first character
   * @param end offset past the last character
   * @return the span, quoting the original text
   */
  public SourceSpan span(int start, int end) {
    int[] a = position(start);
    int[] b = position(Math.max(start, end - 1));
    return SourceSpan.builder().line(a[0]).column(a[1]).endLine(b[0]).endColumn(b[1] + (end > start ? 1 : 0))
        .text(original.substring(start, end)).build();
  }

  private int[] position(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new int[] {lo + 1, offset - lineStarts[lo] + 1};
  }
}
