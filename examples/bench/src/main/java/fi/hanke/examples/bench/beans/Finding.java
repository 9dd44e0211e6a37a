package fi.hanke.examples.bench.beans;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A finding read back from a Hibernate Validator violation (<i>havainto</i>, sv. <i>iakttagelse</i>) in the terms
 * Hanke reports it: the rule id (the constraint's message key), the severity (the constraint's payload, or INFO
 * for a difference inside the tolerance), the property path as text and the Finnish message.
 *
 * <p>A constraint's severity is its payload where it is used: none for ERROR,
 * {@code @ReceivedNotAfterStart(payload = Finding.Warning.class)} for WARNING, {@link Info} for INFO.
 *
 * @param ruleId the Hanke rule id, e.g. {@code COST-FLAT-RATE-LINE}; for a standard constraint such as
 *     {@code @NotNull} its message key
 * @param severity how serious it is
 * @param path the property path, e.g. {@code members[1].fundingPlan.EU_AND_STATE}
 * @param message the interpolated message
 */
public record Finding(String ruleId, Severity severity, String path, String message) {
  private static final String WITHIN_TOLERANCE = ".withinTolerance}";
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
      .thenComparing(Finding::path).thenComparing(Finding::severity).thenComparing(Finding::message);

  /** The severities, as Hanke's (<i>vakavuus</i>). */
  public enum Severity {
    /** Virhe: the application cannot be approved as it is. */
    ERROR,
    /** Varoitus: a person must look. */
    WARNING,
    /** Huomautus: noted, e.g. a rounding difference inside the tolerance. */
    INFO
  }

  /** The payload of a constraint whose violations are warnings (a constraint without one reports errors). */
  public interface Warning extends Payload {}

  /** The payload of a constraint whose violations are notes. */
  public interface Info extends Payload {}

  /**
   * @param violation a violation
   * @return it as a finding
   */
  public static Finding of(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    String key = descriptor.getMessageTemplate();
    String ruleId = key.startsWith("{") && key.endsWith("}") ? key.substring(1, key.length() - 1) : key;
    Severity severity = Severity.ERROR;
    if (violation.getMessageTemplate().endsWith(WITHIN_TOLERANCE) || descriptor.getPayload().contains(Info.class)) {
      severity = Severity.INFO;
    } else if (descriptor.getPayload().contains(Warning.class)) {
      severity = Severity.WARNING;
    }
    return new Finding(ruleId, severity, violation.getPropertyPath().toString(), violation.getMessage());
  }

  /**
   * @param violations violations
   * @return them as findings, ordered by rule id, path, severity and message
   */
  public static List<Finding> of(Collection<? extends ConstraintViolation<?>> violations) {
    List<Finding> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> v : violations) {
      out.add(of(v));
    }
    out.sort(ORDER);
    return out;
  }
}
