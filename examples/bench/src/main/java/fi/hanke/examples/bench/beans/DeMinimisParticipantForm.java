package fi.hanke.examples.bench.beans;

import fi.hanke.core.aid.CompanySize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A company planned to take part in a de minimis measure (<i>tuensaaja</i>, sv. <i>stödmottagare</i>): its
 * business id, size, the measure's name and the grant date.
 */
public class DeMinimisParticipantForm {
  @NotNull
  @Pattern(regexp = "[0-9]{7}-[0-9]")
  private String businessId;
  @NotNull
  private CompanySize size;
  @NotBlank
  private String measure;
  @NotNull
  private LocalDate grantedOn;

  /** An empty participant. */
  public DeMinimisParticipantForm() {}

  /** @return the company's Y-tunnus */
  public String getBusinessId() {
    return businessId;
  }

  /** @param businessId the company's Y-tunnus */
  public void setBusinessId(String businessId) {
    this.businessId = businessId;
  }

  /** @return the company's size class */
  public CompanySize getSize() {
    return size;
  }

  /** @param size the company's size class */
  public void setSize(CompanySize size) {
    this.size = size;
  }

  /** @return the name of the measure it takes part in */
  public String getMeasure() {
    return measure;
  }

  /** @param measure the name of the measure */
  public void setMeasure(String measure) {
    this.measure = measure;
  }

  /** @return the date the aid is granted */
  public LocalDate getGrantedOn() {
    return grantedOn;
  }

  /** @param grantedOn the date the aid is granted */
  public void setGrantedOn(LocalDate grantedOn) {
    this.grantedOn = grantedOn;
  }
}
