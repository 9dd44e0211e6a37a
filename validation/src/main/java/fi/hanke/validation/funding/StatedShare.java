package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Figures;
import fi.hanke.validation.internal.Stated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * The share a funding line prints ("Osuus %") matches its amount (<i>ilmoitettu osuus vastaa summaa</i>):
 * shares are derived, never trusted, so a printed share is compared with the line's share of the plan's total
 * (or, where a partial document gives no funding total, of the project's cost: "omarahoitusosuus on 20 %, 55 321
 * euroa" of 276 605 €), to the precision it is printed with (a whole percent: ±0,5 percentage points). Hedged
 * amounts are ranges: only a share no amounts within them could give is reported.
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.1 (shares follow from the amounts); {@code anchors.md} §3
 * (displayed percentages are computed separately and never fed back into amounts).
 */
public final class StatedShare extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-STATED-SHARE";

  /** Creates the rule. */
  public StatedShare() {
    super(ID, Severity.WARNING, Family.FUNDING,
        "A funding line's printed share matches its amount's share of the plan's total, to the printed precision.",
        "finnish-rules.md §3.1; anchors.md §3",
        Set.of(Fact.STATED_SHARES, Fact.PROJECT_COST),
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
    Optional<Stated> known = Figures.total(plan).or(() -> project.costEstimate().flatMap(Figures::net));
    if (known.isEmpty() || known.get().low().signum() <= 0) {
      return;
    }
    Stated total = known.get();
    for (FundingLine line : plan.lines()) {
      if (line.statedShare().isEmpty()) {
        continue;
      }
      Percentage stated = line.statedShare().get();
      Stated amount = Stated.of(Eur.decimal(line.applied()), line.appliedHedge());
      Optional<BigDecimal> off = amount.shareContradicting(total, stated.value());
      if (off.isPresent()) {
        int scale = Math.max(2, stated.value().scale());
        context.report(Path.root().field("fundingPlan").field(line.source().name()).field("statedShare"),
            "source", line.source(), "stated", stated,
            "computed", Percentage.of(off.get().setScale(scale, RoundingMode.HALF_UP).abs()),
            "amount", line.applied(), "total", Eur.of(total.value()));
      }
    }
  }
}
