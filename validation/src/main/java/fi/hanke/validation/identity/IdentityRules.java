package fi.hanke.validation.identity;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the identity family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class IdentityRules {
  private IdentityRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new BusinessIdCheckDigit());
  }
}
