package fi.hanke.examples.bench.beans;

import fi.hanke.core.project.MemberRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A member of a group project (<i>ryhmähankkeen toteuttaja</i>: päätoteuttaja or osatoteuttaja; sv.
 * <i>genomförare</i>) with its own application: each member applies on its own form, so a member is a
 * {@link ProjectForm} (empty where the document gives no budget of its own) with the key the joint plan names it
 * by, its organisation and its role.
 */
public class MemberForm extends ProjectForm {
  @NotBlank
  private String key;
  @NotNull
  @Valid
  private OrganisationForm organisation;
  @NotNull
  private MemberRole role;

  /** An empty member. */
  public MemberForm() {}

  /** @return the key work packages name it by, e.g. "Xamk" */
  public String getKey() {
    return key;
  }

  /** @param key the key work packages name it by */
  public void setKey(String key) {
    this.key = key;
  }

  /** @return the organisation */
  public OrganisationForm getOrganisation() {
    return organisation;
  }

  /** @param organisation the organisation */
  public void setOrganisation(OrganisationForm organisation) {
    this.organisation = organisation;
  }

  /** @return the role in the group */
  public MemberRole getRole() {
    return role;
  }

  /** @param role the role in the group */
  public void setRole(MemberRole role) {
    this.role = role;
  }
}
