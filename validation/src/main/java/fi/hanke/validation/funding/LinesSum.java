package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.internal.model.Sums;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Column;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Figures;
import fi.hanke.validation.internal.Stated;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * The stated total of the funding plan equals its lines (<i>rahoitussuunnitelman rivit vastaavat ilmoitettua
 * yhteissummaa</i>), in the applied and, where stated, the approved column. Seed 003's lines add up to
 * 448 536 € against a stated 439 936 €: the external private 8 600 € does not fit.
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.1, §13 (project D), §14.6.
 */
public final class LinesSum extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-LINES-SUM";

  /** Creates the rule. */
  public LinesSum() {
    super(ID, Severity.ERROR, Family.FUNDING,
        "The funding lines add up to the funding plan's stated total, in the applied and the approved column.",
        "finnish-rules.md §3.1, §13, §14.6",
        Set.of(Fact.FUNDING_LINES, Fact.STATED_FUNDING_TOTAL),
        Argument.of("column", Column.class),
        Argument.of("stated", MonetaryAmount.class),
        Argument.of("sum", MonetaryAmount.class),
        Argument.of("difference", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty()) {
      return;
    }
    FundingPlan plan = project.fundingPlan().get();
    if (plan.lines().isEmpty()) {
      return;
    }
    Path path = Path.root().field("fundingPlan");
    if (plan.statedTotalApplied().isPresent()) {
      FastMoney stated = plan.statedTotalApplied().get();
      Column.APPLIED.reportDifference(context, path.field("statedTotalApplied"), stated, "sum", plan::totalApplied,
          Figures.totalOfLines(plan).gapTo(Stated.of(Eur.decimal(stated), plan.statedTotalAppliedHedge())));
    }
    Optional<FastMoney> approved = plan.statedTotalApproved().isPresent() ? plan.totalApproved() : Optional.empty();
    if (approved.isPresent()) {
      FastMoney stated = plan.statedTotalApproved().get();
      Column.APPROVED.reportDifference(context, path.field("statedTotalApproved"), stated, "sum", approved::get,
          Eur.decimal(approved.get()).subtract(Eur.decimal(stated)));
    }
  }
}
