package fi.hanke.validation.funding;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the funding family (<i>rahoitussuunnitelman säännöt</i>, sv. <i>regler för
 * finansieringsplanen</i>), in catalogue order.
 */
public final class FundingRules {
  private FundingRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new LinesSum(), new MatchesCost(), new AidCeiling(), new FullAid(), new OwnFundingPresent(),
        new RegionalSplitAddsUp(), new StatedShare(), new StatedAidRate());
  }
}
