package fi.hanke.validation.group;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
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
import fi.hanke.validation.internal.Applied;
import fi.hanke.validation.internal.Figures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The members' cost estimates add up to the group's (<i>osatoteuttajien kustannusarviot täsmäävät
 * ryhmähankkeen kustannusarvioon</i>): each member applies on its own application with its own budget, and the
 * totals the joint plan declares are their sums. For every cost category present in the group's estimate or
 * any member's, Σ members' applied amounts equals the group's when every member gives its own estimate; when
 * only some do, their sum does not exceed the group's. A difference inside the tolerance is reported as INFO.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5 (757/2021 §4(15), §41; "treat the group totals as sums"),
 * §14.7 (tolerance ±1 € per rounded row).
 */
public final class MemberCostsAddUp extends Rule {
  /** The rule id. */
  public static final String ID = "GROUP-MEMBER-COSTS";

  /** Creates the rule. */
  public MemberCostsAddUp() {
    super(ID, Severity.ERROR, Family.GROUP,
        "Per cost category, the members' own cost estimates add up to the group's (do not exceed it if some members give none).",
        "finnish-rules.md §5 (757/2021 §4(15), §41), §14.7",
        Set.of(Fact.MEMBER_LIST_COMPLETE, Fact.MEMBER_BUDGETS, Fact.COST_LINES),
        Argument.of("category", CostCategory.class),
        Argument.of("membersTotal", MonetaryAmount.class),
        Argument.of("groupTotal", MonetaryAmount.class),
        Argument.of("difference", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    Optional<CostEstimate> plan = group.plan().costEstimate();
    if (plan.isEmpty()) {
      return;
    }
    List<CostEstimate> own = new ArrayList<>();
    for (GroupMember m : group.members()) {
      m.project().flatMap(Project::costEstimate).filter(Figures::complete).ifPresent(own::add);
    }
    if (own.isEmpty()) {
      return;
    }
    Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
    plan.get().lines().forEach(l -> categories.add(l.category()));
    own.forEach(e -> e.lines().stream().map(CostLine::category).forEach(categories::add));
    Path estimate = Path.root().field("plan").field("costEstimate");
    MemberTotals.compare(categories, "category", plan.get(), own, own.size() == group.members().size(),
        Applied::of, CostEstimate::applied, c -> estimate.field(c.name()), context);
  }
}
