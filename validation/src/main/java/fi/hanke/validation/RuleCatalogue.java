package fi.hanke.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The catalogue of standard rules (<i>sääntöluettelo</i>, sv. <i>regelkatalog</i>), family by family. The
 * documentation of the rules ({@code validation/RULES.md}) is generated from it so that it never drifts.
 *
 * <p>The families are found as {@link RuleFamily} services of this module, so that this package names none
 * of the family packages (which all use this one).
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /** The families, one per {@link Family}, in the order of {@link Family}: found once, immutable. */
  private static final class Families {
    static final List<RuleFamily> ALL = load();

    private static List<RuleFamily> load() {
      List<RuleFamily> found = new ArrayList<>();
      for (RuleFamily family : ServiceLoader.load(RuleFamily.class, RuleCatalogue.class.getClassLoader())) {
        // this module's families only: a host's provider is not a standard rule
        if (family.getClass().getModule() == RuleCatalogue.class.getModule()
            && family.getClass().getName().startsWith("fi.hanke.validation.")) {
          found.add(family);
        }
      }
      found.sort(Comparator.comparing(RuleFamily::family));
      Set<Family> families = EnumSet.noneOf(Family.class);
      for (RuleFamily family : found) {
        if (!families.add(family.family())) {
          throw new IllegalStateException("two providers of the rule family " + family.family());
        }
      }
      Set<Family> missing = EnumSet.allOf(Family.class);
      missing.removeAll(families);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("rule families not found as services of fi.hanke.validation.RuleFamily: "
            + missing + " (a repackaged jar must keep META-INF/services)");
      }
      return List.copyOf(found);
    }
  }

  /** @return a new instance of every standard rule, in catalogue order */
  public static List<Rule> standard() {
    List<Rule> all = new ArrayList<>();
    for (RuleFamily family : Families.ALL) {
      all.addAll(family.rules());
    }
    return List.copyOf(all);
  }
}
