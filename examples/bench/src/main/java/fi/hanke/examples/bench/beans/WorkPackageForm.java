package fi.hanke.examples.bench.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * A work package (<i>työpaketti</i>, sv. <i>arbetspaket</i>): code, title, the months it runs, the group members
 * responsible for it and bearing its costs, its targets, participation fees, de minimis measures and the
 * companies planned to take part in them.
 */
public class WorkPackageForm {
  @NotBlank
  private String code;
  @NotBlank
  private String title;
  private List<@NotNull @Valid MonthPeriodForm> periods = new ArrayList<>();
  private List<@NotBlank String> responsibleMembers = new ArrayList<>();
  private String costBearer;
  private List<@NotNull @Valid TargetForm> targets = new ArrayList<>();
  private List<@NotNull @Valid ParticipationFeeForm> participationFees = new ArrayList<>();
  private List<@NotNull @Valid DeMinimisMeasureForm> deMinimisMeasures = new ArrayList<>();
  private List<@NotNull @Valid DeMinimisParticipantForm> deMinimisParticipants = new ArrayList<>();

  /** An empty work package. */
  public WorkPackageForm() {}

  /** @return the code, e.g. "TP3" */
  public String getCode() {
    return code;
  }

  /** @param code the code */
  public void setCode(String code) {
    this.code = code;
  }

  /** @return the title */
  public String getTitle() {
    return title;
  }

  /** @param title the title */
  public void setTitle(String title) {
    this.title = title;
  }

  /** @return the spells of months it runs */
  public List<MonthPeriodForm> getPeriods() {
    return periods;
  }

  /** @param periods the spells of months it runs */
  public void setPeriods(List<MonthPeriodForm> periods) {
    this.periods = periods;
  }

  /** @return the keys of the members responsible for it */
  public List<String> getResponsibleMembers() {
    return responsibleMembers;
  }

  /** @param responsibleMembers the keys of the members responsible for it */
  public void setResponsibleMembers(List<String> responsibleMembers) {
    this.responsibleMembers = responsibleMembers;
  }

  /** @return the key of the member that bears its costs, or null */
  public String getCostBearer() {
    return costBearer;
  }

  /** @param costBearer the key of the member that bears its costs */
  public void setCostBearer(String costBearer) {
    this.costBearer = costBearer;
  }

  /** @return its targets */
  public List<TargetForm> getTargets() {
    return targets;
  }

  /** @param targets its targets */
  public void setTargets(List<TargetForm> targets) {
    this.targets = targets;
  }

  /** @return its participation fees */
  public List<ParticipationFeeForm> getParticipationFees() {
    return participationFees;
  }

  /** @param participationFees its participation fees */
  public void setParticipationFees(List<ParticipationFeeForm> participationFees) {
    this.participationFees = participationFees;
  }

  /** @return its de minimis measures */
  public List<DeMinimisMeasureForm> getDeMinimisMeasures() {
    return deMinimisMeasures;
  }

  /** @param deMinimisMeasures its de minimis measures */
  public void setDeMinimisMeasures(List<DeMinimisMeasureForm> deMinimisMeasures) {
    this.deMinimisMeasures = deMinimisMeasures;
  }

  /** @return the companies planned to take part in its de minimis measures */
  public List<DeMinimisParticipantForm> getDeMinimisParticipants() {
    return deMinimisParticipants;
  }

  /** @param deMinimisParticipants the companies planned to take part in its de minimis measures */
  public void setDeMinimisParticipants(List<DeMinimisParticipantForm> deMinimisParticipants) {
    this.deMinimisParticipants = deMinimisParticipants;
  }
}
