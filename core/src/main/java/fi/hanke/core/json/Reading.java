package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one pass over one document: the parser, the limits, the path to the current value and the
 * problems found so far. Codecs read from {@link #parser} and report here; a pass never stops at a problem it
 * can step over. Not thread-safe: one per pass.
 */
final class Reading {
  final JsonParser parser;
  final JsonLimits limits;
  private List<JsonProblem> problems;
  /** The problems found past {@link JsonLimits#maxProblems()}: counted, not kept. */
  private long dropped;
  private int droppedLine;
  private int droppedColumn;
  /** Whether the input held no token at all, only white space. */
  boolean empty;
  /** The path: a field name, or null with the index in {@link #indices}. */
  private String[] names = new String[24];
  private int[] indices = new int[24];
  private int depth;

  Reading(JsonParser parser, JsonLimits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  void enter(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  void enter(int index) {
    grow();
    names[depth] = null;
    indices[depth] = index;
    depth++;
  }

  void leave() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }

  /** @return the JSONPath-like path of the current value, e.g. {@code $.costEstimate.lines[2].applied} */
  String path() {
    StringBuilder b = new StringBuilder("$");
    for (int i = 0; i < depth; i++) {
      if (names[i] == null) {
        b.append('[').append(indices[i]).append(']');
      } else {
        appendName(b, names[i]);
      }
    }
    return b.toString();
  }

  /** @return the path of a child field of the current value */
  String pathOf(String child) {
    StringBuilder b = new StringBuilder(path());
    appendName(b, child);
    return b.toString();
  }

  /**
   * {@code .name} for an identifier, {@code ['any name']} otherwise; a name longer than a problem's value is cut
   * as the value is, so that no path holds a whole hostile name.
   */
  static void appendName(StringBuilder b, String name) {
    name = JsonProblem.shorten(name);
    boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; identifier && i < name.length(); i++) {
      identifier = Character.isJavaIdentifierPart(name.charAt(i)) && name.charAt(i) < 0x80;
    }
    if (identifier && name.charAt(0) < 0x80) {
      b.append('.').append(name);
      return;
    }
    b.append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    b.append("']");
  }

  /** Records a problem at the current path and the current token. */
  void report(JsonProblem.Kind kind, String value, Detail detail) {
    if (!counted(parser.currentTokenLocation())) {
      reportAt(kind, path(), parser.currentTokenLocation(), value, detail);
    }
  }

  /** Records a problem at the given path and location (for a missing field: its object's opening brace). */
  void reportAt(JsonProblem.Kind kind, String path, JsonLocation where, String value, Detail detail) {
    reportAt(kind, path, where.getLineNr(), where.getColumnNr(), value, detail);
  }

  /** Records a problem at the given path, line and column. */
  void reportAt(JsonProblem.Kind kind, String path, int line, int column, String value, Detail detail) {
    if (problems != null && problems.size() >= limits.maxProblems()) {
      if (dropped++ == 0) {
        droppedLine = Math.max(1, line);
        droppedColumn = Math.max(1, column);
      }
      return;
    }
    if (problems == null) {
      problems = new ArrayList<>();
    }
    problems.add(new JsonProblem(kind, path, Math.max(1, line), Math.max(1, column), value, detail));
  }

  /**
   * Counts a problem without keeping it once {@link JsonLimits#maxProblems()} are kept; a caller that would build
   * costly text for a problem asks first, so that a document of nothing but errors is refused as fast as it is read.
   *
   * @param where where the problem is
   * @return true if the problem was only counted
   */
  boolean counted(JsonLocation where) {
    if (problems == null || problems.size() < limits.maxProblems()) {
      return false;
    }
    if (dropped++ == 0) {
      droppedLine = Math.max(1, where.getLineNr());
      droppedColumn = Math.max(1, where.getColumnNr());
    }
    return true;
  }

  /** {@link #counted(JsonLocation)} at the current token. */
  boolean counted() {
    return problems != null && problems.size() >= limits.maxProblems() && counted(parser.currentTokenLocation());
  }

  /**
   * Records that the current value has the wrong JSON type and skips it.
   *
   * @param expected what the format wants, e.g. {@code Detail.want(Key.WANT_DATE)}
   */
  void wrongType(Detail expected) throws IOException {
    JsonToken token = parser.currentToken();
    if (counted()) {
      parser.skipChildren();
      return;
    }
    report(JsonProblem.Kind.WRONG_TYPE, token.isScalarValue() ? parser.getText() : null,
        Detail.wrongType(expected, Detail.found(token)));
    parser.skipChildren();
  }

  boolean hasProblems() {
    return problems != null;
  }

  /**
   * @return the problems kept, in document order: by line and column (a missing field at its object's opening
   *     brace), in the order found where those are equal; then, if more were found than
   *     {@link JsonLimits#maxProblems()}, one that says how many more, at the first of them
   */
  List<JsonProblem> problems() {
    if (problems == null) {
      return List.of();
    }
    List<JsonProblem> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
    if (dropped > 0) {
      all.add(new JsonProblem(JsonProblem.Kind.LIMIT_EXCEEDED, "$", droppedLine, droppedColumn, null,
          Detail.limitProblems(dropped, limits.maxProblems())));
    }
    return all;
  }
}
