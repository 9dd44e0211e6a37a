package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Only the lines the flat-rate option allows carry amounts (<i>kustannusmallissa korvattavat kustannuslajit</i>):
 * under the 40 % option only staff costs, the flat-rate line and income, since 40 % of staff costs covers all
 * other costs; under the 1,5 % option no staff or travel costs, since only the direct investment costs are claimed
 * (866/2021 §10(2)–(3)). The lines each option allows are the profile's ({@code FlatRate#claimableCategories()}).
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.2, §2, §14.2 (866/2021 §8, §10).
 */
public final class LineNotClaimable extends Rule {
  /** The rule id. */
  public static final String ID = "COST-LINE-NOT-CLAIMABLE";

  /** Creates the rule. */
  public LineNotClaimable() {
    super(ID, Severity.ERROR, Family.COST,
        "Under a flat-rate option no cost line carries an amount that the option already covers (e.g. travel under 40 %).",
        "finnish-rules.md §1.2, §2, §14.2 (866/2021 §8, §10(2)–(3))",
        Set.of(Fact.COST_MODEL, Fact.COST_ESTIMATE, Fact.ONE_COST_MODEL, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("category", CostCategory.class),
        Argument.of("amount", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    Optional<CostEstimate> estimate = project.costEstimate();
    if (model.isEmpty() || estimate.isEmpty()) {
      return;
    }
    Optional<FlatRate> rate = context.onDecidingDate(project, List.of("flatRate", model.get().option()),
        d -> context.profile().flatRate(model.get().option(), d));
    if (rate.isEmpty()) {
      return;
    }
    for (CostLine line : estimate.get().lines()) {
      if (!rate.get().claimableCategories().contains(line.category()) && !line.applied().isZero()) {
        context.report(Path.root().field("costEstimate").field(line.category().name()),
            "option", model.get().option(), "category", line.category(), "amount", line.applied());
      }
    }
  }
}
