package fi.hanke.validation;

import fi.hanke.core.aid.DeMinimisRegister;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.internal.Figures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.MonetaryAmount;

/**
 * Checks projects against a programme's rules (<i>tarkastaja</i>, sv. <i>granskare</i>). A validator is
 * immutable and thread-safe: build it once and let every thread use it. It collects every finding and never
 * stops at the first.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .profile(Programmes.finland2021to2027())
 *     .tolerance(Eur.of(1))
 *     .language(new Locale("fi"))
 *     .disable("WORK-TARGET-RANGE")
 *     .build();
 * ValidationReport report = validator.validate(project);
 * }</pre>
 */
public final class Validator {
  private static final Comparator<Violation> ORDER = Comparator
      .comparing(Violation::severity)
      .thenComparing(Violation::path)
      .thenComparing(Violation::ruleId);

  /** The most facts of a rule whose sets of lacking facts are kept: 2⁸ sets at most. */
  private static final int MISSING_KEPT = 8;

  private final ProgrammeProfile profile;
  private final ValidationOptions options;
  private final List<Rule> rules;
  /** The answers for undated documents of {@link RuleContext#onDecidingDate(Project, Object, java.util.function.Function)}. */
  private final Map<Object, RuleContext.WholeProgramme> wholeProgramme = new ConcurrentHashMap<>();

  /**
   * For each rule, the sets of facts it can lack, made on first need: the documents of a portfolio lack the same
   * facts again and again (a group's plan and its members' own projects each other ones), and each set is made once
   * per validator instead of once per place. Indexed by {@link Facts#subset}; null for a rule of more than
   * {@link #MISSING_KEPT} facts, whose sets are made per place. Shared by the threads that validate; an entry is
   * immutable and written whole.
   */
  private final Facts.Missing[][] missing;
  /** The lists of the rules checked and not applicable of each outcome seen, shared by the reports. */
  private final ReportCoverage.Outcomes outcomes;

  private Validator(ProgrammeProfile profile, ValidationOptions options, List<Rule> rules) {
    this.profile = profile;
    this.options = options;
    this.rules = List.copyOf(rules);
    this.outcomes = new ReportCoverage.Outcomes(this.rules);
    this.missing = new Facts.Missing[this.rules.size()][];
    for (int i = 0; i < missing.length; i++) {
      int facts = Long.bitCount(this.rules.get(i).factBits());
      missing[i] = facts <= MISSING_KEPT ? new Facts.Missing[1 << facts] : null;
    }
  }

  /**
   * A validator with the standard rules and default options.
   *
   * @param profile the programme profile
   * @return the validator
   */
  public static Validator of(ProgrammeProfile profile) {
    return builder().profile(profile).build();
  }

  /** @return a builder starting from the standard rules and default options */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the programme profile */
  public ProgrammeProfile profile() {
    return profile;
  }

  /** @return the options */
  public ValidationOptions options() {
    return options;
  }

  /** @return the active rules, in catalogue order */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Validates one project.
   *
   * @param project the project
   * @return every finding
   */
  public ValidationReport validate(Project project) {
    Objects.requireNonNull(project, "project");
    List<Violation> found = new ArrayList<>();
    ReportCoverage.Collector coverage = new ReportCoverage.Collector(outcomes);
    checkProject(project, Path.root(), 1, true, Optional.empty(), found, coverage);
    return report(found, coverage);
  }

  /**
   * Validates a group project: the group as a whole, its shared plan (paths under {@code plan}) and each
   * member's own project where known (paths under {@code members[i]}). A member's project that names no programme
   * belongs to the programme the group's plan names.
   *
   * @param group the group project
   * @return every finding
   */
  public ValidationReport validate(GroupProject group) {
    Objects.requireNonNull(group, "group");
    List<Violation> found = new ArrayList<>();
    ReportCoverage.Collector coverage = new ReportCoverage.Collector(outcomes);
    long stated = Facts.of(group, options, profile);
    List<GroupMember> members = group.members();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.checksGroups() && runnable(i, rule, stated, Path.root(), coverage)) {
        rule.check(group, new RuleContext(rule, profile, options, found, 1, wholeProgramme));
      }
    }
    Optional<Programme> programme = group.plan().placement().programme();
    checkProject(group.plan(), Path.root().field("plan"), Math.max(1, members.size()), Figures.oneCostModel(group),
        Optional.empty(), found, coverage);
    for (int i = 0; i < members.size(); i++) {
      GroupMember member = members.get(i);
      if (member.project().isPresent()) {
        checkProject(member.project().get(), Path.root().field("members").index(i), 1, true, programme, found,
            coverage);
      }
    }
    return report(found, coverage);
  }

  /**
   * Runs the project rules on one project: a single beneficiary's, a member's own, or a group's shared plan,
   * whose figures add up {@code beneficiaries} members' own and follow one cost model only where
   * {@code oneCostModel} (every member states the plan's option); a member that names no programme takes the
   * {@code group}'s.
   */
  private void checkProject(Project project, Path prefix, int beneficiaries, boolean oneCostModel,
      Optional<Programme> group, List<Violation> found, ReportCoverage.Collector coverage) {
    List<Violation> own = prefix.equals(Path.root()) ? found : new ArrayList<>();
    long stated = Facts.of(project, options, profile, group)
        | (oneCostModel ? 1L << Fact.ONE_COST_MODEL.ordinal() : 0);
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.checksProjects() && runnable(i, rule, stated, prefix, coverage)) {
        rule.check(project, new RuleContext(rule, profile, options, own, beneficiaries, wholeProgramme));
      }
    }
    if (own != found) {
      for (Violation v : own) {
        found.add(v.under(prefix));
      }
    }
  }

  /** True if the document states every fact the rule needs; else records where and for want of what. */
  private boolean runnable(int index, Rule rule, long stated, Path path, ReportCoverage.Collector coverage) {
    long required = rule.factBits();
    long lacking = required & ~stated;
    if (lacking == 0) {
      coverage.ran(index);
      return true;
    }
    coverage.unchecked(index, path, missing(index, required, lacking).facts);
    return false;
  }

  private Facts.Missing missing(int index, long required, long lacking) {
    Facts.Missing[] kept = missing[index];
    if (kept == null) {
      return new Facts.Missing(lacking);
    }
    int subset = Facts.subset(lacking, required);
    Facts.Missing m = kept[subset];
    if (m == null) {
      m = new Facts.Missing(lacking);
      kept[subset] = m;
    }
    return m;
  }

  private ValidationReport report(List<Violation> found, ReportCoverage.Collector coverage) {
    found.sort(ORDER);
    return new ValidationReport(found, options.language(), coverage.build());
  }

  /** Builds a {@link Validator}. */
  public static final class Builder {
    private ProgrammeProfile profile;
    private ValidationOptions.Builder options = ValidationOptions.builder();
    private final List<Rule> rules = new ArrayList<>(RuleCatalogue.standard());
    private final Set<String> disabled = new HashSet<>();

    private Builder() {}

    /**
     * @param profile the programme profile (required)
     * @return this builder
     */
    public Builder profile(ProgrammeProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets all options at once: they replace every option set before (reference date, tolerance, language, de
     * minimis register and disabled rules; an option the given ones leave empty is empty afterwards). Options
     * set after this call apply on top of them. The profile and the added rules are not options and stay.
     *
     * @param options all options at once
     * @return this builder
     */
    public Builder options(ValidationOptions options) {
      Objects.requireNonNull(options, "options");
      this.options = ValidationOptions.builder().from(options);
      disabled.clear();
      disabled.addAll(options.disabledRules());
      return this;
    }

    /**
     * @param date the date that decides which rates apply, instead of each project's own dates
     * @return this builder
     */
    public Builder referenceDate(LocalDate date) {
      options.referenceDate(date);
      return this;
    }

    /**
     * @param tolerance the rounding tolerance per compared line
     * @return this builder
     */
    public Builder tolerance(MonetaryAmount tolerance) {
      options.tolerance(tolerance);
      return this;
    }

    /**
     * @param language the language of the report's text
     * @return this builder
     */
    public Builder language(Locale language) {
      options.language(language);
      return this;
    }

    /**
     * @param register the de minimis register to consult
     * @return this builder
     */
    public Builder deMinimisRegister(DeMinimisRegister register) {
      options.deMinimisRegister(register);
      return this;
    }

    /**
     * @param ruleIds ids of rules to switch off
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      disabled.addAll(List.of(ruleIds));
      return this;
    }

    /**
     * @param rule a rule of the host's own, run after the standard ones
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * @return the validator
     * @throws IllegalStateException if no profile was given, or a disabled id names no rule
     */
    public Validator build() {
      if (profile == null) {
        throw new IllegalStateException("a Validator needs a programme profile: call profile(..)");
      }
      Set<String> known = new HashSet<>();
      for (Rule r : rules) {
        if (!known.add(r.id())) {
          throw new IllegalStateException("two rules have the id " + r.id());
        }
      }
      for (String id : disabled) {
        if (!known.contains(id)) {
          throw new IllegalStateException("cannot disable unknown rule id '" + id + "'");
        }
      }
      List<Rule> active = new ArrayList<>();
      for (Rule r : rules) {
        if (!disabled.contains(r.id())) {
          active.add(r);
        }
      }
      options.disabledRules(disabled);
      return new Validator(profile, options.build(), active);
    }
  }
}
