package fi.hanke.validation;

import fi.hanke.validation.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a validation (<i>havainto</i>, sv. <i>iakttagelse</i>): which rule, how serious, what it blames
 * (a path), the values involved (named arguments: amounts, dates, rates as values, not only as text), and the
 * message for people in Finnish, Swedish or English, rendered when asked for.
 */
public final class Violation {
  private final String ruleId;
  private final Severity severity;
  private final Path path;
  private final String messageKey;
  private final Map<String, Object> arguments;
  private final Optional<ParameterDate> parametersOn;

  Violation(String ruleId, Severity severity, Path path, String messageKey, Map<String, Object> arguments,
      Optional<ParameterDate> parametersOn) {
    this.parametersOn = Objects.requireNonNull(parametersOn, "parametersOn");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.path = Objects.requireNonNull(path, "path");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** @return the id of the rule that found it, e.g. {@code COST-FLAT-RATE-LINE} */
  public String ruleId() {
    return ruleId;
  }

  /** @return how serious it is */
  public Severity severity() {
    return severity;
  }

  /** @return what it blames, e.g. {@code members[1].fundingPlan.EXTERNAL_PRIVATE} */
  public Path path() {
    return path;
  }

  /** @return the key of its message in the bundles (the rule id, or the rule id + ".withinTolerance") */
  public String messageKey() {
    return messageKey;
  }

  /**
   * @return the date that chose the dated rates, ceilings or options the finding used, and where it came from;
   *     empty when the rule used none
   */
  public Optional<ParameterDate> parametersOn() {
    return parametersOn;
  }

  /** @return the named arguments, in the order the rule gave them */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /**
   * @param name an argument name
   * @return the argument's value
   * @throws IllegalArgumentException if the finding has no such argument
   */
  public Object argument(String name) {
    Object v = arguments.get(name);
    if (v == null) {
      throw new IllegalArgumentException("finding " + ruleId + " has no argument '" + name + "'; it has " + arguments.keySet());
    }
    return v;
  }

  /**
   * The message for people.
   *
   * @param locale fi, sv or en (anything else gives English)
   * @return the message with its arguments formatted for the language
   */
  public String message(Locale locale) {
    return Messages.render(Messages.template(messageKey, locale), arguments, locale);
  }

  /**
   * @param prefix a path to put in front
   * @return this finding with its path below the prefix
   */
  Violation under(Path prefix) {
    return new Violation(ruleId, severity, prefix.resolve(path), messageKey, arguments, parametersOn);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) o;
    return ruleId.equals(v.ruleId) && severity == v.severity && path.equals(v.path)
        && messageKey.equals(v.messageKey) && arguments.equals(v.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, messageKey, arguments);
  }

  /** @return a compact form for logs and test failures: severity, rule id, path, arguments */
  @Override
  public String toString() {
    return severity + " " + ruleId + " @" + path + " " + arguments;
  }
}
