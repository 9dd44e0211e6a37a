package fi.hanke.core.json;

import java.util.Objects;

/**
 * The limits the JSON reader puts on its input (<i>JSON-lukijan rajat</i>, sv. <i>JSON-läsarens gränser</i>), so
 * that a hostile or broken document is refused early and cheaply instead of exhausting memory or time.
 *
 * <p>Immutable; {@link #defaults()} gives the defaults and every {@code withX} returns a copy with one limit
 * changed. Exceeding a limit is a {@link JsonProblem.Kind#LIMIT_EXCEEDED} problem that names the limit, its
 * value and where it was exceeded. The document length, depth, string length and number length are enforced by
 * Jackson's {@code StreamReadConstraints} while the input is tokenised; the array length by the reader. The
 * number of problems kept is not a limit on the input: past it, problems are only counted, and the last problem
 * says how many more there were.
 *
 * <pre>{@code
 * HankeJson json = HankeJson.standard().withLimits(JsonLimits.defaults().withMaxDocumentLength(1_000_000));
 * }</pre>
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = new JsonLimits(10_000_000L, 64, 100_000, 40, 100_000, 100);

  private final long maxDocumentLength;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxArrayLength;
  private final int maxProblems;

  private JsonLimits(long maxDocumentLength, int maxDepth, int maxStringLength, int maxNumberLength, int maxArrayLength,
      int maxProblems) {
    this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
    this.maxDepth = (int) positive(maxDepth, "maxDepth");
    this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
    this.maxArrayLength = (int) positive(maxArrayLength, "maxArrayLength");
    this.maxProblems = (int) positive(maxProblems, "maxProblems");
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /**
   * The default limits: documents of at most 10 000 000 characters, nesting at most 64 deep, strings of at most
   * 100 000 characters, numbers of at most 40 digits, arrays of at most 100 000 elements; at most 100 problems
   * kept.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The longest document (or, in JSON Lines, the longest line): characters for a {@code String} or a
   * {@code Reader}, bytes for an {@code InputStream} (UTF-8, so a non-ASCII character takes two to four).
   *
   * @return the limit; default 10 000 000
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The deepest nesting of objects and arrays; a hanke/1 group project needs about 12.
   *
   * @return the limit; default 64
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The longest string value or field name, in characters.
   *
   * @return the limit; default 100 000
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number: the digits of a JSON number (integer, fraction and exponent digits), and the digits of
   * an amount or decimal string.
   *
   * @return the limit; default 40
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The most elements one array of the model may have.
   *
   * @return the limit; default 100 000
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * The most problems one pass keeps (in JSON Lines: one line). Further problems are counted, not kept, and a
   * last {@link JsonProblem.Kind#LIMIT_EXCEEDED} problem at the first of them says how many more there were, so
   * that a document of nothing but errors costs no more memory than one with a few.
   *
   * @return the limit; default 100
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * @param limit the longest document, positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxDocumentLength(long limit) {
    return new JsonLimits(limit, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxProblems);
  }

  /**
   * @param limit the deepest nesting, positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxDepth(int limit) {
    return new JsonLimits(maxDocumentLength, limit, maxStringLength, maxNumberLength, maxArrayLength, maxProblems);
  }

  /**
   * @param limit the longest string, positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxStringLength(int limit) {
    return new JsonLimits(maxDocumentLength, maxDepth, limit, maxNumberLength, maxArrayLength, maxProblems);
  }

  /**
   * @param limit the longest number, positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxNumberLength(int limit) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, limit, maxArrayLength, maxProblems);
  }

  /**
   * @param limit the longest array, positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxArrayLength(int limit) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxNumberLength, limit, maxProblems);
  }

  /**
   * @param limit the most problems kept, positive
   * @return a copy with that limit
   * @throws IllegalArgumentException if the limit is not positive
   */
  public JsonLimits withMaxProblems(int limit) {
    return new JsonLimits(maxDocumentLength, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, limit);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLimits)) {
      return false;
    }
    JsonLimits other = (JsonLimits) o;
    return maxDocumentLength == other.maxDocumentLength && maxDepth == other.maxDepth
        && maxStringLength == other.maxStringLength && maxNumberLength == other.maxNumberLength
        && maxArrayLength == other.maxArrayLength && maxProblems == other.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxProblems);
  }

  @Override
  public String toString() {
    return "JsonLimits[maxDocumentLength=" + maxDocumentLength + ", maxDepth=" + maxDepth + ", maxStringLength="
        + maxStringLength + ", maxNumberLength=" + maxNumberLength + ", maxArrayLength=" + maxArrayLength + ", maxProblems=" + maxProblems + "]";
  }
}
