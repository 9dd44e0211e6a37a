package fi.hanke.examples.bench.beans;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One region's part of the aid (<i>tuen maakunnallinen jako</i>, sv. <i>stödets fördelning per landskap</i>):
 * the region's two-digit code and the amount.
 */
public class RegionalShareForm {
  @NotNull
  @Pattern(regexp = "[0-9]{2}")
  private String region;
  @NotNull
  @Digits(integer = 13, fraction = 2)
  private BigDecimal amount;

  /** An empty share. */
  public RegionalShareForm() {}

  /** @return the region's code, e.g. "10" */
  public String getRegion() {
    return region;
  }

  /** @param region the region's code */
  public void setRegion(String region) {
    this.region = region;
  }

  /** @return the region's part of the aid */
  public BigDecimal getAmount() {
    return amount;
  }

  /** @param amount the region's part of the aid */
  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
