package fi.hanke.validation.cost;

import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleFamily;
import java.util.List;

/**
 * The rules of the cost family (<i>kustannusarvion säännöt</i>, sv. <i>regler för kostnadsförslaget</i>), in
 * catalogue order.
 */
public final class CostRules implements RuleFamily {
  /** The provider of the family to {@link java.util.ServiceLoader}; call {@link #all()} instead. */
  public CostRules() {}

  @Override
  public Family family() {
    return Family.COST;
  }

  @Override
  public List<Rule> rules() {
    return all();
  }

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new NetTotal(), new FlatRateLine(), new LineNotClaimable(), new FlatRateConditionsMet(),
        new OptionForFund(), new OptionForProjectType(), new OptionForFunder(), new TravelUnitCostsOption(), new LumpSumLimit(),
        new SimplifiedCostsRequired(), new MunicipalVat(), new ApprovedAboveApplied());
  }
}
