package fi.hanke.validation.aid;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the de minimis family (<i>valtiontukisäännöt</i>, sv. <i>regler om statligt stöd</i>), in
 * catalogue order.
 */
public final class AidRules {
  private AidRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new UnknownMeasure(), new RegulationInForce(), new Headroom());
  }
}
