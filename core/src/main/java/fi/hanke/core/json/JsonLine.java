package fi.hanke.core.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of JSON Lines as read (<i>JSON Lines -rivi</i>, sv. <i>rad i JSON Lines</i>): its physical line
 * number and either its document or the problems that kept it from being read.
 *
 * <p>Immutable.
 */
public final class JsonLine {
  private final long lineNumber;
  private final HankeDocument document;
  private final List<JsonProblem> problems;

  JsonLine(long lineNumber, HankeDocument document, List<JsonProblem> problems) {
    this.lineNumber = lineNumber;
    this.document = document;
    this.problems = List.copyOf(problems);
  }

  /** @return the physical line in the input, from 1, blank lines counted */
  public long lineNumber() {
    return lineNumber;
  }

  /** @return the document, if the line was read */
  public Optional<HankeDocument> document() {
    return Optional.ofNullable(document);
  }

  /** @return the problems of the line, with the physical line number as their line; empty if it was read */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** @return whether the line was read into a document */
  public boolean isRead() {
    return document != null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLine)) {
      return false;
    }
    JsonLine other = (JsonLine) o;
    return lineNumber == other.lineNumber && Objects.equals(document, other.document)
        && problems.equals(other.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, document, problems);
  }

  @Override
  public String toString() {
    return "JsonLine[" + lineNumber + ": " + (document != null ? document.kind().jsonName() + " " + document.name()
        : problems.size() + " problem(s)") + "]";
  }
}
