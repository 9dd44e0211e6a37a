package fi.hanke.validation.work;

import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleFamily;
import java.util.List;

/**
 * The rules of the work family (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>), in catalogue order.
 */
public final class WorkRules implements RuleFamily {
  /** The provider of the family to {@link java.util.ServiceLoader}; call {@link #all()} instead. */
  public WorkRules() {}

  @Override
  public Family family() {
    return Family.WORK;
  }

  @Override
  public List<Rule> rules() {
    return all();
  }

  /** @return a new instance of every rule of the family */
  public static List<Rule> all() {
    return List.of(new DuplicateWorkPackageCode(), new TargetRange(), new TargetBreakdown(),
        new DeMinimisAidPerCompany(), new DeMinimisContributionAboveValue(), new FeesWithoutIncome(),
        new CompanyServicesWithoutDeMinimis());
  }
}
