package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.examples.bench.beans.CostConstraints.ApprovedNotAboveApplied;
import fi.hanke.examples.bench.beans.CostConstraints.NetTotalMatchesLines;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost estimate (<i>kustannusarvio</i>, sv. <i>kostnadsförslag</i>): its lines and the net totals the
 * document states ("Nettokustannusarvio yhteensä").
 */
@NetTotalMatchesLines
@ApprovedNotAboveApplied
public class CostEstimateForm {
  private List<@NotNull @Valid CostLineForm> lines = new ArrayList<>();
  @Digits(integer = 13, fraction = 2)
  private BigDecimal statedNetApplied;
  @Digits(integer = 13, fraction = 2)
  private BigDecimal statedNetApproved;

  /** An empty estimate. */
  public CostEstimateForm() {}

  /** @return the lines, in document order */
  public List<CostLineForm> getLines() {
    return lines;
  }

  /** @param lines the lines */
  public void setLines(List<CostLineForm> lines) {
    this.lines = lines;
  }

  /** @return the stated net cost applied for, or null */
  public BigDecimal getStatedNetApplied() {
    return statedNetApplied;
  }

  /** @param statedNetApplied the stated net cost applied for */
  public void setStatedNetApplied(BigDecimal statedNetApplied) {
    this.statedNetApplied = statedNetApplied;
  }

  /** @return the stated net cost approved, or null */
  public BigDecimal getStatedNetApproved() {
    return statedNetApproved;
  }

  /** @param statedNetApproved the stated net cost approved */
  public void setStatedNetApproved(BigDecimal statedNetApproved) {
    this.statedNetApproved = statedNetApproved;
  }

  /**
   * @param category a category
   * @return the amount applied for in it, all its lines added; zero if none
   */
  public BigDecimal applied(CostCategory category) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLineForm line : lines) {
      if (line.getCategory() == category) {
        sum = sum.add(line.getApplied());
      }
    }
    return sum;
  }

  /** @return the net cost applied for, computed from the lines: every line added, income deducted */
  public BigDecimal computedNetApplied() {
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLineForm line : lines) {
      sum = line.getCategory() == CostCategory.INCOME ? sum.subtract(line.getApplied()) : sum.add(line.getApplied());
    }
    return sum;
  }

  /** @return the net cost approved, computed from the lines, or null unless every line has an approved amount */
  public BigDecimal computedNetApproved() {
    if (lines.isEmpty()) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLineForm line : lines) {
      if (line.getApproved() == null) {
        return null;
      }
      sum = line.getCategory() == CostCategory.INCOME ? sum.subtract(line.getApproved()) : sum.add(line.getApproved());
    }
    return sum;
  }

  /** @return the stated net cost applied for, or the computed one where none is stated */
  public BigDecimal netApplied() {
    return statedNetApplied != null ? statedNetApplied : computedNetApplied();
  }
}
