package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Dated;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.Figures;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A draft-budget lump sum is used only up to its limit (<i>kertakorvauksen enimmäiskustannukset</i>):
 * a project whose total cost is at most 200 000 €.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.5, §14.5 (866/2021 §15(1)).
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
    Optional<CostModel> model = project.costModel();
    Optional<CostEstimate> estimate = project.costEstimate();
    if (model.isEmpty() || estimate.isEmpty() || model.get().option() != CostOption.LUMP_SUM) {
      return;
    }
    Optional<Money> maximum = Dated.on(context.profile().draftBudgetLumpSumMaximum(), context.dateOf(project));
    if (maximum.isEmpty()) {
      return;
    }
    Money total = estimate.get().netAppliedAsStated();
    // a hedged total proves an excess only with its lowest allowed amount
    boolean over = Figures.net(estimate.get()).map(n -> n.low().compareTo(Eur.decimal(maximum.orElseThrow())) > 0)
        .orElse(false);
    if (maximum.isPresent() && over) {
      context.report(Path.root().field("costEstimate"), "total", total, "maximum", maximum.get());
    }
  }
}
