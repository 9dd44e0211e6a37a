package fi.hanke.validation.testing;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Allocation;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Remainder;
import fi.hanke.core.project.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * Edits of valid projects that property tests use to break one rule and keep every other rule quiet: they
 * keep the stated net, the funding plan and the regional split consistent with whatever else they change.
 */
public final class Mutations {
  private Mutations() {}

  /**
   * Sets a cost line (adding it if absent) and makes the rest of the project consistent: the stated net is
   * the new computed net, and the funding plan is rebuilt around it with {@link #fundedAt(Project, BigDecimal)}
   * at half aid.
   *
   * @param project a valid project
   * @param category the line to set
   * @param amount its new applied amount
   * @return the edited project
   */
  public static Project withCostLine(Project project, CostCategory category, MonetaryAmount amount) {
    CostEstimate e = project.costEstimate().orElseThrow();
    List<CostLine> lines = new ArrayList<>();
    boolean found = false;
    for (CostLine l : e.lines()) {
      if (l.category() == category) {
        lines.add(CostLine.builder().from(l).applied(Eur.require(amount, "amount")).approved(java.util.Optional.empty()).build());
        found = true;
      } else {
        lines.add(l);
      }
    }
    if (!found) {
      lines.add(CostLine.builder().category(category).applied(Eur.require(amount, "amount")).build());
    }
    CostEstimate changed = e.withLines(lines);
    return rebalance(project.withCostEstimate(changed.withStatedNetApplied(changed.netApplied())));
  }

  /**
   * Makes the stated net equal the lines and rebuilds the funding plan at half aid.
   *
   * @param project a project whose lines are right
   * @return the consistent project
   */
  public static Project rebalance(Project project) {
    CostEstimate e = project.costEstimate().orElseThrow();
    Project p = project.withCostEstimate(e.withStatedNetApplied(e.netApplied()));
    FastMoney half = Eur.of(Eur.decimal(e.netApplied()).divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN));
    return withFunding(p, half, FundingSource.OWN_MUNICIPAL);
  }

  /**
   * Rebuilds the funding plan: the aid, and the rest of the net cost on one other source; the stated total is
   * the net and the regional split is re-allocated over the project's regions.
   *
   * @param project a project with a cost estimate
   * @param aid the EU and State aid
   * @param rest the source that takes the rest of the net cost
   * @return the edited project
   */
  public static Project withFunding(Project project, MonetaryAmount aid, FundingSource rest) {
    FastMoney net = project.costEstimate().orElseThrow().netAppliedAsStated();
    FastMoney a = Eur.require(aid, "aid");
    FundingPlan old = project.fundingPlan().orElseThrow();
    FundingPlan.Builder plan = FundingPlan.builder()
        .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(a).build())
        .addLine(FundingLine.builder().source(rest).applied(net.subtract(a)).build())
        .statedTotalApplied(net);
    if (!old.regionalSplit().isEmpty()) {
      List<BigDecimal> weights = new ArrayList<>();
      old.regionalSplit().forEach(s -> weights.add(BigDecimal.ONE));
      List<FastMoney> parts = Allocation.split(a, weights, Remainder.largestRemainder());
      for (int i = 0; i < parts.size(); i++) {
        plan.addRegionalSplit(RegionalAidShare.of(old.regionalSplit().get(i).region(), parts.get(i)));
      }
    }
    return project.withFundingPlan(plan.build());
  }

  /**
   * The project funded with the aid at a share of the net cost (rounded down to the cent), the rest as own
   * municipal funding.
   *
   * @param project a project
   * @param aidShare e.g. 0.5
   * @return the edited project
   */
  public static Project fundedAt(Project project, BigDecimal aidShare) {
    FastMoney net = project.costEstimate().orElseThrow().netAppliedAsStated();
    FastMoney aid = Eur.of(Eur.decimal(net).multiply(aidShare).setScale(2, RoundingMode.DOWN));
    return withFunding(project, aid, FundingSource.OWN_MUNICIPAL);
  }

  /**
   * Adds an amount to one funding line, leaving the stated total as it was.
   *
   * @param project a project with a funding plan
   * @param source the line
   * @param delta the amount to add
   * @return the edited project
   */
  public static Project addToFundingLine(Project project, FundingSource source, MonetaryAmount delta) {
    FundingPlan plan = project.fundingPlan().orElseThrow();
    List<FundingLine> lines = new ArrayList<>();
    for (FundingLine l : plan.lines()) {
      lines.add(l.source() == source ? l.withApplied(l.applied().add(Eur.require(delta, "delta"))) : l);
    }
    return project.withFundingPlan(plan.withLines(lines));
  }
}
