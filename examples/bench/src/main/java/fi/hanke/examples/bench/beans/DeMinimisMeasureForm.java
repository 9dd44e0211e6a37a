package fi.hanke.examples.bench.beans;

import fi.hanke.core.aid.DeMinimisRegulation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A de minimis measure of a work package (<i>de minimis -toimenpide</i>, sv. <i>åtgärd med stöd av mindre
 * betydelse</i>): its market value per company, the companies' own contributions and the aid the document states,
 * by size class.
 */
public class DeMinimisMeasureForm {
  @NotBlank
  private String name;
  @NotNull
  private DeMinimisRegulation regulation = DeMinimisRegulation.GENERAL_2023_2831;
  @NotNull
  @Digits(integer = 13, fraction = 2)
  private BigDecimal marketValue;
  private List<@NotNull @Valid SizeClassAmountForm> contributions = new ArrayList<>();
  private List<@NotNull @Valid SizeClassAmountForm> statedAid = new ArrayList<>();

  /** An empty measure under the general regulation 2023/2831. */
  public DeMinimisMeasureForm() {}

  /** @return the name */
  public String getName() {
    return name;
  }

  /** @param name the name */
  public void setName(String name) {
    this.name = name;
  }

  /** @return the regulation the aid is granted under */
  public DeMinimisRegulation getRegulation() {
    return regulation;
  }

  /** @param regulation the regulation */
  public void setRegulation(DeMinimisRegulation regulation) {
    this.regulation = regulation;
  }

  /** @return the market value per company */
  public BigDecimal getMarketValue() {
    return marketValue;
  }

  /** @param marketValue the market value per company */
  public void setMarketValue(BigDecimal marketValue) {
    this.marketValue = marketValue;
  }

  /** @return the own contributions by size class */
  public List<SizeClassAmountForm> getContributions() {
    return contributions;
  }

  /** @param contributions the own contributions */
  public void setContributions(List<SizeClassAmountForm> contributions) {
    this.contributions = contributions;
  }

  /** @return the aid per company the document states, by size class */
  public List<SizeClassAmountForm> getStatedAid() {
    return statedAid;
  }

  /** @param statedAid the stated aid */
  public void setStatedAid(List<SizeClassAmountForm> statedAid) {
    this.statedAid = statedAid;
  }
}
