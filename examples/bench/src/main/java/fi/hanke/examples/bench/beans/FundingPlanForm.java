package fi.hanke.examples.bench.beans;

import fi.hanke.core.funding.FundingSource;
import fi.hanke.examples.bench.beans.FundingConstraints.LinesAddUpToTotal;
import fi.hanke.examples.bench.beans.FundingConstraints.OwnFundingPresent;
import fi.hanke.examples.bench.beans.FundingConstraints.RegionalSplitAddsUp;
import fi.hanke.examples.bench.beans.FundingConstraints.StatedSharesMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The funding plan (<i>rahoitussuunnitelma</i>, sv. <i>finansieringsplan</i>): its lines by source, the totals
 * the document states, and the split of the aid by region.
 */
@LinesAddUpToTotal
@OwnFundingPresent(payload = Finding.Warning.class)
@RegionalSplitAddsUp
@StatedSharesMatch(payload = Finding.Warning.class)
public class FundingPlanForm {
  private List<@NotNull @Valid FundingLineForm> lines = new ArrayList<>();
  @Digits(integer = 13, fraction = 2)
  private BigDecimal statedTotalApplied;
  @Digits(integer = 13, fraction = 2)
  private BigDecimal statedTotalApproved;
  private List<@NotNull @Valid RegionalShareForm> regionalSplit = new ArrayList<>();

  /** An empty plan. */
  public FundingPlanForm() {}

  /** @return the lines, in document order */
  public List<FundingLineForm> getLines() {
    return lines;
  }

  /** @param lines the lines */
  public void setLines(List<FundingLineForm> lines) {
    this.lines = lines;
  }

  /** @return the stated total applied for, or null */
  public BigDecimal getStatedTotalApplied() {
    return statedTotalApplied;
  }

  /** @param statedTotalApplied the stated total applied for */
  public void setStatedTotalApplied(BigDecimal statedTotalApplied) {
    this.statedTotalApplied = statedTotalApplied;
  }

  /** @return the stated total approved, or null */
  public BigDecimal getStatedTotalApproved() {
    return statedTotalApproved;
  }

  /** @param statedTotalApproved the stated total approved */
  public void setStatedTotalApproved(BigDecimal statedTotalApproved) {
    this.statedTotalApproved = statedTotalApproved;
  }

  /** @return the regional split of the aid; empty if none is given */
  public List<RegionalShareForm> getRegionalSplit() {
    return regionalSplit;
  }

  /** @param regionalSplit the regional split of the aid */
  public void setRegionalSplit(List<RegionalShareForm> regionalSplit) {
    this.regionalSplit = regionalSplit;
  }

  /**
   * @param source a source
   * @return the amount applied for from it, all its lines added; zero if none
   */
  public BigDecimal applied(FundingSource source) {
    BigDecimal sum = BigDecimal.ZERO;
    for (FundingLineForm line : lines) {
      if (line.getSource() == source) {
        sum = sum.add(line.getApplied());
      }
    }
    return sum;
  }

  /** @return the sum of all lines applied for */
  public BigDecimal totalApplied() {
    BigDecimal sum = BigDecimal.ZERO;
    for (FundingLineForm line : lines) {
      sum = sum.add(line.getApplied());
    }
    return sum;
  }

  /** @return the sum of all lines approved, or null unless every line has an approved amount */
  public BigDecimal totalApproved() {
    if (lines.isEmpty()) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (FundingLineForm line : lines) {
      if (line.getApproved() == null) {
        return null;
      }
      sum = sum.add(line.getApproved());
    }
    return sum;
  }

  /** @return the stated total applied for, or the sum of the lines where none is stated */
  public BigDecimal total() {
    return statedTotalApplied != null ? statedTotalApplied : totalApplied();
  }
}
