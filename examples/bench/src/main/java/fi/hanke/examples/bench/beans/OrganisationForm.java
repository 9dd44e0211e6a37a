package fi.hanke.examples.bench.beans;

import fi.hanke.core.org.OrganisationKind;
import fi.hanke.examples.bench.beans.IdentityConstraints.BusinessIdCheckDigit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An organisation on the form (<i>organisaatio</i>: hakija, toteuttaja; sv. <i>organisation</i>): its name, its
 * business id (<i>Y-tunnus</i>, {@code NNNNNNN-C}) and its kind.
 */
@BusinessIdCheckDigit
public class OrganisationForm {
  @NotBlank
  private String name;
  @Pattern(regexp = "[0-9]{7}-[0-9]")
  private String businessId;
  @NotNull
  private OrganisationKind kind;

  /** An empty form. */
  public OrganisationForm() {}

  /** @return the official name */
  public String getName() {
    return name;
  }

  /** @param name the official name */
  public void setName(String name) {
    this.name = name;
  }

  /** @return the Y-tunnus, {@code NNNNNNN-C}, or null if not stated */
  public String getBusinessId() {
    return businessId;
  }

  /** @param businessId the Y-tunnus */
  public void setBusinessId(String businessId) {
    this.businessId = businessId;
  }

  /** @return the kind of organisation */
  public OrganisationKind getKind() {
    return kind;
  }

  /** @param kind the kind of organisation */
  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }
}
