package fi.hanke.validation.group;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.programme.FlatRateConditions;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Figures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A group's flat-rate line is one that members with their own cost models can add up to (<i>ryhmähankkeen
 * flat rate -rivi eri kustannusmalleilla</i>, sv. <i>gruppprojektets schablonrad med olika kostnadsmodeller</i>).
 * Members of a group project file their own applications and may use different cost models (757/2021 §4(15);
 * "Ryhmähankkeen osahankkeissa voi olla eri kustannusmallit"), so a group's summary table is a sum over members,
 * and the single-model rules (COST-FLAT-RATE-LINE, COST-FLAT-RATE-CONDITIONS, COST-LINE-NOT-CLAIMABLE) run on it
 * only where every member states the plan's option; they run on each member's own budget where it is stated.
 *
 * <p>Where the members' models are not all stated, this rule asks whether some split of the group's staff costs
 * between members at 40 % of staff costs (866/2021 §8) and members at 7 % of direct costs (§9, §11) gives the
 * flat-rate line, within the rounding of one tolerance per member, with the 7 % members meeting their conditions
 * (no staff costs, or purchased services ≥ 30 % or travel ≥ 20 % of their staff costs). The members' stated
 * budgets are taken out of the totals first. The line fixes the split exactly: staff costs S40 at 40 % satisfy
 * {@code F = 0,40·S40 + 0,07·(D − S40)}, D the direct costs, so {@code S40 = (F − 0,07·D) / 0,33}; the
 * conditions bound S40 from below. If the totals fit one option for every member (all staff costs at 40 %, or
 * all at 7 %), nothing is reported; if only a mix of the two fits: INFO naming the split ("ask for the sub-project budgets"); if none
 * does: ERROR, with the split the line would need and the range that is possible. Seed 002: 273 907 €
 * over direct costs of 1 114 954 € gives S40 ≈ 593 516 €, and then the 7 % members' purchased services
 * 123 000 € are 32,3 % of their staff costs 380 906 €: consistent.
 *
 * <p>Source: 757/2021 §4(15); 866/2021 §§8–9, 11; {@code audit-2026.md} §2 rows 9 and 11, §4.
 */
public final class FlatRateSplit extends Rule {
  /** The rule id. */
  public static final String ID = "GROUP-FLAT-RATE-SPLIT";

  private static final MathContext EXACT = MathContext.DECIMAL128;

  /** Creates the rule. */
  public FlatRateSplit() {
    super(ID, Severity.ERROR, Family.GROUP,
        "A group total's flat-rate line can be split between members at 40 % and at 7 % that each meet their option's conditions.",
        "757/2021 §4(15); 866/2021 §§8-9, 11",
        Set.of(Fact.COST_LINES, Fact.MEMBERS, Fact.IN_PROFILE),
        Argument.of("flatRate", MonetaryAmount.class),
        Argument.of("staff", MonetaryAmount.class),
        Argument.of("staff40", BigDecimal.class),
        Argument.of("staff7", BigDecimal.class),
        Argument.of("lowest", BigDecimal.class),
        Argument.of("highest", BigDecimal.class));
  }

  @Override
  public List<String> messageKeys() {
    return List.of(ID, ID + ".consistent");
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    Project plan = group.plan();
    if (Figures.oneCostModel(group)) {
      return; // the single-model rules checked the totals as they are
    }
    Optional<FlatRate> forty = context.onDecidingDate(plan, List.of("flatRate", CostOption.FLAT_RATE_40),
        d -> context.profile().flatRate(CostOption.FLAT_RATE_40, d));
    Optional<FlatRate> seven = context.onDecidingDate(plan, List.of("flatRate", CostOption.FLAT_RATE_7),
        d -> context.profile().flatRate(CostOption.FLAT_RATE_7, d));
    if (forty.isEmpty() || seven.isEmpty() || seven.get().conditions().isEmpty()) {
      return;
    }
    Map<CostCategory, BigDecimal> rest = unexplained(plan.costEstimate().orElseThrow(), group.members());
    if (rest == null) {
      return; // a member states a budget under another model: the totals are not 40 % and 7 % parts alone
    }
    BigDecimal r40 = forty.get().rate().ratio();
    BigDecimal r7 = seven.get().rate().ratio();
    FlatRateConditions conditions = seven.get().conditions().get();
    BigDecimal staff = rest.getOrDefault(CostCategory.STAFF, BigDecimal.ZERO);
    BigDecimal flat = rest.getOrDefault(CostCategory.FLAT_RATE, BigDecimal.ZERO);
    BigDecimal direct = BigDecimal.ZERO;
    for (CostCategory c : seven.get().baseCategories()) {
      direct = direct.add(rest.getOrDefault(c, BigDecimal.ZERO));
    }
    BigDecimal travel = rest.getOrDefault(CostCategory.TRAVEL, BigDecimal.ZERO);
    BigDecimal purchased = rest.getOrDefault(CostCategory.PURCHASED_SERVICES, BigDecimal.ZERO);
    if (staff.signum() < 0 || flat.signum() < 0 || travel.signum() < 0 || purchased.signum() < 0) {
      return; // the members' own budgets exceed the totals: GROUP-MEMBER-COSTS reports that
    }
    // the split the line fixes, and how far each member's rounding lets it move
    BigDecimal gap = r40.subtract(r7);
    BigDecimal needed = flat.subtract(r7.multiply(direct)).divide(gap, EXACT);
    BigDecimal rounding = Eur.decimal(context.tolerance()).multiply(BigDecimal.valueOf(group.members().size()))
        .divide(gap, EXACT);
    // the 7 % members' staff costs may be at most what their purchased services or travel allow
    BigDecimal sevenAtMost = conditions.qualifiesWithoutStaffCosts() ? BigDecimal.ZERO : staff;
    sevenAtMost = sevenAtMost.max(purchased.divide(conditions.purchasedServicesShareOfStaff().ratio(), EXACT))
        .max(travel.divide(conditions.travelShareOfStaff().ratio(), EXACT));
    BigDecimal lowest = BigDecimal.ZERO.max(staff.subtract(sevenAtMost));
    BigDecimal highest = staff;
    BigDecimal from = lowest.max(needed.subtract(rounding));
    BigDecimal to = highest.min(needed.add(rounding));
    Path path = Path.root().field("plan").field("costEstimate").field(CostCategory.FLAT_RATE.name());
    if (from.compareTo(to) <= 0) {
      // the totals fit one option for every member (all staff costs at 40 %, or none): nothing to ask
      if (staff.compareTo(to) <= 0 || BigDecimal.ZERO.compareTo(from) >= 0) {
        return;
      }
      BigDecimal split = needed.max(from).min(to).setScale(0, RoundingMode.HALF_UP);
      context.reportAs(Severity.INFO, "consistent", path, "flatRate", Eur.of(flat), "staff", Eur.of(staff),
          "staff40", split, "staff7", staff.subtract(split).setScale(0, RoundingMode.HALF_UP),
          "lowest", lowest.setScale(0, RoundingMode.CEILING), "highest", highest.setScale(0, RoundingMode.FLOOR));
    } else {
      context.report(path, "flatRate", Eur.of(flat), "staff", Eur.of(staff),
          "staff40", needed.setScale(0, RoundingMode.HALF_UP),
          "staff7", staff.subtract(needed).setScale(0, RoundingMode.HALF_UP),
          "lowest", lowest.setScale(0, RoundingMode.CEILING), "highest", highest.setScale(0, RoundingMode.FLOOR));
    }
  }

  /**
   * The group's cost lines less the members' own whole budgets under 40 % or 7 %, by category; null when a
   * member states a whole budget under another option.
   */
  private static Map<CostCategory, BigDecimal> unexplained(CostEstimate totals, List<GroupMember> members) {
    Map<CostCategory, BigDecimal> rest = new EnumMap<>(CostCategory.class);
    for (CostLine l : totals.lines()) {
      rest.merge(l.category(), Eur.decimal(l.applied()), BigDecimal::add);
    }
    for (GroupMember m : members) {
      Optional<Project> own = m.project();
      Optional<CostEstimate> budget = own.flatMap(Project::costEstimate).filter(Figures::complete);
      Optional<CostOption> model = own.flatMap(Project::costModel).map(CostModel::option);
      if (budget.isEmpty() || model.isEmpty()) {
        continue;
      }
      if (model.get() != CostOption.FLAT_RATE_40 && model.get() != CostOption.FLAT_RATE_7) {
        return null;
      }
      for (CostLine l : budget.get().lines()) {
        rest.merge(l.category(), Eur.decimal(l.applied()).negate(), BigDecimal::add);
      }
    }
    return rest;
  }
}
