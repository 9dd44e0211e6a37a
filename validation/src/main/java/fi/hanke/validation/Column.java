package fi.hanke.validation;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.javamoney.moneta.FastMoney;

/**
 * A column of a cost estimate or funding plan (<i>sarake</i>, sv. <i>kolumn</i>), named in findings that compare
 * a column's stated total with its lines.
 */
public enum Column {
  /** Haetut yhteensä (sv. sökt): the amounts applied for. */
  APPLIED,
  /** Hyväksytyt yhteensä (sv. godkänt): the amounts approved. */
  APPROVED;

  /**
   * Reports the difference between this column's stated total and the total of its lines, as
   * {@link RuleContext#reportDifference(Path, BigDecimal, Supplier)} does: nothing for none, INFO inside the
   * tolerance. The finding names the column, the stated total, the lines' total and the difference; the lines'
   * total as {@code FastMoney} is made only for a finding.
   *
   * @param context where to report
   * @param path what it blames
   * @param stated the total the document states
   * @param totalName the argument name of the lines' total, e.g. {@code "computed"}
   * @param total makes the lines' total
   * @param difference the difference in euros, in the sign the rule's message uses
   */
  public void reportDifference(RuleContext context, Path path, FastMoney stated, String totalName, Supplier<FastMoney> total,
      BigDecimal difference) {
    context.reportDifference(path, difference, () -> new Object[] {
        "column", this, "stated", stated, totalName, total.get(), "difference", difference});
  }
}
