package fi.hanke.validation.group;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
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
 * The members' funding plans add up to the group's (<i>osatoteuttajien rahoitussuunnitelmat täsmäävät
 * ryhmähankkeen rahoitussuunnitelmaan</i>): for every funding source present in the group's plan or any
 * member's, Σ members' applied amounts equals the group's when every member gives its own funding plan; when
 * only some do, their sum does not exceed the group's. A difference inside the tolerance is reported as INFO.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5 (757/2021 §4(15), §41; "treat the group totals as sums"),
 * §3.1, §14.7 (tolerance ±1 € per rounded row).
 */
public final class MemberFundingAddsUp extends Rule {
  /** The rule id. */
  public static final String ID = "GROUP-MEMBER-FUNDING";

  /** Creates the rule. */
  public MemberFundingAddsUp() {
    super(ID, Severity.ERROR, Family.GROUP,
        "Per funding source, the members' own funding plans add up to the group's (do not exceed it if some members give none).",
        "finnish-rules.md §5 (757/2021 §4(15), §41), §3.1, §14.7",
        Set.of(Fact.MEMBER_LIST_COMPLETE, Fact.MEMBER_BUDGETS, Fact.FUNDING_LINES),
        Argument.of("source", FundingSource.class),
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
    Optional<FundingPlan> plan = group.plan().fundingPlan();
    if (plan.isEmpty()) {
      return;
    }
    List<FundingPlan> own = new ArrayList<>();
    for (GroupMember m : group.members()) {
      m.project().flatMap(Project::fundingPlan).filter(Figures::complete).ifPresent(own::add);
    }
    if (own.isEmpty()) {
      return;
    }
    Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
    plan.get().lines().forEach(l -> sources.add(l.source()));
    own.forEach(f -> f.lines().stream().map(FundingLine::source).forEach(sources::add));
    Path funding = Path.root().field("plan").field("fundingPlan");
    MemberTotals.compare(sources, "source", plan.get(), own, own.size() == group.members().size(),
        Applied::of, FundingPlan::applied, s -> funding.field(s.name()), context);
  }
}
