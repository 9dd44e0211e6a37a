package fi.hanke.validation.funding;

import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * The EU and State aid stays within the ceiling of the project type (<i>tuen enimmäismäärä</i>): 80 % of the
 * net cost for development, 70 % for investment. An excess within the tolerance is a rounding difference
 * (INFO); beyond it an error that names the excess in euros. Seed 002: 1 094 496 € against 80 % of
 * 1 368 111 € = 1 094 488,80 €, 7,20 € too much.
 *
 * <p>Aid that covers the whole net cost is left to {@code FUNDING-FULL-AID}, the more specific finding.
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.2, §13, §14.7 (867/2021 §4).
 */
public final class AidCeiling extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-AID-CEILING";

  /** Creates the rule. */
  public AidCeiling() {
    super(ID, Severity.ERROR, Family.FUNDING,
        "The EU and State aid is at most the ceiling of the project type (80 % development, 70 % investment) of the net cost.",
        "finnish-rules.md §3.2, §13, §14.7 (867/2021 §4)",
        "aid", "netCost", "ceiling", "projectType", "maximum", "excess");
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty() || project.costEstimate().isEmpty()) {
      return;
    }
    ProjectType type = project.placement().projectType();
    Optional<Percentage> ceiling = context.profile().aidCeiling(type, context.dateOf(project));
    Money net = project.costEstimate().get().netAppliedAsStated();
    Money aid = project.fundingPlan().get().aidApplied();
    if (ceiling.isEmpty() || !net.isPositive() || !aid.isLessThan(net)) {
      return;
    }
    BigDecimal maximum = ceiling.get().exactOf(net);
    BigDecimal excess = Eur.decimal(aid).subtract(maximum);
    if (excess.signum() <= 0) {
      return;
    }
    Object[] args = {"aid", aid, "netCost", net, "ceiling", ceiling.get(), "projectType", type,
        "maximum", maximum, "excess", excess};
    Path path = Path.root().field("fundingPlan").field("EU_AND_STATE");
    context.reportDifference(path, excess, args);
  }
}
