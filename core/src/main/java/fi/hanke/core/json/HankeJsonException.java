package fi.hanke.core.json;

import java.util.List;

/**
 * The JSON reader's one error for bad content (<i>virheellinen JSON-asiakirja</i>, sv. <i>felaktigt
 * JSON-dokument</i>): every problem found in one pass over the document, in document order (at most
 * {@link JsonLimits#maxProblems()} of them and a last one saying how many more there were). Its message lists the
 * first {@value #MESSAGE_PROBLEMS} in English, one per line; it is made when first asked for.
 *
 * <p>Failures of the caller's own {@code Reader} or stream are not this exception but
 * {@link java.io.UncheckedIOException}.
 */
public final class HankeJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems the message lists. */
  static final int MESSAGE_PROBLEMS = 20;

  /** Kept as an unmodifiable list of immutable problems, so the exception is safe to share. */
  @SuppressWarnings("serial")
  private final List<JsonProblem> problems;

  /** The message, made on first use (racy but safe: any thread makes the same immutable text). */
  private transient String message;

  HankeJsonException(List<JsonProblem> problems) {
    super((String) null);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a HankeJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** @return the first {@value #MESSAGE_PROBLEMS} problems in English, one per line, and how many more there are */
  @Override
  public String getMessage() {
    String m = message;
    if (m == null) {
      StringBuilder b = new StringBuilder();
      int shown = Math.min(problems.size(), MESSAGE_PROBLEMS);
      for (int i = 0; i < shown; i++) {
        b.append(i == 0 ? "" : "\n").append(problems.get(i));
      }
      if (shown < problems.size()) {
        b.append("\n… ").append(problems.size() - shown).append(" more listed in problems()");
      }
      m = b.toString();
      message = m;
    }
    return m;
  }

  /** @return every problem, in document order; never empty */
  public List<JsonProblem> problems() {
    return problems;
  }
}
