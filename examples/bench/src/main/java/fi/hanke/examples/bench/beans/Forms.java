package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * Converts Hanke values to the equivalent forms (<i>lomakkeiksi</i>, sv. <i>till blanketter</i>): amounts to
 * {@link BigDecimal} euros with two decimals, regions and municipalities to their codes, absent values to null.
 * Everything a rule of {@link ComparedRules} reads is carried over.
 */
public final class Forms {
  private Forms() {}

  /**
   * @param project a project
   * @return its form
   */
  public static ProjectForm from(Project project) {
    return fill(new ProjectForm(), project);
  }

  /**
   * @param group a group project
   * @return its form: the joint plan, and each member with its own project where the document gives one
   */
  public static GroupProjectForm from(GroupProject group) {
    GroupProjectForm f = new GroupProjectForm();
    f.setGroupId(group.groupId().orElse(null));
    f.setPlan(from(group.plan()));
    for (GroupMember m : group.members()) {
      MemberForm member = new MemberForm();
      m.project().ifPresent(p -> fill(member, p));
      if (member.getApplicationNumber() == null) {
        member.setApplicationNumber(m.applicationNumber().orElse(null));
      }
      member.setKey(m.key());
      member.setOrganisation(organisation(m.organisation()));
      member.setRole(m.role());
      f.getMembers().add(member);
    }
    return f;
  }

  private static <T extends ProjectForm> T fill(T f, Project p) {
    f.setName(p.name().orElse(null));
    f.setApplicant(p.applicant().map(Forms::organisation).orElse(null));
    f.setApplicationNumber(p.applicationNumber().orElse(null));
    f.setReceived(p.received().orElse(null));
    f.setStart(p.start().orElse(null));
    f.setEnd(p.end().orElse(null));
    f.setPlacement(placement(p.placement()));
    f.setRegions(map(p.regions(), Region::code));
    f.setMunicipalities(map(p.municipalities(), Municipality::code));
    f.setCostModel(p.costModel().map(Forms::costModel).orElse(null));
    f.setCostEstimate(p.costEstimate().map(Forms::costEstimate).orElse(null));
    f.setFundingPlan(p.fundingPlan().map(Forms::fundingPlan).orElse(null));
    f.setWorkPackages(map(p.workPackages(), Forms::workPackage));
    f.setTargets(map(p.targets(), Forms::target));
    f.setAssessment(p.assessment().map(Forms::assessment).orElse(null));
    p.decision().ifPresent(d -> {
      DecisionForm decision = new DecisionForm();
      decision.setBody(d.body().orElse(null));
      decision.setDate(d.date().orElse(null));
      f.setDecision(decision);
    });
    return f;
  }

  private static OrganisationForm organisation(Organisation o) {
    OrganisationForm f = new OrganisationForm();
    f.setName(o.name());
    f.setBusinessId(o.businessId().map(Object::toString).orElse(null));
    f.setKind(o.kind());
    return f;
  }

  private static PlacementForm placement(ProgrammePlacement p) {
    PlacementForm f = new PlacementForm();
    f.setPriority(p.priority().orElse(null));
    f.setSpecificObjective(p.specificObjective().orElse(null));
    f.setFund(p.fund().orElse(null));
    f.setProjectType(p.projectType());
    return f;
  }

  private static CostModelForm costModel(CostModel m) {
    CostModelForm f = new CostModelForm();
    f.setOption(m.option());
    f.setStaffCostModel(m.staffCostModel().orElse(null));
    f.setTravelCostModel(m.travelCostModel().orElse(null));
    f.setVatIncluded(m.vatIncluded().orElse(null));
    return f;
  }

  private static CostEstimateForm costEstimate(CostEstimate e) {
    CostEstimateForm f = new CostEstimateForm();
    for (CostLine l : e.lines()) {
      CostLineForm line = new CostLineForm();
      line.setCategory(l.category());
      line.setApplied(euros(l.applied()));
      line.setApproved(euros(l.approved()));
      f.getLines().add(line);
    }
    f.setStatedNetApplied(euros(e.statedNetApplied()));
    f.setStatedNetApproved(euros(e.statedNetApproved()));
    return f;
  }

  private static FundingPlanForm fundingPlan(FundingPlan p) {
    FundingPlanForm f = new FundingPlanForm();
    for (FundingLine l : p.lines()) {
      FundingLineForm line = new FundingLineForm();
      line.setSource(l.source());
      line.setApplied(euros(l.applied()));
      line.setApproved(euros(l.approved()));
      line.setStatedShare(l.statedShare().map(s -> s.value()).orElse(null));
      f.getLines().add(line);
    }
    f.setStatedTotalApplied(euros(p.statedTotalApplied()));
    f.setStatedTotalApproved(euros(p.statedTotalApproved()));
    for (RegionalAidShare s : p.regionalSplit()) {
      RegionalShareForm share = new RegionalShareForm();
      share.setRegion(s.region().code());
      share.setAmount(euros(s.amount()));
      f.getRegionalSplit().add(share);
    }
    return f;
  }

  private static WorkPackageForm workPackage(WorkPackage wp) {
    WorkPackageForm f = new WorkPackageForm();
    f.setCode(wp.code());
    f.setTitle(wp.title());
    f.setPeriods(map(wp.periods(), Forms::period));
    f.setResponsibleMembers(new ArrayList<>(wp.responsibleMembers()));
    f.setCostBearer(wp.costBearer().orElse(null));
    f.setTargets(map(wp.targets(), Forms::target));
    f.setParticipationFees(map(wp.participationFees(), Forms::fee));
    f.setDeMinimisMeasures(map(wp.deMinimisMeasures(), Forms::measure));
    f.setDeMinimisParticipants(map(wp.deMinimisParticipants(), Forms::participant));
    return f;
  }

  private static MonthPeriodForm period(MonthPeriod p) {
    MonthPeriodForm f = new MonthPeriodForm();
    f.setStart(p.start());
    f.setEnd(p.end());
    return f;
  }

  private static ParticipationFeeForm fee(ParticipationFee fee) {
    ParticipationFeeForm f = new ParticipationFeeForm();
    f.setDescription(fee.description().orElse(null));
    f.setCollectedBy(fee.collectedBy().orElse(null));
    return f;
  }

  private static DeMinimisMeasureForm measure(DeMinimisMeasure m) {
    DeMinimisMeasureForm f = new DeMinimisMeasureForm();
    f.setName(m.name());
    f.setRegulation(m.regulation());
    f.setMarketValue(euros(m.marketValue()));
    f.setContributions(map(m.contributions(), Forms::sizeClassAmount));
    f.setStatedAid(map(m.statedAid(), Forms::sizeClassAmount));
    return f;
  }

  private static SizeClassAmountForm sizeClassAmount(SizeClassAmount a) {
    SizeClassAmountForm f = new SizeClassAmountForm();
    f.setSize(a.size().orElse(null));
    f.setAmount(euros(a.amount()));
    return f;
  }

  private static DeMinimisParticipantForm participant(DeMinimisParticipant p) {
    DeMinimisParticipantForm f = new DeMinimisParticipantForm();
    f.setBusinessId(p.businessId().toString());
    f.setSize(p.size());
    f.setMeasure(p.measure());
    f.setGrantedOn(p.grantedOn());
    return f;
  }

  private static TargetForm target(Target t) {
    TargetForm f = new TargetForm();
    f.setDescription(t.description());
    f.setQuantity(t.quantity());
    f.setUpTo(t.upTo().orElse(null));
    f.setUnit(t.unit().orElse(null));
    f.setBreakdowns(map(t.breakdowns(), Forms::breakdown));
    return f;
  }

  private static BreakdownForm breakdown(Breakdown b) {
    BreakdownForm f = new BreakdownForm();
    f.setDimension(b.dimension());
    f.setComplete(b.complete());
    for (BreakdownPart part : b.parts()) {
      BreakdownPartForm p = new BreakdownPartForm();
      p.setKey(part.key());
      p.setQuantity(part.quantity());
      f.getParts().add(p);
    }
    return f;
  }

  private static AssessmentForm assessment(Assessment a) {
    AssessmentForm f = new AssessmentForm();
    f.setPoints(a.points().orElse(null));
    f.setMaximumPoints(a.maximumPoints().orElse(null));
    for (Meeting m : a.meetings()) {
      MeetingForm meeting = new MeetingForm();
      meeting.setBody(m.body());
      meeting.setDate(m.date());
      f.getMeetings().add(meeting);
    }
    return f;
  }

  private static BigDecimal euros(MonetaryAmount amount) {
    return Eur.decimal(amount);
  }

  private static BigDecimal euros(Optional<? extends MonetaryAmount> amount) {
    return amount.map(Forms::euros).orElse(null);
  }

  private static <A, B> List<B> map(List<A> values, Function<A, B> f) {
    List<B> out = new ArrayList<>(values.size());
    for (A v : values) {
      out.add(f.apply(v));
    }
    return out;
  }
}
