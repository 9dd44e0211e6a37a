package fi.hanke.validation.programme;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the programme family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class ProgrammeRules {
  private ProgrammeRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new OutsideProfile(), new ObjectiveUnknown(), new ObjectivePriority(), new FundPriority(),
        new FundInLabels(), new MunicipalityRegion(), new RegionOutsideProgramme(), new FundTerritoryCovers());
  }
}
