package fi.hanke.validation.funding;

import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleFamily;
import java.util.List;

/**
 * The rules of the funding family (<i>rahoitussuunnitelman säännöt</i>, sv. <i>regler för
 * finansieringsplanen</i>), in catalogue order.
 */
public final class FundingRules implements RuleFamily {
  /** The provider of the family to {@link java.util.ServiceLoader}; call {@link #all()} instead. */
  public FundingRules() {}

  @Override
  public Family family() {
    return Family.FUNDING;
  }

  @Override
  public List<Rule> rules() {
    return all();
  }

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new LinesSum(), new MatchesCost(), new AidCeiling(), new FullAid(), new OwnFundingPresent(),
        new RegionalSplitAddsUp(), new StatedShare(), new StatedAidRate());
  }
}
