package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.programme.FlatRateConditions;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * The conditions of the flat-rate option are met (<i>7 %:n mallin käyttöedellytykset</i>): the 7 % option is
 * allowed only if the plan has no staff costs, or purchased services are at least 30 % of staff costs, or travel
 * is at least 20 % of staff costs.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.2, §13 (project C), §14.3 (866/2021 §9(1), §11(1)).
 */
public final class FlatRateConditionsMet extends Rule {
  /** The rule id. */
  public static final String ID = "COST-FLAT-RATE-CONDITIONS";

  /** Creates the rule. */
  public FlatRateConditionsMet() {
    super(ID, Severity.ERROR, Family.COST,
        "The 7 % option is used only with no staff costs, or purchased services ≥ 30 % or travel ≥ 20 % of staff costs.",
        "finnish-rules.md §1.2, §14.3 (866/2021 §9(1), §11(1))",
        Set.of(Fact.COST_MODEL, Fact.COST_LINES, Fact.ONE_COST_MODEL, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("staff", MonetaryAmount.class),
        Argument.of("purchasedServices", MonetaryAmount.class),
        Argument.of("purchasedShare", Percentage.class),
        Argument.of("requiredPurchasedShare", Percentage.class),
        Argument.of("travel", MonetaryAmount.class),
        Argument.of("travelShare", Percentage.class),
        Argument.of("requiredTravelShare", Percentage.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    Optional<CostEstimate> estimate = project.costEstimate();
    if (model.isEmpty() || estimate.isEmpty() || estimate.get().lines().isEmpty()) {
      return;
    }
    Optional<FlatRateConditions> conditions = context.onDecidingDate(project, List.of("flatRate", model.get().option()),
        d -> context.profile().flatRate(model.get().option(), d))
        .flatMap(FlatRate::conditions);
    if (conditions.isEmpty()) {
      return;
    }
    FlatRateConditions c = conditions.get();
    FastMoney staff = estimate.get().applied(CostCategory.STAFF);
    if (staff.isZero() && c.qualifiesWithoutStaffCosts()) {
      return;
    }
    FastMoney purchased = estimate.get().applied(CostCategory.PURCHASED_SERVICES);
    FastMoney travel = estimate.get().applied(CostCategory.TRAVEL);
    boolean purchasedOk = reaches(purchased, staff, c.purchasedServicesShareOfStaff());
    boolean travelOk = reaches(travel, staff, c.travelShareOfStaff());
    if (purchasedOk || travelOk) {
      return;
    }
    context.report(Path.root().field("costModel").field("option"),
        "option", model.get().option(), "staff", staff,
        "purchasedServices", purchased, "purchasedShare", share(purchased, staff),
        "requiredPurchasedShare", c.purchasedServicesShareOfStaff(),
        "travel", travel, "travelShare", share(travel, staff),
        "requiredTravelShare", c.travelShareOfStaff());
  }

  private static boolean reaches(FastMoney amount, FastMoney staff, Percentage required) {
    return Eur.decimal(amount).compareTo(required.exactOf(staff)) >= 0;
  }

  private static Percentage share(FastMoney amount, FastMoney staff) {
    if (staff.isZero()) {
      return Percentage.of(0);
    }
    return Percentage.of(Eur.decimal(amount).multiply(BigDecimal.valueOf(100))
        .divide(Eur.decimal(staff).abs(), 2, RoundingMode.HALF_UP).abs());
  }
}
