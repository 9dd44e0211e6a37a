package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.TravelCostModel;
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

/**
 * Travel unit costs are declared only with an option that allows them (<i>matkakustannusten
 * yksikkökustannukset vain 7 %:n mallissa tai kertakorvauksen laskennassa</i>).
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.4, §14.9 (866/2021 §13).
 */
public final class TravelUnitCostsOption extends Rule {
  /** The rule id. */
  public static final String ID = "COST-TRAVEL-UNIT-COSTS";

  /** Creates the rule. */
  public TravelUnitCostsOption() {
    super(ID, Severity.ERROR, Family.COST,
        "Travel unit costs are declared only with the 7 % option or a lump-sum budget.",
        "finnish-rules.md §1.4, §14.9 (866/2021 §13)",
        Set.of(Fact.COST_MODEL, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("allowedOptions", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    if (model.isEmpty() || model.get().travelCostModel().orElse(null) != TravelCostModel.UNIT_COSTS) {
      return;
    }
    if (!context.profile().travelUnitCostOptions().contains(model.get().option())) {
      context.report(Path.root().field("costModel").field("travelCostModel"),
          "option", model.get().option(), "allowedOptions", context.profile().travelUnitCostOptions());
    }
  }
}
