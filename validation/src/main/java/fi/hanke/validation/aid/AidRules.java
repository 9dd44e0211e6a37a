package fi.hanke.validation.aid;

import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleFamily;
import java.util.List;

/**
 * The rules of the de minimis family (<i>valtiontukisäännöt</i>, sv. <i>regler om statligt stöd</i>), in
 * catalogue order.
 */
public final class AidRules implements RuleFamily {
  /** The provider of the family to {@link java.util.ServiceLoader}; call {@link #all()} instead. */
  public AidRules() {}

  @Override
  public Family family() {
    return Family.AID;
  }

  @Override
  public List<Rule> rules() {
    return all();
  }

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new UnknownMeasure(), new RegulationInForce(), new Headroom());
  }
}
