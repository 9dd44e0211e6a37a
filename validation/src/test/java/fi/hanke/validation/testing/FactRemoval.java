package fi.hanke.validation.testing;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Fact;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Takes one fact out of a document the way a real document leaves it out: a date not given, a table printed
 * only in part ({@link Coverage#PARTIAL}), a member list that does not claim to be whole, a role not named, a
 * programme that is not the profile's (a 2014–2020 project, for {@link Fact#IN_PROFILE}). What
 * the fact rests on is removed and nothing else, so a rule that needs the fact has nothing to check.
 */
public final class FactRemoval {
  private FactRemoval() {}

  /**
   * @param p a project
   * @param fact a fact
   * @return the project without the fact (a group fact leaves a project as it is)
   */
  public static Project remove(Project p, Fact fact) {
    switch (fact) {
      case PERIOD:
        return p.withStart(Optional.empty()).withEnd(Optional.empty());
      case START:
        return p.withStart(Optional.empty());
      case END:
        return p.withEnd(Optional.empty());
      case RECEIVED:
        return p.withReceived(Optional.empty());
      case MEETINGS:
        return p.withAssessment(p.assessment().map(a -> a.withMeetings()));
      case DECISION_DATE:
        return p.withDecision(p.decision().map(d -> d.withDate(Optional.empty())));
      case OBJECTIVE:
        return p.withPlacement(p.placement().withSpecificObjective(Optional.empty()));
      case PRIORITY:
        return p.withPlacement(p.placement().withPriority(Optional.empty()));
      case FUND:
        return p.withPlacement(p.placement().withFund(Optional.empty()));
      case PROGRAMME:
        return p.withPlacement(p.placement().withProgramme(Optional.empty()));
      case IN_PROFILE:
        // a document of the previous period: it names its programme, and the profile's is another
        return p.withPlacement(p.placement().withProgramme(Programme.KESTAVAA_KASVUA_JA_TYOTA_2014_2020));
      case REGIONS:
        return p.withRegions();
      case MUNICIPALITIES:
        return p.withMunicipalities();
      case BUSINESS_IDS:
        return p.withApplicant(p.applicant().map(a -> a.withBusinessId(Optional.empty())));
      case COST_MODEL:
        return p.withCostModel(Optional.empty());
      case COST_ESTIMATE:
        return estimate(p, e -> e.withCoverage(Coverage.PARTIAL).withLines());
      case COST_LINES:
        return estimate(p, e -> e.withCoverage(Coverage.PARTIAL));
      case NET_COST:
        return estimate(p, e -> e.withCoverage(Coverage.PARTIAL).withStatedNetApplied(Optional.empty()));
      case STATED_NET_COST:
        return estimate(p, e -> e.withStatedNetApplied(Optional.empty()).withStatedNetApproved(Optional.empty()));
      case FUNDING_LINES:
        return plan(p, f -> f.withCoverage(Coverage.PARTIAL));
      case FUNDING_TOTAL:
        return plan(p, f -> f.withCoverage(Coverage.PARTIAL).withStatedTotalApplied(Optional.empty()));
      case STATED_FUNDING_TOTAL:
        return plan(p, f -> f.withStatedTotalApplied(Optional.empty()).withStatedTotalApproved(Optional.empty()));
      case AID:
        return plan(p, f -> f.withCoverage(Coverage.PARTIAL)
            .withLines(f.lines().stream().filter(l -> l.source() != FundingSource.EU_AND_STATE).toList()));
      case PROJECT_COST:
        return remove(remove(p, Fact.NET_COST), Fact.FUNDING_TOTAL);
      case STATED_AID_RATE:
        return plan(p, f -> f.withStatedAidRate(Optional.empty()));
      case STATED_SHARES:
        return plan(p, f -> f.withLines(f.lines().stream().map(l -> l.withStatedShare(Optional.empty())).toList()));
      case REGIONAL_SPLIT:
        return plan(p, f -> f.withRegionalSplit());
      case WORK_PACKAGES:
        return p.withWorkPackages();
      case TARGETS:
        return p.withTargets().withWorkPackages(packages(p, wp -> wp.withTargets()));
      case DE_MINIMIS_MEASURES:
        return p.withWorkPackages(packages(p, wp -> wp.withDeMinimisMeasures()));
      case DE_MINIMIS_PARTICIPANTS:
        return p.withWorkPackages(packages(p, wp -> wp.withDeMinimisParticipants()));
      case POINTS:
        return p.withAssessment(p.assessment().map(a -> a.withPoints(Optional.empty())));
      case APPLICANT:
        return p.withApplicant(Optional.empty());
      case VAT:
        return p.withCostModel(p.costModel().map(m -> m.withVatIncluded(Optional.empty())));
      case PARTICIPATION_FEES:
        return p.withWorkPackages(packages(p, wp -> wp.withParticipationFees()));
      case FUND_LABELS:
        return plan(estimate(p, e -> e.withLines(e.lines().stream().map(l -> l.withLabel(Optional.empty())).toList())),
            f -> f.withLines(f.lines().stream().map(l -> l.withLabel(Optional.empty())).toList()));
      case DE_MINIMIS_DECLARATION:
        return p.withDeMinimisServices(Optional.empty());
      case AUTHORITY:
        return p.withAuthority(Optional.empty());
      case DE_MINIMIS_REGISTER:
      case ONE_COST_MODEL:
      case MEMBERS:
      case MEMBER_LIST_COMPLETE:
      case MEMBER_ROLES:
      case MEMBER_BUDGETS:
        return p;
      default:
        throw new AssertionError("no way to remove " + fact);
    }
  }

  /**
   * @param g a group project
   * @param fact a fact
   * @return the group without the fact: a group fact from the group, a project fact from its shared plan (and,
   *     for business ids, from its members)
   */
  public static GroupProject remove(GroupProject g, Fact fact) {
    switch (fact) {
      case MEMBERS:
        return g.withMembers();
      case MEMBER_LIST_COMPLETE:
        return g.withMemberCoverage(Coverage.PARTIAL);
      case MEMBER_ROLES:
        return g.withMembers(with(g.members(), 0, g.members().get(0).withRole(MemberRole.UNKNOWN)));
      case MEMBER_BUDGETS:
        return g.withMembers(g.members().stream().map(m -> m.withProject(Optional.empty())).toList());
      case ONE_COST_MODEL:
        // a member that does not say which cost model it uses: the group's totals may mix models
        return g.withMembers(with(g.members(), 0, g.members().get(0)
            .withProject(g.members().get(0).project().map(p -> p.withCostModel(Optional.empty())))));
      case BUSINESS_IDS:
        return g.withPlan(remove(g.plan(), fact)).withMembers(g.members().stream()
            .map(m -> m.withOrganisation(m.organisation().withBusinessId(Optional.empty()))).toList());
      default:
        return g.withPlan(remove(g.plan(), fact));
    }
  }

  private static Project estimate(Project p, UnaryOperator<CostEstimate> change) {
    return p.withCostEstimate(p.costEstimate().map(change));
  }

  private static Project plan(Project p, UnaryOperator<FundingPlan> change) {
    return p.withFundingPlan(p.fundingPlan().map(change));
  }

  private static List<WorkPackage> packages(Project p, UnaryOperator<WorkPackage> change) {
    return p.workPackages().stream().map(change).toList();
  }

  private static <T> List<T> with(List<T> list, int index, T value) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }
}
