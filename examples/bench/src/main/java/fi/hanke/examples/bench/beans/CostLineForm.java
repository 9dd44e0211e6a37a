package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.CostCategory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One line of the cost estimate (<i>kustannusarvion rivi</i>, sv. <i>rad i kostnadsförslaget</i>): category,
 * amount applied for and, once decided, amount approved, in euros to the cent. Income is the positive amount
 * printed; it is deducted in the net cost.
 */
public class CostLineForm {
  @NotNull
  private CostCategory category;
  @NotNull
  @Digits(integer = 13, fraction = 2)
  private BigDecimal applied;
  @Digits(integer = 13, fraction = 2)
  private BigDecimal approved;

  /** An empty line. */
  public CostLineForm() {}

  /** @return the category */
  public CostCategory getCategory() {
    return category;
  }

  /** @param category the category */
  public void setCategory(CostCategory category) {
    this.category = category;
  }

  /** @return the amount applied for ("Haetut yhteensä") */
  public BigDecimal getApplied() {
    return applied;
  }

  /** @param applied the amount applied for */
  public void setApplied(BigDecimal applied) {
    this.applied = applied;
  }

  /** @return the amount approved ("Hyväksytyt yhteensä"), or null */
  public BigDecimal getApproved() {
    return approved;
  }

  /** @param approved the amount approved */
  public void setApproved(BigDecimal approved) {
    this.approved = approved;
  }
}
