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
 *
 * <p>An {@linkplain #optimistic optimistic} pass is the fast one for a document that can be read again (a string,
 * a line of JSON Lines): its parser does not look for duplicate names, it keeps no locations, and at the first sign
 * of a problem, or of a name that may be a duplicate, it gives up by throwing {@link Retry}. The caller then reads
 * the document again in an exact pass, whose problems are those it has always had. A valid document is read once.
 */
final class Reading {
  final JsonParser parser;
  final JsonLimits limits;
  /** Whether this pass gives up at the first problem instead of reporting it: see the class comment. */
  final boolean optimistic;
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
    this(parser, limits, false);
  }

  Reading(JsonParser parser, JsonLimits limits, boolean optimistic) {
    this.parser = parser;
    this.limits = limits;
    this.optimistic = optimistic;
  }

  /**
   * Thrown by an optimistic pass where an exact pass would report a problem or might find a duplicate name: the
   * document is to be read again, exactly. Without a stack trace, as it is control flow.
   */
  static final class Retry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retry() {
      super("read the document again, exactly", null, false, false);
    }
  }

  /**
   * Values already made in this pass, by their codec and a number that identifies them within it (an amount's
   * cents and scale): a document states the same amount many times (a typical project 41 amounts, 13 different),
   * and making an amount costs a check of its number. A slot holds the last value that hashed
   * to it. Allocated on first use.
   */
  private Object[] madeBy;
  private long[] madeKeys;
  private Object[] made;

  /** @return the value {@code codec} made for {@code key} earlier in this pass and {@link #remember}ed, or null */
  Object recall(Object codec, long key) {
    if (made == null) {
      return null;
    }
    int slot = madeSlot(codec, key);
    return madeBy[slot] == codec && madeKeys[slot] == key ? made[slot] : null;
  }

  /** Keeps a value {@code codec} made for {@code key}, for {@link #recall}. */
  void remember(Object codec, long key, Object value) {
    if (made == null) {
      madeBy = new Object[64];
      madeKeys = new long[64];
      made = new Object[64];
    }
    int slot = madeSlot(codec, key);
    madeBy[slot] = codec;
    madeKeys[slot] = key;
    made[slot] = value;
  }

  private static int madeSlot(Object codec, long key) {
    long h = (key ^ System.identityHashCode(codec)) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 58);
  }

  /** Gives up an optimistic pass; nothing in an exact one. */
  private void retryIfOptimistic() {
    if (optimistic) {
      throw new Retry();
    }
  }

  /**
   * Notes a name that an object has already had, or may have had: an exact pass's parser refuses a duplicate, so
   * an optimistic pass, whose parser does not look for them, gives up.
   */
  void repeatedName() {
    retryIfOptimistic();
  }

  /**
   * Steps into a field. An optimistic pass keeps no path: every problem gives it up before a path is used, and the
   * exact pass that follows reports it with its path.
   */
  void enter(String name) {
    if (optimistic) {
      return;
    }
    grow();
    names[depth] = name;
    depth++;
  }

  /** Steps into an element of an array; nothing in an optimistic pass, as {@link #enter(String)}. */
  void enter(int index) {
    if (optimistic) {
      return;
    }
    grow();
    names[depth] = null;
    indices[depth] = index;
    depth++;
  }

  /** Steps out of what the last {@code enter} stepped into. */
  void leave() {
    if (!optimistic) {
      depth--;
    }
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
    retryIfOptimistic();
    if (!counted(parser.currentTokenLocation())) {
      reportAt(kind, path(), parser.currentTokenLocation(), value, detail);
    }
  }

  /** Records a problem at the given path and location (for a missing field: its object's opening brace). */
  void reportAt(JsonProblem.Kind kind, String path, JsonLocation where, String value, Detail detail) {
    retryIfOptimistic();
    reportAt(kind, path, where.getLineNr(), where.getColumnNr(), value, detail);
  }

  /** Records a problem at the given path, line and column. */
  void reportAt(JsonProblem.Kind kind, String path, int line, int column, String value, Detail detail) {
    retryIfOptimistic();
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
    retryIfOptimistic();
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
    retryIfOptimistic();
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
