package fi.hanke.examples.bench.beans;

import fi.hanke.examples.bench.beans.AidConstraints.DeMinimisRegulationInForce;
import fi.hanke.examples.bench.beans.AidConstraints.KnownDeMinimisMeasure;
import fi.hanke.examples.bench.beans.CostConstraints.FlatRateConditionsMet;
import fi.hanke.examples.bench.beans.CostConstraints.FlatRateLineMatches;
import fi.hanke.examples.bench.beans.CostConstraints.LinesClaimable;
import fi.hanke.examples.bench.beans.CostConstraints.LumpSumWithinLimit;
import fi.hanke.examples.bench.beans.CostConstraints.OptionAllowedForFund;
import fi.hanke.examples.bench.beans.DateConstraints.DecisionNotBeforeMeeting;
import fi.hanke.examples.bench.beans.DateConstraints.EndNotBeforeStart;
import fi.hanke.examples.bench.beans.DateConstraints.MeetingsNotBeforeReceived;
import fi.hanke.examples.bench.beans.DateConstraints.ReceivedNotAfterStart;
import fi.hanke.examples.bench.beans.DateConstraints.WithinEligibility;
import fi.hanke.examples.bench.beans.DateConstraints.WorkPackagesWithinProject;
import fi.hanke.examples.bench.beans.FundingConstraints.AidWithinCeiling;
import fi.hanke.examples.bench.beans.FundingConstraints.FundingMatchesCost;
import fi.hanke.examples.bench.beans.FundingConstraints.NoFullAid;
import fi.hanke.examples.bench.beans.ProgrammeConstraints.MunicipalitiesInRegions;
import fi.hanke.examples.bench.beans.ProgrammeConstraints.RegionsInProgramme;
import fi.hanke.examples.bench.beans.WorkConstraints.DeMinimisAidMatches;
import fi.hanke.examples.bench.beans.WorkConstraints.DeMinimisContributionWithinValue;
import fi.hanke.examples.bench.beans.WorkConstraints.TargetBreakdownsAddUp;
import fi.hanke.examples.bench.beans.WorkConstraints.TargetRangesUpward;
import fi.hanke.examples.bench.beans.WorkConstraints.UniqueWorkPackageCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project application form (<i>hakemuslomake</i>, sv. <i>ansökningsblankett</i>) of one beneficiary: applicant,
 * dates, placement in the programme, regions and municipalities (by code), cost model, cost estimate, funding
 * plan, work packages, targets, assessment and decision. Every field may be empty, as on a draft; the
 * class-level constraints check the arithmetic and the dates across fields.
 */
@EndNotBeforeStart
@ReceivedNotAfterStart(payload = Finding.Warning.class)
@WithinEligibility
@WorkPackagesWithinProject
@MeetingsNotBeforeReceived(payload = Finding.Warning.class)
@DecisionNotBeforeMeeting(payload = Finding.Warning.class)
@FlatRateLineMatches
@LinesClaimable
@FlatRateConditionsMet
@OptionAllowedForFund
@LumpSumWithinLimit
@FundingMatchesCost
@AidWithinCeiling
@NoFullAid
@UniqueWorkPackageCodes
@TargetRangesUpward
@TargetBreakdownsAddUp
@DeMinimisAidMatches
@DeMinimisContributionWithinValue
@MunicipalitiesInRegions
@RegionsInProgramme
@KnownDeMinimisMeasure
@DeMinimisRegulationInForce
public class ProjectForm {
  private String name;
  @Valid
  private OrganisationForm applicant;
  @Pattern(regexp = "[0-9]+")
  private String applicationNumber;
  private LocalDate received;
  private LocalDate start;
  private LocalDate end;
  @NotNull
  @Valid
  private PlacementForm placement = new PlacementForm();
  private List<@NotNull @Pattern(regexp = "[0-9]{2}") String> regions = new ArrayList<>();
  private List<@NotNull @Pattern(regexp = "[0-9]{3}") String> municipalities = new ArrayList<>();
  @Valid
  private CostModelForm costModel;
  @Valid
  private CostEstimateForm costEstimate;
  @Valid
  private FundingPlanForm fundingPlan;
  private List<@NotNull @Valid WorkPackageForm> workPackages = new ArrayList<>();
  private List<@NotNull @Valid TargetForm> targets = new ArrayList<>();
  @Valid
  private AssessmentForm assessment;
  @Valid
  private DecisionForm decision;

  /** An empty form. */
  public ProjectForm() {}

  /** @return the public name, or null */
  public String getName() {
    return name;
  }

  /** @param name the public name */
  public void setName(String name) {
    this.name = name;
  }

  /** @return the applicant, or null */
  public OrganisationForm getApplicant() {
    return applicant;
  }

  /** @param applicant the applicant */
  public void setApplicant(OrganisationForm applicant) {
    this.applicant = applicant;
  }

  /** @return the EURA application number, or null */
  public String getApplicationNumber() {
    return applicationNumber;
  }

  /** @param applicationNumber the EURA application number */
  public void setApplicationNumber(String applicationNumber) {
    this.applicationNumber = applicationNumber;
  }

  /** @return the date the application arrived, or null */
  public LocalDate getReceived() {
    return received;
  }

  /** @param received the date the application arrived */
  public void setReceived(LocalDate received) {
    this.received = received;
  }

  /** @return the first day of implementation, or null */
  public LocalDate getStart() {
    return start;
  }

  /** @param start the first day of implementation */
  public void setStart(LocalDate start) {
    this.start = start;
  }

  /** @return the last day of implementation, or null */
  public LocalDate getEnd() {
    return end;
  }

  /** @param end the last day of implementation */
  public void setEnd(LocalDate end) {
    this.end = end;
  }

  /** @return the placement in the programme */
  public PlacementForm getPlacement() {
    return placement;
  }

  /** @param placement the placement in the programme */
  public void setPlacement(PlacementForm placement) {
    this.placement = placement;
  }

  /** @return the codes of the regions of implementation, e.g. "10" */
  public List<String> getRegions() {
    return regions;
  }

  /** @param regions the codes of the regions of implementation */
  public void setRegions(List<String> regions) {
    this.regions = regions;
  }

  /** @return the codes of the municipalities of implementation, e.g. "091" */
  public List<String> getMunicipalities() {
    return municipalities;
  }

  /** @param municipalities the codes of the municipalities of implementation */
  public void setMunicipalities(List<String> municipalities) {
    this.municipalities = municipalities;
  }

  /** @return the cost-model choices, or null */
  public CostModelForm getCostModel() {
    return costModel;
  }

  /** @param costModel the cost-model choices */
  public void setCostModel(CostModelForm costModel) {
    this.costModel = costModel;
  }

  /** @return the cost estimate, or null */
  public CostEstimateForm getCostEstimate() {
    return costEstimate;
  }

  /** @param costEstimate the cost estimate */
  public void setCostEstimate(CostEstimateForm costEstimate) {
    this.costEstimate = costEstimate;
  }

  /** @return the funding plan, or null */
  public FundingPlanForm getFundingPlan() {
    return fundingPlan;
  }

  /** @param fundingPlan the funding plan */
  public void setFundingPlan(FundingPlanForm fundingPlan) {
    this.fundingPlan = fundingPlan;
  }

  /** @return the work packages, in document order */
  public List<WorkPackageForm> getWorkPackages() {
    return workPackages;
  }

  /** @param workPackages the work packages */
  public void setWorkPackages(List<WorkPackageForm> workPackages) {
    this.workPackages = workPackages;
  }

  /** @return the project-level targets */
  public List<TargetForm> getTargets() {
    return targets;
  }

  /** @param targets the project-level targets */
  public void setTargets(List<TargetForm> targets) {
    this.targets = targets;
  }

  /** @return the assessment, or null */
  public AssessmentForm getAssessment() {
    return assessment;
  }

  /** @param assessment the assessment */
  public void setAssessment(AssessmentForm assessment) {
    this.assessment = assessment;
  }

  /** @return the decision, or null */
  public DecisionForm getDecision() {
    return decision;
  }

  /** @param decision the decision */
  public void setDecision(DecisionForm decision) {
    this.decision = decision;
  }
}
