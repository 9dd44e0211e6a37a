package fi.hanke.examples.bench.beans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/** One part of a target's breakdown (<i>erittelyn osa</i>, sv. <i>del av fördelningen</i>), e.g. Pohjois-Savo 100. */
public class BreakdownPartForm {
  @NotBlank
  private String key;
  @PositiveOrZero
  private long quantity;

  /** An empty part. */
  public BreakdownPartForm() {}

  /** @return what the part counts, e.g. a region's name */
  public String getKey() {
    return key;
  }

  /** @param key what the part counts */
  public void setKey(String key) {
    this.key = key;
  }

  /** @return the quantity */
  public long getQuantity() {
    return quantity;
  }

  /** @param quantity the quantity */
  public void setQuantity(long quantity) {
    this.quantity = quantity;
  }
}
