package fi.hanke.examples.bench.beans;

import fi.hanke.core.aid.CompanySize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * An amount by company size (<i>määrä yrityskokoluokittain</i>, sv. <i>belopp per storleksklass</i>): a size
 * class, or none for every company, and the amount.
 */
public class SizeClassAmountForm {
  private CompanySize size;
  @NotNull
  @Digits(integer = 13, fraction = 2)
  private BigDecimal amount;

  /** An empty amount. */
  public SizeClassAmountForm() {}

  /** @return the size class, or null for every company */
  public CompanySize getSize() {
    return size;
  }

  /** @param size the size class */
  public void setSize(CompanySize size) {
    this.size = size;
  }

  /** @return the amount */
  public BigDecimal getAmount() {
    return amount;
  }

  /** @param amount the amount */
  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
