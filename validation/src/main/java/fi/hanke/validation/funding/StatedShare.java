package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The share a funding line prints ("Osuus %") matches its amount (<i>ilmoitettu osuus vastaa summaa</i>):
 * shares are derived, never trusted, so a printed share is compared with the line's share of the plan's total,
 * to the precision it is printed with (a whole percent: ±0,5 percentage points).
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.1 (shares follow from the amounts); {@code anchors.md} §3
 * (displayed percentages are computed separately and never fed back into amounts).
 */
public final class StatedShare extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-STATED-SHARE";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates the rule. */
  public StatedShare() {
    super(ID, Severity.WARNING, Family.FUNDING,
        "A funding line's printed share matches its amount's share of the plan's total, to the printed precision.",
        "finnish-rules.md §3.1; anchors.md §3",
        Argument.of("source", FundingSource.class),
        Argument.of("stated", Percentage.class),
        Argument.of("computed", Percentage.class),
        Argument.of("amount", MonetaryAmount.class),
        Argument.of("total", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty()) {
      return;
    }
    FundingPlan plan = project.fundingPlan().get();
    Money total = plan.statedTotalApplied().orElseGet(plan::totalApplied);
    if (!total.isPositive()) {
      return;
    }
    BigDecimal totalDecimal = Eur.decimal(total);
    List<FundingLine> lines = plan.lines();
    for (FundingLine line : lines) {
      if (line.statedShare().isEmpty()) {
        continue;
      }
      Percentage stated = line.statedShare().get();
      int scale = Math.max(0, stated.value().scale());
      BigDecimal exact = Eur.decimal(line.applied()).multiply(HUNDRED).divide(totalDecimal, scale + 6, RoundingMode.HALF_UP);
      BigDecimal halfUnit = BigDecimal.valueOf(5, scale + 1);
      if (exact.subtract(stated.value()).abs().compareTo(halfUnit) > 0) {
        context.report(Path.root().field("fundingPlan").field(line.source().name()).field("statedShare"),
            "source", line.source(), "stated", stated,
            "computed", Percentage.of(exact.setScale(Math.max(2, scale), RoundingMode.HALF_UP).abs()),
            "amount", line.applied(), "total", total);
      }
    }
  }
}
