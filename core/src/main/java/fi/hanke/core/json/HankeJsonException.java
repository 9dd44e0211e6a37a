package fi.hanke.core.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON reader's one error for bad content (<i>virheellinen JSON-asiakirja</i>, sv. <i>felaktigt
 * JSON-dokument</i>): every problem found in one pass over the document, in document order. Its message lists
 * them in English, one per line.
 *
 * <p>Failures of the caller's own {@code Reader} or stream are not this exception but
 * {@link java.io.UncheckedIOException}.
 */
public final class HankeJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Kept as an unmodifiable list of immutable problems, so the exception is safe to share. */
  @SuppressWarnings("serial")
  private final List<JsonProblem> problems;

  HankeJsonException(List<JsonProblem> problems) {
    super(problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a HankeJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, in document order; never empty */
  public List<JsonProblem> problems() {
    return problems;
  }
}
