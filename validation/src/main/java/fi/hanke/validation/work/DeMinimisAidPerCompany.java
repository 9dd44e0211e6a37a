package fi.hanke.validation.work;

import fi.hanke.core.internal.money.Total;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * The de minimis aid a measure states per company is its market value minus the company's own contribution
 * (<i>de minimis -tuen määrä = markkinahinta − omarahoitusosuus</i>): seed 003 values the training path at
 * 3 900 €, of which a micro company pays 300 €, a small one 600 € and a medium-sized one 900 €, so the aid is
 * 3 600 €, 3 300 € and 3 000 €; the customer-value analysis (1 000 €) is free, so its aid is 1 000 €. The
 * comparison is exact: the aid must be allocated to each company as it is (867/2021 §10(3)).
 *
 * <p>A stated aid for a size class is compared with {@link DeMinimisMeasure#aidFor}; one without a size class
 * with the market value minus the contribution without a size class (zero if there is none). Where the
 * contribution exceeds the market value, {@link DeMinimisContributionAboveValue} reports it and this rule
 * stays quiet.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.3 (välillinen de minimis, valuation at market price), §14.11.
 */
public final class DeMinimisAidPerCompany extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-DE-MINIMIS-AID";

  /** Creates the rule. */
  public DeMinimisAidPerCompany() {
    super(ID, Severity.ERROR, Family.WORK,
        "The de minimis aid a measure states per company equals its market value minus the company's own contribution.",
        "finnish-rules.md §6.3, §14.11 (757/2021 §6, 867/2021 §10(3))",
        Set.of(Fact.DE_MINIMIS_MEASURES),
        Argument.of("measure", String.class),
        Argument.of("size", String.class),
        Argument.of("marketValue", MonetaryAmount.class),
        Argument.of("contribution", MonetaryAmount.class),
        Argument.of("expected", MonetaryAmount.class),
        Argument.of("stated", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    for (WorkPackage wp : project.workPackages()) {
      Path wpPath = Path.root().field("workPackages").key(wp.code());
      List<DeMinimisMeasure> measures = wp.deMinimisMeasures();
      for (int k = 0; k < measures.size(); k++) {
        DeMinimisMeasure measure = measures.get(k);
        Path measurePath = wpPath.field("deMinimisMeasures").index(k);
        List<SizeClassAmount> stated = measure.statedAid();
        for (int m = 0; m < stated.size(); m++) {
          SizeClassAmount entry = stated.get(m);
          FastMoney contribution = DeMinimisSizes.contributionFor(measure, entry);
          BigDecimal marketValue = Eur.decimal(measure.marketValue());
          BigDecimal contributed = Eur.decimal(contribution);
          if (contributed.compareTo(marketValue) > 0) {
            continue;
          }
          // compared by value, as isEqualTo compares amounts
          if (Eur.decimal(entry.amount()).compareTo(marketValue.subtract(contributed)) != 0) {
            context.report(measurePath.field("statedAid").index(m), "measure", measure.name(),
                "size", DeMinimisSizes.name(entry), "marketValue", measure.marketValue(), "contribution", contribution,
                "expected", Total.of(measure.marketValue()).subtract(contribution).money("expected"), "stated", entry.amount());
          }
        }
      }
    }
  }
}
