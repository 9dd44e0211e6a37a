package fi.hanke.validation.aid;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;

/**
 * The aid a de minimis measure states per company is its market value minus the company's own contribution
 * for the size class (<i>de minimis -tuen määrä = markkinahinta − omarahoitusosuus</i>). Seed 003: the
 * training path is worth 3 900 €, a micro company pays 300 €, so its aid is 3 600 €. A stated amount without a
 * size class is compared with every size class that has its own contribution.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.3 (867/2021 §10(3): the decision allocates the aid to each
 * participating company; valuation at market price).
 */
public final class MeasureAid extends Rule {
  /** The rule id. */
  public static final String ID = "AID-MEASURE-AID";

  /** Creates the rule. */
  public MeasureAid() {
    super(ID, Severity.ERROR, Family.AID,
        "The aid a de minimis measure states per company is its market value minus the own contribution of the size class.",
        "finnish-rules.md §6.3 (867/2021 §10(3))",
        "measure", "size", "stated", "marketValue", "contribution", "expected");
  }

  @Override
  public void check(Project project, RuleContext context) {
    for (WorkPackage wp : project.workPackages()) {
      List<DeMinimisMeasure> measures = wp.deMinimisMeasures();
      for (int i = 0; i < measures.size(); i++) {
        DeMinimisMeasure m = measures.get(i);
        List<SizeClassAmount> stated = m.statedAid();
        for (int j = 0; j < stated.size(); j++) {
          SizeClassAmount s = stated.get(j);
          for (CompanySize size : sizesOf(s, m)) {
            Money expected = m.aidFor(size);
            if (!s.amount().isEqualTo(expected)) {
              Path path = Path.root().field("workPackages").key(wp.code()).field("deMinimisMeasures").index(i)
                  .field("statedAid").index(j);
              context.report(path, "measure", m.name(), "size", size, "stated", s.amount(),
                  "marketValue", m.marketValue(), "contribution", m.contributionFor(size), "expected", expected);
              break;
            }
          }
        }
      }
    }
  }

  private static List<CompanySize> sizesOf(SizeClassAmount stated, DeMinimisMeasure m) {
    if (stated.size().isPresent()) {
      return List.of(stated.size().get());
    }
    List<CompanySize> sized = new ArrayList<>();
    for (SizeClassAmount c : m.contributions()) {
      c.size().ifPresent(sized::add);
    }
    return sized.isEmpty() ? List.of(CompanySize.MICRO) : sized;
  }
}
