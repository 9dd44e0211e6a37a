package fi.hanke.validation.funding;

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
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The aid rate a document states matches the amounts it describes (<i>ilmoitettu tukiosuus vastaa summia</i>):
 * a printed "80 % tukiosuutta" is compared with the aid's share of the project's cost (its net cost or, failing
 * that, its funding total), to the precision it is printed with (a whole percent: ±0,5 percentage points); a
 * printed 75 % over amounts that give 70 % is reported. Hedged amounts are ranges: only a rate no amounts within
 * them could give is reported.
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.1 (shares follow from the amounts); {@code anchors.md} §3.
 */
public final class StatedAidRate extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-STATED-AID-RATE";

  /** Creates the rule. */
  public StatedAidRate() {
    super(ID, Severity.WARNING, Family.FUNDING,
        "The aid rate a document states matches the aid's share of the project's cost, to the printed precision.",
        "finnish-rules.md §3.1; anchors.md §3",
        Set.of(Fact.STATED_AID_RATE, Fact.AID, Fact.PROJECT_COST),
        Argument.of("stated", Percentage.class),
        Argument.of("computed", Percentage.class),
        Argument.of("aid", MonetaryAmount.class),
        Argument.of("cost", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Percentage stated = project.fundingPlan().flatMap(p -> p.statedAidRate()).orElseThrow();
    Stated aid = project.fundingPlan().flatMap(Figures::aid).orElseThrow();
    Stated cost = Figures.projectCost(project).orElseThrow();
    if (cost.low().signum() <= 0) {
      return;
    }
    Optional<BigDecimal> off = aid.shareContradicting(cost, stated.value());
    if (off.isPresent()) {
      int scale = Math.max(2, stated.value().scale());
      context.report(Path.root().field("fundingPlan").field("statedAidRate"), "stated", stated,
          "computed", Percentage.of(off.get().setScale(scale, RoundingMode.HALF_UP)),
          "aid", Eur.of(aid.value()), "cost", Eur.of(cost.value()));
    }
  }
}
