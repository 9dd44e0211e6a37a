package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.examples.bench.beans.CostConstraints.TravelUnitCostsAllowed;
import jakarta.validation.constraints.NotNull;

/**
 * The cost-model choices (<i>kustannusmallivalinnat</i>, sv. <i>val av kostnadsmodell</i>): the cost option and
 * how staff and travel costs are declared.
 */
@TravelUnitCostsAllowed
public class CostModelForm {
  @NotNull
  private CostOption option;
  private StaffCostModel staffCostModel;
  private TravelCostModel travelCostModel;
  private Boolean vatIncluded;

  /** An empty form. */
  public CostModelForm() {}

  /** @return the cost option ("Kustannusmalli") */
  public CostOption getOption() {
    return option;
  }

  /** @param option the cost option */
  public void setOption(CostOption option) {
    this.option = option;
  }

  /** @return how staff costs are declared, or null */
  public StaffCostModel getStaffCostModel() {
    return staffCostModel;
  }

  /** @param staffCostModel how staff costs are declared */
  public void setStaffCostModel(StaffCostModel staffCostModel) {
    this.staffCostModel = staffCostModel;
  }

  /** @return how travel costs are declared, or null */
  public TravelCostModel getTravelCostModel() {
    return travelCostModel;
  }

  /** @param travelCostModel how travel costs are declared */
  public void setTravelCostModel(TravelCostModel travelCostModel) {
    this.travelCostModel = travelCostModel;
  }

  /** @return whether VAT is included, or null */
  public Boolean getVatIncluded() {
    return vatIncluded;
  }

  /** @param vatIncluded whether VAT is included */
  public void setVatIncluded(Boolean vatIncluded) {
    this.vatIncluded = vatIncluded;
  }
}
