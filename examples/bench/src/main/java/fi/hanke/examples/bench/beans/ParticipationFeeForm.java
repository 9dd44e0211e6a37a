package fi.hanke.examples.bench.beans;

/** A participation fee of a work package (<i>osallistumismaksu</i>, sv. <i>deltagaravgift</i>) and who invoices it. */
public class ParticipationFeeForm {
  private String description;
  private String collectedBy;

  /** An empty fee. */
  public ParticipationFeeForm() {}

  /** @return the fee as the document writes it, or null */
  public String getDescription() {
    return description;
  }

  /** @param description the fee as the document writes it */
  public void setDescription(String description) {
    this.description = description;
  }

  /** @return the key of the member that invoices it, or null */
  public String getCollectedBy() {
    return collectedBy;
  }

  /** @param collectedBy the key of the member that invoices it */
  public void setCollectedBy(String collectedBy) {
    this.collectedBy = collectedBy;
  }
}
