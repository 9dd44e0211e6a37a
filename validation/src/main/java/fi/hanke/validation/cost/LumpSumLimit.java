package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Figures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * A draft-budget lump sum is used only up to its limit (<i>kertakorvauksen enimmäiskustannukset</i>):
 * a project whose total cost is at most 200 000 €. The limit is on the total cost before income
 * ("kokonaiskustannukset", 866/2021 §15(1); CPR 53(3)(b)), not on the net: income does not bring a larger
 * project under it. A hedged or partial estimate is measured by the lowest total it allows.
 *
 * <p>Source: 866/2021 §15(1); CPR 53(3)(b); {@code domain/finnish-rules.md} §1.5, §14.5; {@code audit-2026.md}
 * §2 row 14.
 */
public final class LumpSumLimit extends Rule {
  /** The rule id. */
  public static final String ID = "COST-LUMP-SUM-LIMIT";

  /** Creates the rule. */
  public LumpSumLimit() {
    super(ID, Severity.ERROR, Family.COST,
        "A project with a draft-budget lump sum costs at most the programme's limit (200 000 €).",
        "finnish-rules.md §1.5, §14.5 (866/2021 §15(1))",
        Set.of(Fact.COST_MODEL, Fact.NET_COST, Fact.IN_PROFILE),
        Argument.of("total", MonetaryAmount.class),
        Argument.of("maximum", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<OptionCeiling> found = OptionCeiling.of(project, context, CostOption.LUMP_SUM,
        "draftBudgetLumpSumMaximum", ProgrammeProfile::draftBudgetLumpSumMaximum);
    if (found.isEmpty()) {
      return;
    }
    FastMoney maximum = found.get().maximum;
    Optional<BigDecimal> gross = Figures.grossLow(found.get().estimate);
    if (gross.isPresent() && gross.get().compareTo(Eur.decimal(maximum)) > 0) {
      context.report(Path.root().field("costEstimate"), "total", Eur.of(gross.get()), "maximum", maximum);
    }
  }
}
