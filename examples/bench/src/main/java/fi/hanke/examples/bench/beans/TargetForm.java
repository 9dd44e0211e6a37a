package fi.hanke.examples.bench.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;

/**
 * A quantified target (<i>tavoite</i>, sv. <i>mål</i>): a quantity, or a range from the quantity up to
 * {@code upTo}, of a unit, with breakdowns.
 */
public class TargetForm {
  @NotBlank
  private String description;
  @PositiveOrZero
  private long quantity;
  @PositiveOrZero
  private Long upTo;
  private String unit;
  private List<@NotNull @Valid BreakdownForm> breakdowns = new ArrayList<>();

  /** An empty target. */
  public TargetForm() {}

  /** @return what is counted */
  public String getDescription() {
    return description;
  }

  /** @param description what is counted */
  public void setDescription(String description) {
    this.description = description;
  }

  /** @return the quantity, or the lower end of a range */
  public long getQuantity() {
    return quantity;
  }

  /** @param quantity the quantity */
  public void setQuantity(long quantity) {
    this.quantity = quantity;
  }

  /** @return the upper end of a range, or null */
  public Long getUpTo() {
    return upTo;
  }

  /** @param upTo the upper end of a range */
  public void setUpTo(Long upTo) {
    this.upTo = upTo;
  }

  /** @return the unit, or null */
  public String getUnit() {
    return unit;
  }

  /** @param unit the unit */
  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** @return the breakdowns */
  public List<BreakdownForm> getBreakdowns() {
    return breakdowns;
  }

  /** @param breakdowns the breakdowns */
  public void setBreakdowns(List<BreakdownForm> breakdowns) {
    this.breakdowns = breakdowns;
  }
}
