package fi.hanke.validation;

import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validation rule (<i>tarkastussääntö</i>, sv. <i>granskningsregel</i>): one class, one stable id, one
 * severity, one message key per language, and the named arguments its findings carry.
 *
 * <p>A rule checks a {@link Project}, a {@link GroupProject}, or both, and reports through the
 * {@link RuleContext}; it never throws for bad data. Rules are immutable and stateless, so one instance
 * serves every thread. A host adds its own rules by extending this class and passing them to
 * {@link Validator.Builder#addRule(Rule)}.
 *
 * <pre>{@code
 * final class NameGiven extends Rule {
 *   NameGiven() {
 *     super("HOST-NAME", Severity.WARNING, Family.PROGRAMME, "The project has a public name.", "host policy");
 *   }
 *   @Override public void check(Project project, RuleContext context) {
 *     if (project.name().isEmpty()) context.report(Path.root().field("name"));
 *   }
 * }
 * }</pre>
 */
public abstract class Rule {
  private final String id;
  private final Severity severity;
  private final Family family;
  private final String summary;
  private final String source;
  private final List<Argument<?>> arguments;
  private final Set<Fact> facts;
  private final long factBits;
  private final boolean checksProjects;
  private final boolean checksGroups;

  /**
   * @param id the stable id, e.g. {@code COST-FLAT-RATE-LINE}
   * @param severity the severity of its findings beyond any tolerance
   * @param family its family
   * @param summary what it checks, in one English sentence (for the catalogue)
   * @param source the section of {@code domain/finnish-rules.md} or the law it rests on
   * @param arguments the arguments every finding carries, each with its name and type
   */
  protected Rule(String id, Severity severity, Family family, String summary, String source, Argument<?>... arguments) {
    this(id, severity, family, summary, source, Set.of(), arguments);
  }

  /**
   * @param id the stable id, e.g. {@code COST-FLAT-RATE-LINE}
   * @param severity the severity of its findings beyond any tolerance
   * @param family its family
   * @param summary what it checks, in one English sentence (for the catalogue)
   * @param source the section of {@code domain/finnish-rules.md} or the law it rests on
   * @param facts the facts the document must state for the rule to check anything ({@link Fact})
   * @param arguments the arguments every finding carries, each with its name and type
   */
  protected Rule(String id, Severity severity, Family family, String summary, String source, Set<Fact> facts,
      Argument<?>... arguments) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.family = Objects.requireNonNull(family, "family");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.source = Objects.requireNonNull(source, "source");
    this.arguments = List.of(arguments);
    this.facts = facts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facts));
    this.factBits = Facts.bits(this.facts);
    this.checksProjects = overrides("check", Project.class);
    this.checksGroups = overrides("check", GroupProject.class);
    if (id.isBlank()) {
      throw new IllegalArgumentException("rule id must not be blank");
    }
    if (this.arguments.stream().map(Argument::name).distinct().count() != this.arguments.size()) {
      throw new IllegalArgumentException("rule " + id + " declares an argument name twice: " + this.arguments);
    }
  }

  /** @return the stable id */
  public final String id() {
    return id;
  }

  /** @return the severity of its findings beyond any tolerance */
  public final Severity severity() {
    return severity;
  }

  /** @return its family */
  public final Family family() {
    return family;
  }

  /** @return what it checks, in one sentence */
  public final String summary() {
    return summary;
  }

  /** @return the source it rests on */
  public final String source() {
    return source;
  }

  /** @return the arguments its findings carry, each with its name and type, in declaration order */
  public final List<Argument<?>> arguments() {
    return arguments;
  }

  /**
   * @return the facts the document must state for the rule to check anything: without one of them the rule
   *     does not run, and the report lists it as not checkable, naming what was missing
   */
  public final Set<Fact> facts() {
    return facts;
  }

  final long factBits() {
    return factBits;
  }

  /** @return true if the rule checks single projects (and a group's plan and members' own projects) */
  public final boolean checksProjects() {
    return checksProjects;
  }

  /** @return true if the rule checks what only a group as a whole can show */
  public final boolean checksGroups() {
    return checksGroups;
  }

  private boolean overrides(String name, Class<?> target) {
    try {
      return getClass().getMethod(name, target, RuleContext.class).getDeclaringClass() != Rule.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the names of the arguments its findings carry, in declaration order */
  public final List<String> argumentNames() {
    return arguments.stream().map(Argument::name).toList();
  }

  /**
   * @return true if the rule also reports differences inside the tolerance, as INFO with the message key
   *     {@code <id>.withinTolerance}
   */
  public boolean reportsWithinTolerance() {
    return false;
  }

  /**
   * Checks one project: a single beneficiary's project, a group's shared plan, or a member's own project.
   *
   * @param project the project
   * @param context where to report, with the profile and options
   */
  public void check(Project project, RuleContext context) {}

  /**
   * Checks what only the group as a whole can show (members, their budgets against the group's totals).
   *
   * @param group the group project
   * @param context where to report, with the profile and options
   */
  public void check(GroupProject group, RuleContext context) {}

  /**
   * @return the keys of the messages its findings use: its id, {@code <id>.withinTolerance} if it reports
   *     differences inside the tolerance, and any further keys it reports with
   *     {@link RuleContext#reportAs(Severity, String, Path, Object...)}
   */
  public List<String> messageKeys() {
    return reportsWithinTolerance() ? List.of(id, id + ".withinTolerance") : List.of(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
