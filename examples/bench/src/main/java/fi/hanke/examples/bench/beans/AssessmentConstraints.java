package fi.hanke.examples.bench.beans;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The assessment constraints (<i>arviointi</i>, sv. <i>bedömning</i>): Hanke's family {@code assessment}. */
public final class AssessmentConstraints {
  private AssessmentConstraints() {}

  /** {@code ASSESSMENT-POINTS-ABOVE-MAXIMUM}: the points do not exceed the maximum points. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = PointsWithinMaximum.Check.class)
  public @interface PointsWithinMaximum {
    /** @return the message key, the rule id */
    String message() default "{ASSESSMENT-POINTS-ABOVE-MAXIMUM}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<PointsWithinMaximum, AssessmentForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(AssessmentForm a, ConstraintValidatorContext context) {
        if (a == null || a.getPoints() == null || a.getMaximumPoints() == null
            || a.getPoints().compareTo(a.getMaximumPoints()) <= 0) {
          return true;
        }
        Report.of(context).with("points", Fi.decimal(a.getPoints())).with("maximum", Fi.decimal(a.getMaximumPoints()))
            .violation().addPropertyNode("points").addConstraintViolation();
        return false;
      }
    }
  }
}
