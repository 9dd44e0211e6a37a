package fi.hanke.validation.assessment;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the assessment family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class AssessmentRules {
  private AssessmentRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new PointsAboveMaximum());
  }
}
