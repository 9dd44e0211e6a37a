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

/** The identity constraints (<i>tunnisteet</i>, sv. <i>identifierare</i>): Hanke's family {@code identity}. */
public final class IdentityConstraints {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  private IdentityConstraints() {}

  /**
   * {@code ID-BUSINESS-ID-CHECK-DIGIT}: the check digit of the organisation's Y-tunnus is the one its seven digits
   * call for (weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0, 1 no valid digit, else 11 − remainder).
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Constraint(validatedBy = BusinessIdCheckDigit.Check.class)
  public @interface BusinessIdCheckDigit {
    /** @return the message key, the rule id */
    String message() default "{ID-BUSINESS-ID-CHECK-DIGIT}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the severity: none for ERROR, {@link Finding.Warning} or {@link Finding.Info} */
    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<BusinessIdCheckDigit, OrganisationForm> {
      /** Creates the check. */
      public Check() {}

      @Override
      public boolean isValid(OrganisationForm o, ConstraintValidatorContext context) {
        String id = o == null ? null : o.getBusinessId();
        if (id == null || id.length() != 9 || id.charAt(7) != '-') {
          return true;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
          char c = id.charAt(i);
          if (c < '0' || c > '9') {
            return true;
          }
          sum += (c - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        int expected = r == 0 ? 0 : r == 1 ? -1 : 11 - r;
        if (expected == id.charAt(8) - '0') {
          return true;
        }
        Report.of(context).with("organisation", o.getName()).with("businessId", id)
            .with("expected", expected < 0 ? "–" : String.valueOf(expected))
            .violation().addPropertyNode("businessId").addConstraintViolation();
        return false;
      }
    }
  }
}
