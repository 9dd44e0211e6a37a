package fi.hanke.validation;

import java.util.Objects;

/**
 * Where in a project a finding points (<i>kohde</i>, sv. <i>sökväg</i>), written as
 * {@code members[1].fundingPlan.EXTERNAL_PRIVATE} or {@code workPackages[TP3].periods[0]}: field names,
 * list indexes and keys (codes, enum names).
 */
public final class Path implements Comparable<Path> {
  private static final Path ROOT = new Path("");

  private final String text;

  private Path(String text) {
    this.text = text;
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
    return new Path(text.isEmpty() ? field : text + "." + field);
  }

  /**
   * @param index a list index (0-based)
   * @return this path followed by [index]
   */
  public Path index(int index) {
    return new Path(text + "[" + index + "]");
  }

  /**
   * @param key a key such as a work-package code
   * @return this path followed by [key]
   */
  public Path key(String key) {
    return new Path(text + "[" + key + "]");
  }

  /**
   * @param other a path relative to this one
   * @return the two joined
   */
  public Path resolve(Path other) {
    if (other.text.isEmpty()) {
      return this;
    }
    if (text.isEmpty()) {
      return other;
    }
    return new Path(other.text.startsWith("[") ? text + other.text : text + "." + other.text);
  }

  /**
   * @param prefix another path
   * @return true if this path is the prefix or lies below it
   */
  public boolean startsWith(Path prefix) {
    if (prefix.text.isEmpty() || text.equals(prefix.text)) {
      return true;
    }
    return text.startsWith(prefix.text)
        && (text.charAt(prefix.text.length()) == '.' || text.charAt(prefix.text.length()) == '[');
  }

  @Override
  public int compareTo(Path o) {
    return text.compareTo(o.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path && text.equals(((Path) o).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** @return the path as text, empty for the root */
  @Override
  public String toString() {
    return text;
  }
}
