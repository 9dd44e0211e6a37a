package fi.hanke.examples.bench.beans;

import fi.hanke.core.funding.FundingSource;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One line of the funding plan (<i>rahoitussuunnitelman rivi</i>, sv. <i>rad i finansieringsplanen</i>): source,
 * amount applied for, amount approved, and the share the document prints ("Osuus %") as a percent number.
 */
public class FundingLineForm {
  @NotNull
  private FundingSource source;
  @NotNull
  @Digits(integer = 13, fraction = 2)
  private BigDecimal applied;
  @Digits(integer = 13, fraction = 2)
  private BigDecimal approved;
  @DecimalMin("0")
  private BigDecimal statedShare;

  /** An empty line. */
  public FundingLineForm() {}

  /** @return the source */
  public FundingSource getSource() {
    return source;
  }

  /** @param source the source */
  public void setSource(FundingSource source) {
    this.source = source;
  }

  /** @return the amount applied for */
  public BigDecimal getApplied() {
    return applied;
  }

  /** @param applied the amount applied for */
  public void setApplied(BigDecimal applied) {
    this.applied = applied;
  }

  /** @return the amount approved, or null */
  public BigDecimal getApproved() {
    return approved;
  }

  /** @param approved the amount approved */
  public void setApproved(BigDecimal approved) {
    this.approved = approved;
  }

  /** @return the printed share in percent, e.g. 80, or null */
  public BigDecimal getStatedShare() {
    return statedShare;
  }

  /** @param statedShare the printed share in percent */
  public void setStatedShare(BigDecimal statedShare) {
    this.statedShare = statedShare;
  }
}
