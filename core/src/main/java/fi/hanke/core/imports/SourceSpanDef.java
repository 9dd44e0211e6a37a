package fi.hanke.core.imports;

import fi.hanke.core.internal.HankeStyle;
import org.immutables.value.Value;

/**
 * Where in the text a figure was read (<i>lähde</i>, sv. <i>källa</i>): the first line and column and the
 * line and column just past the end, counted from 1 in the text as given (lines end at {@code \n},
 * {@code \r\n} or {@code \r}), and the characters found there, verbatim.
 */
@HankeStyle
@Value.Immutable
abstract class SourceSpanDef {
  /** @return the line of the first character, from 1 */
  public abstract int line();

  /** @return the column of the first character, from 1 */
  public abstract int column();

  /** @return the line of the last character, from 1 (equal to {@link #line()} unless the figure wraps) */
  public abstract int endLine();

  /** @return the column just past the last character, from 1 */
  public abstract int endColumn();

  /** @return the characters at the span, as the text has them */
  public abstract String text();

  /** @return e.g. "rivi 12, sarakkeet 5–12" in the reader's terms: "12:5-12" */
  @Override
  public String toString() {
    return endLine() == line()
        ? line() + ":" + column() + "-" + endColumn()
        : line() + ":" + column() + "-" + endLine() + ":" + endColumn();
  }

  @Value.Check
  void check() {
    if (line() < 1 || column() < 1 || endLine() < line() || (endLine() == line() && endColumn() < column())) {
      throw new IllegalArgumentException("Not a source span: " + line() + ":" + column() + "-" + endLine() + ":"
          + endColumn());
    }
  }
}
