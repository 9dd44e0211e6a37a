package fi.hanke.validation.funding;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the funding family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class FundingRules {
  private FundingRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of();
  }
}
