package fi.hanke.validation;

import fi.hanke.validation.internal.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
   * Takes unmodifiable lists that nothing changes ({@code checked} and {@code notApplicable} may be shared by many
   * reports) and a new list of the places not checkable, kept unmodifiable instead of copied (three copies per
   * document were 4 % of validating it).
   */
  private ReportCoverage(List<String> checked, List<String> notApplicable, List<Unchecked> notCheckable) {
    this.checked = checked;
    this.notApplicable = notApplicable;
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

  /**
   * The rules a validation checked and those that do not apply, for each outcome a validator has seen: the
   * documents of a portfolio have few outcomes (16 among 10 000 documents), and the two lists of rule ids made for
   * every report were 5 % of validating one. Each outcome's lists are made once and shared by the reports, which
   * cannot change them. Shared by the threads that validate; keeps at most {@link #KEPT} outcomes and makes the
   * lists of any further one for its report alone.
   */
  static final class Outcomes {
    private static final int KEPT = 256;

    private final List<Rule> rules;
    private final Map<Outcome, Outcome> kept = new ConcurrentHashMap<>();

    /** @param rules the validator's rules, in catalogue order */
    Outcomes(List<Rule> rules) {
      this.rules = rules;
    }

    /** The outcome of the rules that ran and of those that could not be checked anywhere or somewhere. */
    private Outcome of(boolean[] ran, List<Unchecked>[] unchecked) {
      long[] bits = new long[2 * ((ran.length + 63) / 64)];
      int notApplicable = bits.length / 2;
      for (int i = 0; i < ran.length; i++) {
        if (ran[i]) {
          bits[i / 64] |= 1L << i;
        } else if (unchecked[i] == null) {
          bits[notApplicable + i / 64] |= 1L << i;
        }
      }
      Outcome probe = new Outcome(bits, null, null);
      Outcome known = kept.get(probe);
      if (known != null) {
        return known;
      }
      List<String> checkedIds = new ArrayList<>();
      List<String> notApplicableIds = new ArrayList<>();
      for (int i = 0; i < ran.length; i++) {
        if (ran[i]) {
          checkedIds.add(rules.get(i).id());
        } else if (unchecked[i] == null) {
          notApplicableIds.add(rules.get(i).id());
        }
      }
      Outcome made = new Outcome(bits, List.copyOf(checkedIds), List.copyOf(notApplicableIds));
      if (kept.size() < KEPT) {
        kept.putIfAbsent(made, made);
      }
      return made;
    }
  }

  /**
   * Which rules ran and which do not apply, as bits by catalogue index, with the lists of their ids; equal by the
   * bits.
   */
  private static final class Outcome {
    private final long[] bits;
    private final List<String> checked;
    private final List<String> notApplicable;

    Outcome(long[] bits, List<String> checked, List<String> notApplicable) {
      this.bits = bits;
      this.checked = checked;
      this.notApplicable = notApplicable;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Outcome other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }

  /** Collects what happened to each rule while one document is validated; not shared between threads. */
  static final class Collector {
    private final Outcomes outcomes;
    private final List<Rule> rules;
    private final boolean[] ran;
    /** For each rule, where it could not be checked, in the order found; null where it always could. */
    private final List<Unchecked>[] unchecked;

    @SuppressWarnings("unchecked") // an array of the one generic type
    Collector(Outcomes outcomes) {
      this.outcomes = outcomes;
      this.rules = outcomes.rules;
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
      List<Unchecked> notCheckable = new ArrayList<>();
      for (List<Unchecked> places : unchecked) {
        if (places != null) {
          notCheckable.addAll(places);
        }
      }
      Outcome outcome = outcomes.of(ran, unchecked);
      return new ReportCoverage(outcome.checked, outcome.notApplicable, notCheckable);
    }
  }
}
