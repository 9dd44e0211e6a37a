package fi.hanke.validation;

import fi.hanke.validation.aid.AidRules;
import fi.hanke.validation.assessment.AssessmentRules;
import fi.hanke.validation.cost.CostRules;
import fi.hanke.validation.dates.DateRules;
import fi.hanke.validation.funding.FundingRules;
import fi.hanke.validation.group.GroupRules;
import fi.hanke.validation.identity.IdentityRules;
import fi.hanke.validation.programme.ProgrammeRules;
import fi.hanke.validation.work.WorkRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of standard rules (<i>sääntöluettelo</i>, sv. <i>regelkatalog</i>), family by family. The
 * documentation of the rules ({@code validation/RULES.md}) is generated from it so that it never drifts.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /** @return a new instance of every standard rule, in catalogue order */
  public static List<Rule> standard() {
    List<Rule> all = new ArrayList<>();
    all.addAll(IdentityRules.all());
    all.addAll(DateRules.all());
    all.addAll(CostRules.all());
    all.addAll(FundingRules.all());
    all.addAll(GroupRules.all());
    all.addAll(WorkRules.all());
    all.addAll(ProgrammeRules.all());
    all.addAll(AssessmentRules.all());
    all.addAll(AidRules.all());
    return List.copyOf(all);
  }

}
