package fi.hanke.examples.bench.beans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * A breakdown of a target (<i>tavoitteen erittely</i>, sv. <i>fördelning av målet</i>) along one dimension (by
 * region, by age group): complete (the parts make up the target) or partial ("joista": of whom).
 */
public class BreakdownForm {
  @NotBlank
  private String dimension;
  private boolean complete = true;
  private List<@NotNull @Valid BreakdownPartForm> parts = new ArrayList<>();

  /** An empty, complete breakdown. */
  public BreakdownForm() {}

  /** @return the dimension, e.g. "maakunta" */
  public String getDimension() {
    return dimension;
  }

  /** @param dimension the dimension */
  public void setDimension(String dimension) {
    this.dimension = dimension;
  }

  /** @return true if the parts make up the whole target, false for an "of whom" breakdown */
  public boolean isComplete() {
    return complete;
  }

  /** @param complete whether the parts make up the whole target */
  public void setComplete(boolean complete) {
    this.complete = complete;
  }

  /** @return the parts */
  public List<BreakdownPartForm> getParts() {
    return parts;
  }

  /** @param parts the parts */
  public void setParts(List<BreakdownPartForm> parts) {
    this.parts = parts;
  }
}
