package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.programme.Fund;
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
 * The flat-rate option is one the project's fund may use (<i>kustannusmalli on rahaston käytettävissä</i>):
 * e.g. the 1.5 % investment option exists only for EAKR and JTF projects.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.2, §14.3–14.4 (866/2021 §§8–11).
 */
public final class OptionForFund extends Rule {
  /** The rule id. */
  public static final String ID = "COST-OPTION-FUND";

  /** Creates the rule. */
  public OptionForFund() {
    super(ID, Severity.ERROR, Family.COST,
        "The flat-rate option is one the project's fund may use.",
        "finnish-rules.md §1.2, §14.3–14.4 (866/2021 §§8–11)",
        Set.of(Fact.COST_MODEL, Fact.FUND, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("fund", Fund.class),
        Argument.of("funds", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    Optional<Fund> fund = project.placement().fund();
    if (model.isEmpty() || fund.isEmpty()) {
      return;
    }
    Optional<FlatRate> rate = context.onDecidingDate(project, List.of("flatRate", model.get().option()),
        d -> context.profile().flatRate(model.get().option(), d));
    if (rate.isPresent() && !rate.get().funds().contains(fund.get())) {
      context.report(Path.root().field("costModel").field("option"),
          "option", model.get().option(), "fund", fund.get(), "funds", rate.get().funds());
    }
  }
}
