package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.FlatRate;
import fi.hanke.core.programme.ProjectType;
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
 * The flat-rate option is one the project's type may use (<i>kustannusmalli sopii hanketyyppiin</i>, sv.
 * <i>kostnadsmodellen passar projekttypen</i>): 40 % and 7 % only in development projects (866/2021 §8, §9, §11),
 * 1,5 % in investment projects and the investments of development projects (§10). The project type is
 * development unless the document says otherwise, and development may use every flat-rate option, so the rule
 * finds only a type the document states.
 *
 * <p>Source: 866/2021 §§8–11; {@code domain/audit-2026.md} §2 row 12, §3 rank 3.
 */
public final class OptionForProjectType extends Rule {
  /** The rule id. */
  public static final String ID = "COST-OPTION-PROJECT-TYPE";

  /** Creates the rule. */
  public OptionForProjectType() {
    super(ID, Severity.ERROR, Family.COST,
        "The flat-rate option is one the project's type may use (40 % and 7 % only in development projects).",
        "866/2021 §8 (40 %), §9 and §11 (7 %), §10 (1,5 %); audit-2026.md §3 rank 3",
        Set.of(Fact.COST_MODEL, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("projectType", ProjectType.class),
        Argument.of("projectTypes", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    if (model.isEmpty()) {
      return;
    }
    ProjectType type = project.placement().projectType();
    Optional<FlatRate> rate = context.onDecidingDate(project, List.of("flatRate", model.get().option()),
        d -> context.profile().flatRate(model.get().option(), d));
    if (rate.isPresent() && !rate.get().projectTypes().isEmpty() && !rate.get().projectTypes().contains(type)) {
      context.report(Path.root().field("costModel").field("option"),
          "option", model.get().option(), "projectType", type, "projectTypes", rate.get().projectTypes());
    }
  }
}
