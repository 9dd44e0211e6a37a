package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Column;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.javamoney.moneta.Money;

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
        "column", "stated", "computed", "difference");
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
      compare(context, path.field("statedNetApplied"), Column.APPLIED, e.statedNetApplied().get(),
          e.netAppliedDecimal(), e::netApplied);
    }
    Optional<BigDecimal> approved = e.statedNetApproved().isPresent() ? e.netApprovedDecimal() : Optional.empty();
    if (approved.isPresent()) {
      compare(context, path.field("statedNetApproved"), Column.APPROVED, e.statedNetApproved().get(),
          approved.get(), () -> e.netApproved().orElseThrow());
    }
  }

  private static void compare(RuleContext context, Path path, Column column, Money stated, BigDecimal computed,
      Supplier<Money> computedAmount) {
    BigDecimal difference = Eur.decimal(stated).subtract(computed);
    context.reportDifference(path, difference, () -> new Object[] {
        "column", column, "stated", stated, "computed", computedAmount.get(), "difference", difference});
  }
}
