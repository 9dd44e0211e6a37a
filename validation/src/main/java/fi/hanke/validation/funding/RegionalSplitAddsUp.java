package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.internal.money.Total;
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
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The regional split of the aid adds up to the aid (<i>tuen maakunnallinen jako vastaa tukea</i>). Seed 003:
 * 140 780 + 70 388 + 140 780 = 351 948 €.
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.1 (the seed's regional split).
 */
public final class RegionalSplitAddsUp extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-REGIONAL-SPLIT";

  /** Creates the rule. */
  public RegionalSplitAddsUp() {
    super(ID, Severity.ERROR, Family.FUNDING,
        "The regional split of the aid adds up to the EU and State aid.",
        "finnish-rules.md §3.1",
        Set.of(Fact.REGIONAL_SPLIT, Fact.AID),
        Argument.of("splitTotal", MonetaryAmount.class),
        Argument.of("aid", MonetaryAmount.class),
        Argument.of("difference", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty() || project.fundingPlan().get().regionalSplit().isEmpty()) {
      return;
    }
    FundingPlan plan = project.fundingPlan().get();
    Total split = Total.zero();
    for (RegionalAidShare share : plan.regionalSplit()) {
      split.add(share.amount());
    }
    BigDecimal difference = Stated.exact(split.decimal()).gapTo(Figures.aid(plan).orElseThrow());
    Path path = Path.root().field("fundingPlan").field("regionalSplit");
    context.reportDifference(path, difference, () -> new Object[] {
        "splitTotal", split.money(), "aid", plan.aidApplied(), "difference", difference});
  }
}
