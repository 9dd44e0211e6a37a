package fi.hanke.examples.bench.beans;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Compares the totals a document states with those of its lines, in the applied column and, where the document
 * states one and every line has an approved amount, the approved column; a difference inside the tolerance is INFO.
 */
final class StatedTotals {
  private final String field;
  private final String computedName;
  private final boolean statedFirst;

  /**
   * @param field the stated totals' field without its column, e.g. {@code statedNet}
   * @param computedName the message parameter of the computed total
   * @param statedFirst true if the difference is stated − computed, false for computed − stated
   */
  StatedTotals(String field, String computedName, boolean statedFirst) {
    this.field = field;
    this.computedName = computedName;
    this.statedFirst = statedFirst;
  }

  boolean check(ConstraintValidatorContext context, BigDecimal statedApplied, BigDecimal applied,
      BigDecimal statedApproved, Supplier<BigDecimal> approved) {
    boolean valid = column(context, "Applied", "haettu", statedApplied, applied);
    if (statedApproved != null) {
      BigDecimal computed = approved.get();
      valid &= computed == null || column(context, "Approved", "hyväksytty", statedApproved, computed);
    }
    return valid;
  }

  private boolean column(ConstraintValidatorContext context, String column, String columnName, BigDecimal stated,
      BigDecimal computed) {
    if (stated == null) {
      return true;
    }
    BigDecimal difference = statedFirst ? stated.subtract(computed) : computed.subtract(stated);
    if (difference.signum() == 0) {
      return true;
    }
    Report.of(context).with("column", columnName).with("stated", Fi.euros(stated))
        .with(computedName, Fi.euros(computed)).with("difference", Fi.decimal(difference))
        .difference(difference).addPropertyNode(field + column).addConstraintViolation();
    return false;
  }
}
