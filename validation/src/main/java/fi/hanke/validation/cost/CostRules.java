package fi.hanke.validation.cost;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the cost family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class CostRules {
  private CostRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new FlatRateLine());
  }
}
