package fi.hanke.examples.bench.beans;

import fi.hanke.examples.bench.beans.GroupConstraints.MemberCostsAddUp;
import fi.hanke.examples.bench.beans.GroupConstraints.MemberFundingAddsUp;
import fi.hanke.examples.bench.beans.GroupConstraints.OneMainImplementer;
import fi.hanke.examples.bench.beans.GroupConstraints.SameStaffCostModel;
import fi.hanke.examples.bench.beans.GroupConstraints.UniqueMemberKeys;
import fi.hanke.examples.bench.beans.GroupConstraints.WorkPackageMembersInGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A group project form (<i>ryhmähankkeen hakemuslomake</i>, sv. <i>ansökan för gruppprojekt</i>): the group id,
 * the joint plan with the group's totals, and the members with their own applications.
 */
@OneMainImplementer
@UniqueMemberKeys
@MemberCostsAddUp
@MemberFundingAddsUp
@WorkPackageMembersInGroup
@SameStaffCostModel(payload = Finding.Info.class)
public class GroupProjectForm {
  @Pattern(regexp = "R-[0-9]+")
  private String groupId;
  @NotNull
  @Valid
  private ProjectForm plan;
  private List<@NotNull @Valid MemberForm> members = new ArrayList<>();

  /** An empty form. */
  public GroupProjectForm() {}

  /** @return the group id, e.g. "R-01136", or null */
  public String getGroupId() {
    return groupId;
  }

  /** @param groupId the group id */
  public void setGroupId(String groupId) {
    this.groupId = groupId;
  }

  /** @return the joint plan and the group's totals */
  public ProjectForm getPlan() {
    return plan;
  }

  /** @param plan the joint plan */
  public void setPlan(ProjectForm plan) {
    this.plan = plan;
  }

  /** @return the members, in document order */
  public List<MemberForm> getMembers() {
    return members;
  }

  /** @param members the members */
  public void setMembers(List<MemberForm> members) {
    this.members = members;
  }
}
