package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.FlatRateBase;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Applied;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * The flat-rate line equals the declared option's rate times its base (<i>flat rate -osuus vastaa
 * kustannusmallin prosenttia laskentaperusteesta</i>): 40 % of staff costs, 7 % of direct costs, 1.5 % of
 * direct investment costs, within the tolerance. Reports the exact expected amount and the difference.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.2, §14.2–14.4 (866/2021 §§8–10).
 */
public final class FlatRateLine extends Rule {
  /** The rule id. */
  public static final String ID = "COST-FLAT-RATE-LINE";

  /** Creates the rule. */
  public FlatRateLine() {
    super(ID, Severity.ERROR, Family.COST,
        "The flat-rate line equals the rate of the declared flat-rate option times its base, within the tolerance.",
        "finnish-rules.md §1.2, §14.2–14.4 (866/2021 §§8–10)",
        Set.of(Fact.COST_MODEL, Fact.COST_LINES, Fact.ONE_COST_MODEL, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("rate", Percentage.class),
        Argument.of("base", FlatRateBase.class),
        Argument.of("baseAmount", MonetaryAmount.class),
        Argument.of("expected", BigDecimal.class),
        Argument.of("actual", MonetaryAmount.class),
        Argument.of("difference", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    Optional<CostEstimate> estimate = project.costEstimate();
    if (model.isEmpty() || estimate.isEmpty() || !model.get().option().isFlatRate()) {
      return;
    }
    Optional<FlatRate> rate = context.onDecidingDate(project, List.of("flatRate", model.get().option()),
        d -> context.profile().flatRate(model.get().option(), d));
    if (rate.isEmpty() || estimate.get().lines().isEmpty()) {
      return;
    }
    CostEstimate e = estimate.get();
    Applied<CostCategory> applied = Applied.of(e);
    Total sum = Total.zero();
    for (CostCategory c : rate.get().baseCategories()) {
      applied.addTo(sum, c);
    }
    // the exact product keeps the scale of the base's number (Total.number: whole euros scale 0, else no
    // trailing zeros, as a chain of additions always left it); messages print its decimals
    FastMoney base = sum.money();
    BigDecimal expected = rate.get().rate().exactOf(base);
    BigDecimal difference = applied.decimal(CostCategory.FLAT_RATE).subtract(expected);
    Path path = Path.root().field("costEstimate").field(CostCategory.FLAT_RATE.name());
    context.reportDifference(path, difference, () -> new Object[] {"option", model.get().option(),
        "rate", rate.get().rate(), "base", rate.get().base(), "baseAmount", base, "expected", expected,
        "actual", e.applied(CostCategory.FLAT_RATE), "difference", difference});
  }
}
