package fi.hanke.validation;

import fi.hanke.core.aid.DeMinimisRegister;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * What a rule sees while it checks (<i>tarkastuksen konteksti</i>, sv. <i>granskningskontext</i>): the
 * programme profile, the options, and where to report its findings. One context serves one rule on one
 * project; it is not shared between threads.
 */
public final class RuleContext {
  private final Rule rule;
  private final ProgrammeProfile profile;
  private final ValidationOptions options;
  private final List<Violation> sink;

  RuleContext(Rule rule, ProgrammeProfile profile, ValidationOptions options, List<Violation> sink) {
    this.rule = rule;
    this.profile = profile;
    this.options = options;
    this.sink = sink;
  }

  /** @return the programme profile with its dated rates and ceilings */
  public ProgrammeProfile profile() {
    return profile;
  }

  /** @return the validator's options */
  public ValidationOptions options() {
    return options;
  }

  /** @return the rounding tolerance per compared line (default 1,00 €) */
  public MonetaryAmount tolerance() {
    return options.tolerance();
  }

  /** @return the de minimis register to consult, if the host gave one */
  public Optional<DeMinimisRegister> deMinimisRegister() {
    return options.deMinimisRegister();
  }

  /**
   * The date that decides which rates and ceilings apply to a project: the reference date of the options if
   * set, else the project's start, else its received date, else its end, else the first day of the
   * programme's eligibility.
   *
   * @param project the project
   * @return the date
   */
  public LocalDate dateOf(Project project) {
    if (options.referenceDate().isPresent()) {
      return options.referenceDate().get();
    }
    if (project.start().isPresent()) {
      return project.start().get();
    }
    if (project.received().isPresent()) {
      return project.received().get();
    }
    if (project.end().isPresent()) {
      return project.end().get();
    }
    return profile.eligibility().start().orElse(LocalDate.of(2021, 1, 1));
  }

  /**
   * @param difference a difference in euros (either sign)
   * @return true if its absolute value does not exceed the tolerance
   */
  public boolean withinTolerance(BigDecimal difference) {
    return difference.abs().compareTo(Eur.decimal(options.tolerance())) <= 0;
  }

  /**
   * Reports a difference between two amounts that should be equal: nothing when it is zero, INFO
   * ({@link #reportWithinTolerance}) when it is within the tolerance, else a finding with the rule's severity.
   *
   * @param path what it blames
   * @param difference the difference in euros (either sign)
   * @param namedArguments name, value, name, value, …
   */
  public void reportDifference(Path path, BigDecimal difference, Object... namedArguments) {
    if (difference.signum() == 0) {
      return;
    }
    if (withinTolerance(difference)) {
      reportWithinTolerance(path, namedArguments);
    } else {
      report(path, namedArguments);
    }
  }

  /**
   * As {@link #reportDifference(Path, BigDecimal, Object...)}, with the arguments made only when there is a
   * difference to report: most comparisons find none, and the amounts a finding names may cost more to make
   * than the comparison.
   *
   * @param path what it blames
   * @param difference the difference in euros (either sign)
   * @param namedArguments makes name, value, name, value, …
   */
  public void reportDifference(Path path, BigDecimal difference, Supplier<Object[]> namedArguments) {
    if (difference.signum() != 0) {
      reportDifference(path, difference, namedArguments.get());
    }
  }

  /**
   * Reports a finding of the rule, with the rule's severity.
   *
   * @param path what it blames
   * @param namedArguments name, value, name, value, …
   */
  public void report(Path path, Object... namedArguments) {
    sink.add(new Violation(rule.id(), rule.severity(), path, rule.id(), arguments(namedArguments)));
  }

  /**
   * Reports a difference inside the tolerance, as INFO with the message key {@code <id>.withinTolerance}.
   *
   * @param path what it concerns
   * @param namedArguments name, value, name, value, …
   */
  public void reportWithinTolerance(Path path, Object... namedArguments) {
    sink.add(new Violation(rule.id(), Severity.INFO, path, rule.id() + ".withinTolerance", arguments(namedArguments)));
  }

  /**
   * The finding's arguments, checked against the rule's declaration: every declared argument given once, none
   * other, each value of its declared type. A mismatch is a defect of the rule, not of the document, so it
   * throws; every rule's tests make it report, so a mismatch fails the build.
   */
  private Map<String, Object> arguments(Object[] namedArguments) {
    List<Argument<?>> declared = rule.arguments();
    if (namedArguments.length != 2 * declared.size()) {
      throw new IllegalStateException("rule " + rule.id() + " reported " + namedArguments.length
          + " names and values; it declares " + declared);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namedArguments.length; i += 2) {
      Object name = namedArguments[i];
      Object value = namedArguments[i + 1];
      Argument<?> a = declared.stream().filter(d -> d.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException("rule " + rule.id() + " reported argument '" + name
              + "', which it does not declare; it declares " + declared));
      if (!a.admits(value)) {
        throw new IllegalStateException("rule " + rule.id() + " reported argument " + a + " with "
            + (value == null ? "null" : "a " + value.getClass().getName()));
      }
      if (m.put(a.name(), value) != null) {
        throw new IllegalStateException("rule " + rule.id() + " reported argument '" + name + "' twice");
      }
    }
    return m;
  }
}
