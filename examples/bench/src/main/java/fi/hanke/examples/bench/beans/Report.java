package fi.hanke.examples.bench.beans;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.math.BigDecimal;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation of a class-level constraint: message parameters, then a builder for its path. Made only when
 * a check fails, so a valid form costs nothing here. The message key is the constraint's own ({@code {<rule id>}})
 * or, for a difference inside the tolerance, {@code {<rule id>.withinTolerance}}.
 */
final class Report {
  /** The rounding tolerance per compared line, as Hanke's default: 1,00 €. */
  static final BigDecimal TOLERANCE = new BigDecimal("1.00");

  private final ConstraintValidatorContext context;
  private final HibernateConstraintValidatorContext hibernate;

  private Report(ConstraintValidatorContext context) {
    this.context = context;
    this.hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    context.disableDefaultConstraintViolation();
  }

  /**
   * @param context the validator's context
   * @return a report for one violation
   */
  static Report of(ConstraintValidatorContext context) {
    return new Report(context);
  }

  /**
   * @param name a message parameter
   * @param value its text
   * @return this report
   */
  Report with(String name, Object value) {
    hibernate.addMessageParameter(name, value);
    return this;
  }

  /** @return a builder of the violation with the constraint's message key */
  ConstraintViolationBuilder violation() {
    return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
  }

  /**
   * @param difference a non-zero difference between two amounts that should be equal
   * @return a builder of the violation: with the key {@code <rule id>.withinTolerance} (INFO) if the difference is
   *     inside the tolerance, else with the constraint's key
   */
  ConstraintViolationBuilder difference(BigDecimal difference) {
    String key = context.getDefaultConstraintMessageTemplate();
    if (difference.abs().compareTo(TOLERANCE) <= 0) {
      key = key.substring(0, key.length() - 1) + ".withinTolerance}";
    }
    return context.buildConstraintViolationWithTemplate(key);
  }
}
