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
import fi.hanke.validation.internal.Stated;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * A small project uses simplified cost options (<i>pienen hankkeen yksinkertaistetut kustannusmallit</i>, sv.
 * <i>förenklade kostnadsalternativ i ett litet projekt</i>): where the total cost is at most 200 000 €, the costs
 * take the form of unit costs, lump sums or flat rates, and real costs alone are not allowed. The total is the
 * cost before income (the operation's total cost), so the whole table must be given. A WARNING, not an ERROR:
 * the CPR excepts projects whose support is State aid, which a person must judge.
 *
 * <p>Source: CPR (EU) 2021/1060 Art. 53(2); 866/2021 §2(3); {@code domain/audit-2026.md} §3 rank 4.
 */
public final class SimplifiedCostsRequired extends Rule {
  /** The rule id. */
  public static final String ID = "COST-SIMPLIFIED-COSTS-REQUIRED";

  /** Creates the rule. */
  public SimplifiedCostsRequired() {
    super(ID, Severity.WARNING, Family.COST,
        "A project whose total cost is at most 200 000 € does not use real costs alone (unless its support is State aid).",
        "CPR (EU) 2021/1060 Art. 53(2); 866/2021 §2(3); audit-2026.md §3 rank 4",
        Set.of(Fact.COST_MODEL, Fact.COST_LINES, Fact.IN_PROFILE),
        Argument.of("total", MonetaryAmount.class),
        Argument.of("maximum", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<OptionCeiling> found = OptionCeiling.of(project, context, CostOption.REAL_COSTS,
        "simplifiedCostsThreshold", ProgrammeProfile::simplifiedCostsThreshold);
    if (found.isEmpty()) {
      return;
    }
    FastMoney maximum = found.get().maximum;
    // the total before income; a hedged line proves the total small only with its highest allowed amount
    Stated total = Figures.grossOfLines(found.get().estimate);
    if (total.high().compareTo(Eur.decimal(maximum)) <= 0) {
      context.report(Path.root().field("costModel").field("option"), "total", Eur.of(total.value()),
          "maximum", maximum);
    }
  }
}
