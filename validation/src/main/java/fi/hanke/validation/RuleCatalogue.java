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
 * The catalogue of standard rules (<i>sääntöluettelo</i>, sv. <i>regelkatalog</i>), family by family, and its
 * Markdown form: the documentation of the rules is generated from this code so that it never drifts.
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

  /**
   * The catalogue as Markdown: one table row per rule with id, severity, family, what it checks, the
   * Finnish message template and the source.
   *
   * @param rules the rules to list
   * @return the Markdown text
   */
  public static String markdown(List<Rule> rules) {
    Locale fi = new Locale("fi");
    StringBuilder out = new StringBuilder();
    out.append("# Hanke rule catalogue\n\n")
        .append("Generated from the code by `RuleCatalogue.markdown` (do not edit by hand; ")
        .append("`RuleCatalogueTest` fails when this file is stale). ")
        .append(rules.size()).append(" rules.\n\n")
        .append("Severities: ERROR, the application cannot be approved as it is; WARNING, a person must look; ")
        .append("INFO, noted. Rules marked ± report a difference inside the tolerance (default 1,00 €) as INFO.\n\n")
        .append("| Id | Severity | Family | Checks | Finnish message | Source |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Rule r : rules) {
      out.append("| `").append(r.id()).append("` | ").append(r.severity())
          .append(r.reportsWithinTolerance() ? " ±" : "").append(" | ")
          .append(r.family().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(cell(r.summary())).append(" | ")
          .append(cell(Messages.template(r.id(), fi))).append(" | ")
          .append(cell(r.source())).append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
