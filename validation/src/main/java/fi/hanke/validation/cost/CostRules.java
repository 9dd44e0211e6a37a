package fi.hanke.validation.cost;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the cost family (<i>kustannusarvion säännöt</i>, sv. <i>regler för kostnadsförslaget</i>), in
 * catalogue order.
 */
public final class CostRules {
  private CostRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new NetTotal(), new FlatRateLine(), new LineNotClaimable(), new FlatRateConditionsMet(),
        new OptionForFund(), new OptionForProjectType(), new OptionForFunder(), new TravelUnitCostsOption(), new LumpSumLimit(),
        new SimplifiedCostsRequired(), new MunicipalVat(), new ApprovedAboveApplied());
  }
}
