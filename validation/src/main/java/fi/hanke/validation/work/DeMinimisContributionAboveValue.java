package fi.hanke.validation.work;

import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A company's own contribution to a de minimis measure does not exceed the measure's market value
 * (<i>yrityksen omarahoitusosuus ei ylitä palvelun markkinahintaa</i>): otherwise the aid, market value minus
 * contribution, would be negative. A contribution equal to the market value (no aid) is allowed.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.3 (välillinen de minimis, valuation at market price), §14.11.
 */
public final class DeMinimisContributionAboveValue extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-DE-MINIMIS-CONTRIBUTION";

  /** Creates the rule. */
  public DeMinimisContributionAboveValue() {
    super(ID, Severity.ERROR, Family.WORK,
        "A company's own contribution to a de minimis measure does not exceed the measure's market value.",
        "finnish-rules.md §6.3, §14.11",
        Set.of(Fact.DE_MINIMIS_MEASURES),
        Argument.of("measure", String.class),
        Argument.of("size", String.class),
        Argument.of("marketValue", MonetaryAmount.class),
        Argument.of("contribution", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    for (WorkPackage wp : project.workPackages()) {
      Path wpPath = Path.root().field("workPackages").key(wp.code());
      List<DeMinimisMeasure> measures = wp.deMinimisMeasures();
      for (int k = 0; k < measures.size(); k++) {
        DeMinimisMeasure measure = measures.get(k);
        List<SizeClassAmount> contributions = measure.contributions();
        for (int m = 0; m < contributions.size(); m++) {
          SizeClassAmount c = contributions.get(m);
          if (Eur.decimal(c.amount()).compareTo(Eur.decimal(measure.marketValue())) > 0) {
            context.report(wpPath.field("deMinimisMeasures").index(k).field("contributions").index(m),
                "measure", measure.name(), "size", DeMinimisSizes.name(c), "marketValue", measure.marketValue(),
                "contribution", c.amount());
          }
        }
      }
    }
  }
}
