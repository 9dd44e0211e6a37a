package fi.hanke.validation.group;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Edits of generated group projects that keep every member's own project valid. */
final class Groups {
  private Groups() {}

  static GroupProject withMember(GroupProject g, int i, UnaryOperator<GroupMember> edit) {
    List<GroupMember> members = new ArrayList<>(g.members());
    members.set(i, edit.apply(members.get(i)));
    return g.withMembers(members);
  }

  static GroupProject withProject(GroupProject g, int i, UnaryOperator<Project> edit) {
    return withMember(g, i, m -> m.withProject(edit.apply(m.project().orElseThrow())));
  }

  /** The group with one more co-implementer, M9, that gives no project of its own. */
  static GroupProject withMemberWithoutProject(GroupProject g) {
    GroupMember first = g.members().get(0);
    List<GroupMember> members = new ArrayList<>(g.members());
    members.add(GroupMember.builder().key("M9").organisation(first.organisation()).role(MemberRole.CO_IMPLEMENTER)
        .build());
    return g.withMembers(members);
  }

  /**
   * The cost lines a member can raise while its own project stays valid: under the 40 % option staff costs
   * +5 € and the flat rate +2 €; under the 7 % option purchased services +100 € and the flat rate +7 €; in both
   * the income rises by the same total, so the net cost, and with it the funding plan, stays as it is.
   */
  record Raise(CostCategory base, long baseEuros, long flatEuros) {
    static Raise of(Project p) {
      return p.costModel().orElseThrow().option() == CostOption.FLAT_RATE_40
          ? new Raise(CostCategory.STAFF, 5, 2) : new Raise(CostCategory.PURCHASED_SERVICES, 100, 7);
    }

    long incomeEuros() {
      return baseEuros + flatEuros;
    }

    Project applyTo(Project p, long times) {
      CostEstimate e = p.costEstimate().orElseThrow();
      e = add(e, base, baseEuros * times);
      e = add(e, CostCategory.FLAT_RATE, flatEuros * times);
      e = add(e, CostCategory.INCOME, incomeEuros() * times);
      return p.withCostEstimate(e);
    }
  }

  /** The estimate with euros added to the first line of a category (approved too, if it has one), or a new line. */
  static CostEstimate add(CostEstimate e, CostCategory category, long euros) {
    List<CostLine> lines = new ArrayList<>(e.lines());
    for (int i = 0; i < lines.size(); i++) {
      CostLine l = lines.get(i);
      if (l.category() == category) {
        lines.set(i, l.withApplied(l.applied().add(Eur.of(euros)))
            .withApproved(l.approved().map(a -> a.add(Eur.of(euros)))));
        return e.withLines(lines);
      }
    }
    CostLine.Builder added = CostLine.builder().category(category).applied(Eur.of(euros));
    if (!lines.isEmpty() && lines.stream().allMatch(l -> l.approved().isPresent())) {
      added.approved(Eur.of(euros));
    }
    lines.add(added.build());
    return e.withLines(lines);
  }

  /** The project with euros moved from one funding source to another; the total and the aid stay as they are. */
  static Project move(Project p, FundingSource from, FundingSource to, long euros) {
    FundingPlan f = p.fundingPlan().orElseThrow();
    List<FundingLine> lines = new ArrayList<>(f.lines());
    for (int i = 0; i < lines.size(); i++) {
      FundingLine l = lines.get(i);
      if (l.source() == from) {
        lines.set(i, l.withApplied(l.applied().subtract(Eur.of(euros))));
      } else if (l.source() == to) {
        lines.set(i, l.withApplied(l.applied().add(Eur.of(euros))));
      }
    }
    return p.withFundingPlan(f.withLines(lines));
  }
}
