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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
  private final int beneficiaries;
  private final Map<Object, WholeProgramme> wholeProgramme;
  private ParameterDate parametersOn;

  RuleContext(Rule rule, ProgrammeProfile profile, ValidationOptions options, List<Violation> sink) {
    this(rule, profile, options, sink, 1, new ConcurrentHashMap<>());
  }

  /**
   * @param wholeProgramme the validator's answers of {@link #onDecidingDate(Project, Object, Function)} for
   *     undated documents, by key: shared by every context of one validator (and so one profile)
   */
  RuleContext(Rule rule, ProgrammeProfile profile, ValidationOptions options, List<Violation> sink,
      int beneficiaries, Map<Object, WholeProgramme> wholeProgramme) {
    this.rule = rule;
    this.profile = profile;
    this.options = options;
    this.sink = sink;
    this.beneficiaries = beneficiaries;
    this.wholeProgramme = wholeProgramme;
  }

  /**
   * What a dated value is over the whole eligibility period: whether it is the same on every day checked, and
   * if so the value.
   */
  static final class WholeProgramme {
    final boolean constant;
    final Optional<?> value;

    WholeProgramme(boolean constant, Optional<?> value) {
      this.constant = constant;
      this.value = value;
    }
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
   * Looks a dated value of the profile up on the date that decides it: the reference date of the options if
   * set, else the aid decision's date (866/2021 §7(1), §13(1), §15(5)), else the date the application was
   * received, else the project's start. With none of them stated, the value is used only if it is the same on
   * every day of the programme's eligibility period (checked on the first day of each month and on its last
   * day), never the value of a date picked for the document. A finding the rule reports afterwards says which
   * date chose it ({@link Violation#parametersOn()}).
   *
   * @param project the project
   * @param lookup the lookup on a date, e.g. {@code d -> profile.flatRate(option, d)}
   * @param <T> the value's type
   * @return the value, or empty when it has none on the date, or when no date is stated and it varies
   */
  public <T> Optional<T> onDecidingDate(Project project, Function<LocalDate, Optional<T>> lookup) {
    Optional<ParameterDate> decided = decidingDate(project);
    if (decided.isPresent()) {
      parametersOn = decided.get();
      return lookup.apply(decided.get().date().orElseThrow());
    }
    return whole(scan(lookup));
  }

  /**
   * {@link #onDecidingDate(Project, Function)} with the answer for undated documents kept: the check over the
   * whole eligibility period (a lookup on the first day of each of its months, some 85 lookups) is made once per
   * validator and key, not once per document and rule. The same key must always mean the same lookup; keys
   * come from a small set (a parameter's name and its argument, e.g. {@code List.of("flatRate", option)}), as
   * every key is kept for the validator's life.
   *
   * @param project the project
   * @param key what the lookup looks up, equal for equal lookups
   * @param lookup the lookup on a date, e.g. {@code d -> profile.flatRate(option, d)}
   * @param <T> the value's type
   * @return the value, or empty when it has none on the date, or when no date is stated and it varies
   */
  public <T> Optional<T> onDecidingDate(Project project, Object key, Function<LocalDate, Optional<T>> lookup) {
    Optional<ParameterDate> decided = decidingDate(project);
    if (decided.isPresent()) {
      parametersOn = decided.get();
      return lookup.apply(decided.get().date().orElseThrow());
    }
    return whole(wholeProgramme.computeIfAbsent(java.util.Objects.requireNonNull(key, "key"), k -> scan(lookup)));
  }

  @SuppressWarnings("unchecked") // a key always means the same lookup, and so the same type
  private <T> Optional<T> whole(WholeProgramme answer) {
    if (!answer.constant) {
      return Optional.empty();
    }
    parametersOn = ParameterDate.wholeProgramme();
    return (Optional<T>) answer.value;
  }

  /** Whether a lookup gives the same value all through the eligibility period, and which. */
  private <T> WholeProgramme scan(Function<LocalDate, Optional<T>> lookup) {
    Optional<LocalDate> first = profile.eligibility().start();
    Optional<LocalDate> last = profile.eligibility().end();
    if (first.isEmpty() || last.isEmpty()) {
      return new WholeProgramme(false, Optional.empty());
    }
    Optional<T> value = lookup.apply(first.get());
    for (LocalDate d = first.get().withDayOfMonth(1).plusMonths(1); !d.isAfter(last.get()); d = d.plusMonths(1)) {
      if (!lookup.apply(d).equals(value)) {
        return new WholeProgramme(false, Optional.empty());
      }
    }
    if (!lookup.apply(last.get()).equals(value)) {
      return new WholeProgramme(false, Optional.empty());
    }
    return new WholeProgramme(true, value);
  }

  /**
   * @param project a project
   * @return the date that decides its dated values and where it came from, if the document (or the options)
   *     give one
   */
  public Optional<ParameterDate> decidingDate(Project project) {
    if (options.referenceDate().isPresent()) {
      return Optional.of(ParameterDate.of(ParameterDate.Basis.REFERENCE_DATE, options.referenceDate().get()));
    }
    Optional<LocalDate> decided = project.decision().flatMap(d -> d.date());
    if (decided.isPresent()) {
      return Optional.of(ParameterDate.of(ParameterDate.Basis.DECISION_DATE, decided.get()));
    }
    if (project.received().isPresent()) {
      return Optional.of(ParameterDate.of(ParameterDate.Basis.RECEIVED_DATE, project.received().get()));
    }
    return project.start().map(d -> ParameterDate.of(ParameterDate.Basis.START_DATE, d));
  }

  /**
   * @return how many beneficiaries' own figures the checked table adds up: 1 for a single project or a
   *     member's own project, the number of members for a group's shared plan (each member rounds its own
   *     amounts, so a group total may be off by up to the tolerance once per member)
   */
  public int beneficiaries() {
    return beneficiaries;
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
    add(rule.severity(), rule.id(), path, namedArguments);
  }

  /**
   * Reports a finding of another severity than the rule's, with its own message key: for a rule whose outcome
   * has more than one kind (an INFO that names how a group total can be consistent, an ERROR when it cannot).
   *
   * @param severity the severity
   * @param keySuffix the suffix of the message key, which the rule lists in {@link Rule#messageKeys()}
   * @param path what it blames
   * @param namedArguments name, value, name, value, … (every declared argument)
   */
  public void reportAs(Severity severity, String keySuffix, Path path, Object... namedArguments) {
    String key = rule.id() + "." + keySuffix;
    if (!rule.messageKeys().contains(key)) {
      throw new IllegalStateException("rule " + rule.id() + " reported key " + key + ", not in " + rule.messageKeys());
    }
    add(severity, key, path, namedArguments);
  }

  private void add(Severity severity, String key, Path path, Object[] namedArguments) {
    sink.add(new Violation(rule.id(), severity, path, key, arguments(namedArguments), Optional.ofNullable(parametersOn)));
  }

  /**
   * Reports a difference inside the tolerance, as INFO with the message key {@code <id>.withinTolerance}.
   *
   * @param path what it concerns
   * @param namedArguments name, value, name, value, …
   */
  public void reportWithinTolerance(Path path, Object... namedArguments) {
    add(Severity.INFO, rule.id() + ".withinTolerance", path, namedArguments);
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
