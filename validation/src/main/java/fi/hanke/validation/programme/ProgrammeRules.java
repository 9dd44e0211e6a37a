package fi.hanke.validation.programme;

import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleFamily;
import java.util.List;

/**
 * The rules of the programme family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class ProgrammeRules implements RuleFamily {
  /** The provider of the family to {@link java.util.ServiceLoader}; call {@link #all()} instead. */
  public ProgrammeRules() {}

  @Override
  public Family family() {
    return Family.PROGRAMME;
  }

  @Override
  public List<Rule> rules() {
    return all();
  }

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new OutsideProfile(), new ObjectiveUnknown(), new ObjectivePriority(), new FundPriority(),
        new FundInLabels(), new MunicipalityRegion(), new RegionOutsideProgramme(), new FundTerritoryCovers());
  }
}
