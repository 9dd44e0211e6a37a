package fi.hanke.validation;

import java.util.Objects;

/**
 * Where in a project a finding points (<i>kohde</i>, sv. <i>sökväg</i>), written as
 * {@code members[1].fundingPlan.EXTERNAL_PRIVATE} or {@code workPackages[TP3].periods[0]}: field names,
 * list indexes and keys (codes, enum names).
 */
public final class Path implements Comparable<Path> {
  private static final Path ROOT = new Path("");
  private static final int FIELD = 0;
  private static final int KEY = 1;
  private static final int INDEX = 2;

  /** The path this one extends, or null when {@link #text} was given whole (the root, a parsed path). */
  private final Path parent;
  /** What this path adds to its parent: {@link #FIELD}, {@link #KEY} or {@link #INDEX}. */
  private final int kind;
  /** The field name or key this path adds to its parent. */
  private final String name;
  /** The list index this path adds to its parent. */
  private final int index;
  /**
   * The path as text, written on first use: rules make a path for every place they look at and most are
   * never reported. A String is immutable, so a race at most writes the same text twice.
   */
  private String text;

  private Path(String text) {
    this.parent = null;
    this.kind = FIELD;
    this.name = null;
    this.index = 0;
    this.text = text;
  }

  private Path(Path parent, int kind, String name, int index) {
    this.parent = parent;
    this.kind = kind;
    this.name = name;
    this.index = index;
  }

  /** @return the empty path: the project itself */
  public static Path root() {
    return ROOT;
  }

  /**
   * @param text a path as {@link #toString()} writes it
   * @return the path
   */
  public static Path parse(String text) {
    return Objects.requireNonNull(text, "text").isEmpty() ? ROOT : new Path(text);
  }

  /**
   * @param field a field name
   * @return this path followed by the field
   */
  public Path field(String field) {
    return new Path(this, FIELD, field, 0);
  }

  /**
   * @param index a list index (0-based)
   * @return this path followed by [index]
   */
  public Path index(int index) {
    return new Path(this, INDEX, null, index);
  }

  /**
   * @param key a key such as a work-package code
   * @return this path followed by [key]
   */
  public Path key(String key) {
    return new Path(this, KEY, key, 0);
  }

  /**
   * @param other a path relative to this one
   * @return the two joined
   */
  public Path resolve(Path other) {
    String o = other.text();
    String t = text();
    if (o.isEmpty()) {
      return this;
    }
    if (t.isEmpty()) {
      return other;
    }
    return new Path(o.startsWith("[") ? t + o : t + "." + o);
  }

  /**
   * @param prefix another path
   * @return true if this path is the prefix or lies below it
   */
  public boolean startsWith(Path prefix) {
    String t = text();
    String p = prefix.text();
    if (p.isEmpty() || t.equals(p)) {
      return true;
    }
    return t.startsWith(p) && (t.charAt(p.length()) == '.' || t.charAt(p.length()) == '[');
  }

  private String text() {
    String t = text;
    if (t == null && parent != null) {
      String before = parent.text();
      if (kind == FIELD) {
        t = before.isEmpty() ? name : before + "." + name;
      } else {
        t = before + "[" + (kind == KEY ? name : String.valueOf(index)) + "]";
      }
      text = t;
    }
    return t;
  }

  /**
   * Orders paths as a person reads them: by their text, except that a number in brackets counts as a
   * number, so {@code members[2]} comes before {@code members[10]}. Paths whose texts differ never compare
   * as equal ({@code [01]} and {@code [1]} fall back to the text), so the order agrees with
   * {@link #equals(Object)}.
   *
   * @param o another path
   * @return negative, zero or positive as this path comes before, with or after the other
   */
  @Override
  public int compareTo(Path o) {
    String a = text();
    String b = o.text();
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb) && i > 0 && j > 0 && a.charAt(i - 1) == '[' && b.charAt(j - 1) == '[') {
        int ie = digitsEnd(a, i);
        int je = digitsEnd(b, j);
        int c = compareNumbers(a.substring(i, ie), b.substring(j, je));
        if (c != 0) {
          return c;
        }
        i = ie;
        j = je;
      } else if (ca != cb) {
        return Character.compare(ca, cb);
      } else {
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Compares two runs of digits as numbers of any length. */
  private static int compareNumbers(String x, String y) {
    String a = stripZeros(x);
    String b = stripZeros(y);
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path && text().equals(((Path) o).text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /** @return the path as text, empty for the root */
  @Override
  public String toString() {
    return text();
  }
}
