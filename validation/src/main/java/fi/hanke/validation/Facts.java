package fi.hanke.validation;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.Project;
import fi.hanke.core.Coverage;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.internal.Figures;
import fi.hanke.validation.internal.FundLabels;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The facts a project or a group project states, as a bit set over {@link Fact}'s ordinals. */
final class Facts {
  private Facts() {}

  static long bits(Set<Fact> facts) {
    long bits = 0;
    for (Fact f : facts) {
      bits |= 1L << f.ordinal();
    }
    return bits;
  }

  /** The facts in ordinal order, without {@code values()}'s copy per call. */
  private static final Fact[] FACTS = Fact.values();

  /** The facts of a bit set, as an unmodifiable set in {@link Fact} order. */
  static final class Missing {
    final long bits;
    final Set<Fact> facts;

    Missing(long bits) {
      Set<Fact> facts = EnumSet.noneOf(Fact.class);
      for (Fact f : FACTS) {
        if ((bits & 1L << f.ordinal()) != 0) {
          facts.add(f);
        }
      }
      this.bits = bits;
      this.facts = Collections.unmodifiableSet(facts);
    }
  }

  /**
   * The number of a subset of a set of facts: bit i of the number tells whether the set's i-th fact (in ordinal
   * order) is in the subset, so the subsets of a set of k facts are numbered 0 to 2<sup>k</sup> − 1.
   *
   * @param subset bits of facts, all in {@code set}
   * @param set bits of facts
   * @return its number
   */
  static int subset(long subset, long set) {
    int number = 0;
    int i = 0;
    for (long rest = set; rest != 0; rest &= rest - 1, i++) {
      if ((subset & Long.lowestOneBit(rest)) != 0) {
        number |= 1 << i;
      }
    }
    return number;
  }

  /**
   * @param project a project
   * @param options the validator's options (for the de minimis register)
   * @param profile the validator's profile (for the programme it describes)
   * @param group the programme a group's plan names, for a member's own project that names none
   * @return the facts it states
   */
  static long of(Project project, ValidationOptions options, ProgrammeProfile profile, Optional<Programme> group) {
    long b = 0;
    Optional<Programme> programme = project.placement().programme();
    if (programme.isEmpty()) {
      programme = group;
    }
    b |= bit(programme.isPresent(), Fact.PROGRAMME);
    b |= bit(programme.isEmpty() || programme.get() == profile.programme(), Fact.IN_PROFILE);
    b |= bit(project.start().isPresent() || project.end().isPresent(), Fact.PERIOD);
    b |= bit(project.start().isPresent(), Fact.START);
    b |= bit(project.end().isPresent(), Fact.END);
    b |= bit(project.received().isPresent(), Fact.RECEIVED);
    Optional<Assessment> assessment = project.assessment();
    b |= bit(assessment.isPresent() && !assessment.get().meetings().isEmpty(), Fact.MEETINGS);
    b |= bit(project.decision().isPresent() && project.decision().get().date().isPresent(), Fact.DECISION_DATE);
    b |= bit(project.placement().specificObjective().isPresent(), Fact.OBJECTIVE);
    b |= bit(project.placement().priority().isPresent(), Fact.PRIORITY);
    b |= bit(project.placement().fund().isPresent(), Fact.FUND);
    b |= bit(!project.regions().isEmpty(), Fact.REGIONS);
    b |= bit(!project.municipalities().isEmpty(), Fact.MUNICIPALITIES);
    b |= bit(project.applicant().isPresent() && project.applicant().get().businessId().isPresent(), Fact.BUSINESS_IDS);
    b |= bit(project.applicant().isPresent(), Fact.APPLICANT);
    b |= bit(project.costModel().isPresent() && project.costModel().get().vatIncluded().isPresent(), Fact.VAT);
    b |= bit(project.costModel().isPresent(), Fact.COST_MODEL);
    if (project.costEstimate().isPresent()) {
      CostEstimate e = project.costEstimate().get();
      b |= bit(!e.lines().isEmpty(), Fact.COST_ESTIMATE);
      b |= bit(Figures.complete(e), Fact.COST_LINES);
      b |= bit(Figures.knowsNet(e), Fact.NET_COST);
      b |= bit(e.statedNetApplied().isPresent() || e.statedNetApproved().isPresent(), Fact.STATED_NET_COST);
    }
    if (project.fundingPlan().isPresent()) {
      FundingPlan p = project.fundingPlan().get();
      b |= bit(Figures.complete(p), Fact.FUNDING_LINES);
      b |= bit(Figures.knowsTotal(p), Fact.FUNDING_TOTAL);
      b |= bit(p.statedTotalApplied().isPresent() || p.statedTotalApproved().isPresent(), Fact.STATED_FUNDING_TOTAL);
      b |= bit(Figures.knowsAid(p), Fact.AID);
      b |= bit(statesShares(p), Fact.STATED_SHARES);
      b |= bit(!p.regionalSplit().isEmpty(), Fact.REGIONAL_SPLIT);
      b |= bit(p.statedAidRate().isPresent(), Fact.STATED_AID_RATE);
    }
    // the project's cost is its net cost or, failing that, its funding total (Figures.projectCost)
    b |= bit((b & (1L << Fact.NET_COST.ordinal() | 1L << Fact.FUNDING_TOTAL.ordinal())) != 0, Fact.PROJECT_COST);
    b |= bit(!project.workPackages().isEmpty(), Fact.WORK_PACKAGES);
    // one pass over the work packages for the four facts they state (a stream per fact cost more than the test)
    boolean targets = !project.targets().isEmpty();
    boolean measures = false;
    boolean participants = false;
    boolean fees = false;
    for (WorkPackage w : project.workPackages()) {
      targets |= !w.targets().isEmpty();
      measures |= !w.deMinimisMeasures().isEmpty();
      participants |= !w.deMinimisParticipants().isEmpty();
      fees |= !w.participationFees().isEmpty();
    }
    b |= bit(targets, Fact.TARGETS);
    b |= bit(measures, Fact.DE_MINIMIS_MEASURES);
    b |= bit(participants, Fact.DE_MINIMIS_PARTICIPANTS);
    b |= bit(options.deMinimisRegister().isPresent(), Fact.DE_MINIMIS_REGISTER);
    b |= bit(fees, Fact.PARTICIPATION_FEES);
    b |= bit(FundLabels.any(project), Fact.FUND_LABELS);
    b |= bit(project.deMinimisServices().isPresent(), Fact.DE_MINIMIS_DECLARATION);
    b |= bit(project.authority().isPresent(), Fact.AUTHORITY);
    b |= bit(assessment.isPresent() && scored(assessment.get()), Fact.POINTS);
    return b;
  }

  /**
   * @param group a group project
   * @param options the validator's options
   * @param profile the validator's profile
   * @return the facts the group and its shared plan state
   */
  static long of(GroupProject group, ValidationOptions options, ProgrammeProfile profile) {
    long b = of(group.plan(), options, profile, Optional.empty());
    b |= bit(!group.members().isEmpty(), Fact.MEMBERS);
    b |= bit(!group.members().isEmpty() && group.memberCoverage() == Coverage.COMPLETE, Fact.MEMBER_LIST_COMPLETE);
    b |= bit(!group.members().isEmpty() && group.members().stream().noneMatch(m -> m.role() == MemberRole.UNKNOWN),
        Fact.MEMBER_ROLES);
    b |= bit(group.members().stream().map(GroupMember::project)
        .anyMatch(p -> p.isPresent() && (p.get().costEstimate().isPresent() || p.get().fundingPlan().isPresent())),
        Fact.MEMBER_BUDGETS);
    b |= bit(group.members().stream().anyMatch(m -> m.organisation().businessId().isPresent()), Fact.BUSINESS_IDS);
    return b;
  }

  private static boolean statesShares(FundingPlan plan) {
    for (FundingLine l : plan.lines()) {
      if (l.statedShare().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean scored(Assessment a) {
    return a.points().isPresent() && a.maximumPoints().isPresent();
  }

  private static long bit(boolean stated, Fact fact) {
    return stated ? 1L << fact.ordinal() : 0;
  }
}
