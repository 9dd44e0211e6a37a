package fi.hanke.examples.bench.beans;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Builds the Hibernate Validator that checks the forms (<i>lomakkeiden tarkastaja</i>): the default message
 * interpolator (Jakarta Expression Language through Expressly, as Hibernate Validator's documentation recommends)
 * with this package's Finnish messages, {@code ValidationMessages_fi.properties}, and Finnish as the locale of every
 * message regardless of the JVM's default.
 *
 * <pre>{@code
 * try (ValidatorFactory factory = FormValidation.factory()) {
 *   List<Finding> findings = Finding.of(factory.getValidator().validate(Forms.from(project)));
 * }
 * }</pre>
 */
public final class FormValidation {
  /** The language of the messages. */
  public static final Locale FINNISH = new Locale("fi");

  private static final String MESSAGES = "fi.hanke.examples.bench.beans.ValidationMessages";

  private FormValidation() {}

  /** @return a new validator factory; close it when done */
  public static ValidatorFactory factory() {
    PlatformResourceBundleLocator messages =
        new PlatformResourceBundleLocator(MESSAGES, Set.of(FINNISH), FormValidation.class.getClassLoader());
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ResourceBundleMessageInterpolator(messages, Set.of(FINNISH), FINNISH,
            context -> FINNISH, true))
        .buildValidatorFactory();
  }
}
