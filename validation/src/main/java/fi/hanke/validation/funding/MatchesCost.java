package fi.hanke.validation.funding;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Figures;
import fi.hanke.validation.internal.Stated;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The funding plan covers exactly the net cost (<i>rahoitussuunnitelma vastaa nettokustannusarviota</i>):
 * the plan's total (as stated, else the sum of its lines) equals the cost estimate's net (as stated, else
 * computed).
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.1, §14.6.
 */
public final class MatchesCost extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-MATCHES-COST";

  /** Creates the rule. */
  public MatchesCost() {
    super(ID, Severity.ERROR, Family.FUNDING,
        "The funding plan's total equals the net cost of the cost estimate.",
        "finnish-rules.md §3.1, §14.6",
        Set.of(Fact.FUNDING_TOTAL, Fact.NET_COST),
        Argument.of("fundingTotal", MonetaryAmount.class),
        Argument.of("netCost", MonetaryAmount.class),
        Argument.of("difference", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<Stated> total = project.fundingPlan().flatMap(Figures::total);
    Optional<Stated> net = project.costEstimate().flatMap(Figures::net);
    if (total.isEmpty() || net.isEmpty()) {
      return;
    }
    FundingPlan plan = project.fundingPlan().get();
    CostEstimate estimate = project.costEstimate().get();
    BigDecimal difference = total.get().gapTo(net.get());
    context.reportDifference(Path.root().field("fundingPlan"), difference, () -> new Object[] {
        "fundingTotal", plan.statedTotalApplied().orElseGet(plan::totalApplied),
        "netCost", estimate.netAppliedAsStated(), "difference", difference});
  }
}
