package fi.hanke.validation.work;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.Target;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * A target's breakdown adds up (<i>tavoitteen erittely täsmää tavoitteeseen</i>): a complete breakdown, e.g.
 * by region (<i>maakuntajako</i>: 250 = 100 + 100 + 50), adds up to the target's quantity, or for a range target
 * ("25–30") to a value inside the range; a partial "of whom" breakdown (<i>joista</i>: "170 osallistujaa, joista
 * 18–29-vuotiaita 34") does not exceed the quantity, or the upper end of a range. Checks the project's targets
 * and each work package's.
 *
 * <p>A range whose ends are the wrong way round is reported by {@link TargetRange}; this rule then checks the
 * breakdown against the range between the two numbers, so that one typo gives one finding.
 *
 * <p>Source: {@code domain/finnish-rules.md} §10 (targets and indicators, e.g. participants by age group),
 * §14.
 */
public final class TargetBreakdown extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-TARGET-BREAKDOWN";

  /** Creates the rule. */
  public TargetBreakdown() {
    super(ID, Severity.ERROR, Family.WORK,
        "A complete breakdown of a target adds up to the target (or into its range); a partial one does not exceed it.",
        "finnish-rules.md §10, §14",
        Set.of(Fact.TARGETS),
        Argument.of("target", String.class),
        Argument.of("dimension", String.class),
        Argument.of("quantity", Long.class),
        Argument.of("sum", Number.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    TargetPaths.forEach(project, (path, target) -> check(path, target, context));
  }

  private static void check(Path path, Target target, RuleContext context) {
    long upTo = target.upTo().orElse(target.quantity());
    long low = Math.min(target.quantity(), upTo);
    long high = Math.max(target.quantity(), upTo);
    List<Breakdown> breakdowns = target.breakdowns();
    for (int j = 0; j < breakdowns.size(); j++) {
      Breakdown b = breakdowns.get(j);
      long sum = sum(b);
      // a sum beyond a long exceeds every quantity, which is a long
      boolean fits = sum >= 0 && (b.complete() ? low <= sum && sum <= high : sum <= high);
      if (!fits) {
        context.report(path.field("breakdowns").index(j), "target", target.description(), "dimension", b.dimension(),
            "quantity", target.quantity(), "sum", sum >= 0 ? (Object) sum : exactSum(b));
      }
    }
  }

  /**
   * Σ of the parts, or −1 when it is beyond a long: parts of up to {@link Long#MAX_VALUE} each may add up beyond a
   * long, and none is negative. A BigInteger per breakdown cost 3 % of validating a document; most sums fit.
   */
  private static long sum(Breakdown b) {
    long sum = 0;
    for (BreakdownPart p : b.parts()) {
      if (p.quantity() > Long.MAX_VALUE - sum) {
        return -1;
      }
      sum += p.quantity();
    }
    return sum;
  }

  /** Σ of the parts, exact, for a sum beyond a long. */
  private static BigInteger exactSum(Breakdown b) {
    BigInteger sum = BigInteger.ZERO;
    for (BreakdownPart p : b.parts()) {
      sum = sum.add(BigInteger.valueOf(p.quantity()));
    }
    return sum;
  }
}
