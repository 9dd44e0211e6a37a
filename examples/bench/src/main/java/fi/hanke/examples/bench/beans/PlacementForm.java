package fi.hanke.examples.bench.beans;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.examples.bench.beans.ProgrammeConstraints.FundOfPriority;
import fi.hanke.examples.bench.beans.ProgrammeConstraints.KnownObjective;
import fi.hanke.examples.bench.beans.ProgrammeConstraints.ObjectiveOfPriority;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Where the project sits in the programme (<i>ohjelmasijoitus</i>, sv. <i>placering i programmet</i>): priority
 * (toimintalinja), specific objective (erityistavoite), fund and project type.
 */
@KnownObjective
@ObjectiveOfPriority
@FundOfPriority
public class PlacementForm {
  @Positive
  private Integer priority;
  @Pattern(regexp = "[0-9]+\\.[0-9]+\\.?")
  private String specificObjective;
  private Fund fund;
  @NotNull
  private ProjectType projectType = ProjectType.DEVELOPMENT;

  /** An empty placement (a development project). */
  public PlacementForm() {}

  /** @return the number of the priority, or null */
  public Integer getPriority() {
    return priority;
  }

  /** @param priority the number of the priority */
  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  /** @return the code of the specific objective, e.g. "4.2", or null */
  public String getSpecificObjective() {
    return specificObjective;
  }

  /** @param specificObjective the code of the specific objective */
  public void setSpecificObjective(String specificObjective) {
    this.specificObjective = specificObjective;
  }

  /** @return the fund, or null */
  public Fund getFund() {
    return fund;
  }

  /** @param fund the fund */
  public void setFund(Fund fund) {
    this.fund = fund;
  }

  /** @return the project type that decides the aid ceiling */
  public ProjectType getProjectType() {
    return projectType;
  }

  /** @param projectType the project type */
  public void setProjectType(ProjectType projectType) {
    this.projectType = projectType;
  }
}
