package fi.hanke.validation;

import fi.hanke.validation.internal.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a validation could check (<i>tarkastuksen kattavuus</i>, sv. <i>granskningens täckning</i>): the rules it
 * checked, the rules that do not apply to this kind of document (group rules on a single project), and where a
 * rule could not be checked for want of facts the document does not state. A report without ERROR on a partial
 * document is not a clean bill: its coverage says what was left unchecked.
 */
public final class ReportCoverage {
  private final List<String> checked;
  private final List<String> notApplicable;
  private final List<Unchecked> notCheckable;

  /**
   * Takes new lists that nothing else holds and keeps them unmodifiable instead of copying them (three copies per
   * document were 4 % of validating it).
   */
  private ReportCoverage(List<String> checked, List<String> notApplicable, List<Unchecked> notCheckable) {
    this.checked = Collections.unmodifiableList(checked);
    this.notApplicable = Collections.unmodifiableList(notApplicable);
    this.notCheckable = Collections.unmodifiableList(notCheckable);
  }

  /** @return the ids of the rules that ran on at least one part of the document, in catalogue order */
  public List<String> checked() {
    return checked;
  }

  /** @return the ids of the rules that apply to no part of this kind of document, in catalogue order */
  public List<String> notApplicable() {
    return notApplicable;
  }

  /** @return each place a rule could not be checked, with the facts it lacked, in catalogue order */
  public List<Unchecked> notCheckable() {
    return notCheckable;
  }

  /** @return the ids of the rules that could not be checked anywhere in the document, in catalogue order */
  public List<String> uncheckedRules() {
    return notCheckable.stream().map(Unchecked::ruleId).distinct().filter(id -> !checked.contains(id))
        .collect(Collectors.toList());
  }

  /**
   * A rule that could not be checked on one part of the document (<i>tarkastamatta jäänyt sääntö</i>, sv.
   * <i>ogranskad regel</i>): the rule, where (the project, a group's plan, a member's own project), and the facts
   * the document does not state there.
   */
  public static final class Unchecked {
    private final String ruleId;
    private final Path path;
    private final Set<Fact> missing;

    Unchecked(String ruleId, Path path, Set<Fact> missing) {
      this(ruleId, path, missing, false);
    }

    /**
     * @param shared whether {@code missing} is an unmodifiable set in {@link Fact} order that nothing changes, kept
     *     as it is instead of copied
     */
    private Unchecked(String ruleId, Path path, Set<Fact> missing, boolean shared) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.path = Objects.requireNonNull(path, "path");
      this.missing = shared ? missing : Collections.unmodifiableSet(EnumSet.copyOf(missing));
    }

    /** @return the rule's id */
    public String ruleId() {
      return ruleId;
    }

    /** @return where: the root for a single project or a group as a whole, {@code plan}, {@code members[1]} */
    public Path path() {
      return path;
    }

    /** @return the facts it lacked, in {@link Fact} order */
    public Set<Fact> missing() {
      return missing;
    }

    /**
     * @param locale fi, sv or en (anything else gives English)
     * @return e.g. "FUNDING-AID-CEILING: ei voitu tarkistaa, koska asiakirjasta puuttuu: EU- ja valtion tuki"
     */
    public String message(Locale locale) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("rule", ruleId);
      args.put("facts", missing.stream().map(f -> f.displayName(locale)).collect(Collectors.joining(", ")));
      return Messages.render(Messages.template("coverage.notCheckable", locale), args, locale);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unchecked u && u.ruleId.equals(ruleId) && u.path.equals(path) && u.missing.equals(missing);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ruleId, path, missing);
    }

    @Override
    public String toString() {
      return ruleId + " at " + (path.toString().isEmpty() ? "(root)" : path) + " lacks " + missing;
    }
  }

  /** Collects what happened to each rule while one document is validated; not shared between threads. */
  static final class Collector {
    private final List<Rule> rules;
    private final boolean[] ran;
    /** For each rule, where it could not be checked, in the order found; null where it always could. */
    private final List<Unchecked>[] unchecked;

    @SuppressWarnings("unchecked") // an array of the one generic type
    Collector(List<Rule> rules) {
      this.rules = rules;
      this.ran = new boolean[rules.size()];
      this.unchecked = new List[rules.size()];
    }

    void ran(int rule) {
      ran[rule] = true;
    }

    /** @param missing an unmodifiable set in {@link Fact} order that nothing changes (it may be shared) */
    void unchecked(int rule, Path path, Set<Fact> missing) {
      List<Unchecked> list = unchecked[rule];
      if (list == null) {
        list = new ArrayList<>(2);
        unchecked[rule] = list;
      }
      list.add(new Unchecked(rules.get(rule).id(), path, missing, true));
    }

    ReportCoverage build() {
      List<String> checked = new ArrayList<>(rules.size());
      List<String> notApplicable = new ArrayList<>();
      List<Unchecked> notCheckable = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (ran[i]) {
          checked.add(rules.get(i).id());
        } else if (unchecked[i] == null) {
          notApplicable.add(rules.get(i).id());
        }
        if (unchecked[i] != null) {
          notCheckable.addAll(unchecked[i]);
        }
      }
      return new ReportCoverage(checked, notApplicable, notCheckable);
    }
  }
}
