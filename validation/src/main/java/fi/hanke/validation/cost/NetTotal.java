package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Column;
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
import org.javamoney.moneta.FastMoney;

/**
 * The stated net cost equals the lines (<i>nettokustannusarvio vastaa rivien summaa</i>): Σ lines + flat rate
 * + lump sums − income, for the applied and, where stated, the approved column.
 *
 * <p>Source: {@code domain/finnish-rules.md} §2 (verified on seed 002), §14.6.
 */
public final class NetTotal extends Rule {
  /** The rule id. */
  public static final String ID = "COST-NET-TOTAL";

  /** Creates the rule. */
  public NetTotal() {
    super(ID, Severity.ERROR, Family.COST,
        "The stated net cost equals the sum of the cost lines less income, in the applied and the approved column.",
        "finnish-rules.md §2, §14.6",
        Set.of(Fact.COST_LINES, Fact.STATED_NET_COST),
        Argument.of("column", Column.class),
        Argument.of("stated", MonetaryAmount.class),
        Argument.of("computed", MonetaryAmount.class),
        Argument.of("difference", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostEstimate> estimate = project.costEstimate();
    if (estimate.isEmpty() || estimate.get().lines().isEmpty()) {
      return;
    }
    CostEstimate e = estimate.get();
    Path path = Path.root().field("costEstimate");
    if (e.statedNetApplied().isPresent()) {
      FastMoney stated = e.statedNetApplied().get();
      Column.APPLIED.reportDifference(context, path.field("statedNetApplied"), stated, "computed", e::netApplied,
          Stated.of(Eur.decimal(stated), e.statedNetAppliedHedge()).gapTo(Figures.netOfLines(e)));
    }
    Optional<BigDecimal> approved = e.statedNetApproved().isPresent() ? Sums.netApproved(e) : Optional.empty();
    if (approved.isPresent()) {
      FastMoney stated = e.statedNetApproved().get();
      Column.APPROVED.reportDifference(context, path.field("statedNetApproved"), stated, "computed",
          () -> e.netApproved().orElseThrow(), Eur.decimal(stated).subtract(approved.get()));
    }
  }
}
