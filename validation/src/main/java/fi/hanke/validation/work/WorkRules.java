package fi.hanke.validation.work;

import fi.hanke.validation.Rule;
import java.util.List;

/**
 * The rules of the work family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class WorkRules {
  private WorkRules() {}

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new DuplicateWorkPackageCode(), new TargetRange(), new TargetBreakdown(),
        new DeMinimisAidPerCompany(), new DeMinimisContributionAboveValue(), new FeesWithoutIncome(),
        new CompanyServicesWithoutDeMinimis());
  }
}
