package fi.hanke.validation.group;

import fi.hanke.core.cost.CostModel;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The members of a group declare the same staff-cost model (<i>ryhmähankkeen toteuttajilla suositellaan samaa
 * palkkakustannusmallia</i>): recommended, not required, so a difference is noted as INFO with the models'
 * EURA labels in member order. Each member may lawfully choose its own cost model in 2021–2027.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5 (https://rakennerahastot.fi/palkkakustannusmallit), §1.3.
 */
public final class SameStaffCostModel extends Rule {
  /** The language of the model names the finding carries: EURA prints them in Finnish. */
  private static final Locale FINNISH = new Locale("fi");

  /** The rule id. */
  public static final String ID = "GROUP-STAFF-COST-MODEL";

  /** Creates the rule. */
  public SameStaffCostModel() {
    super(ID, Severity.INFO, Family.GROUP,
        "The members' own projects declare the same staff-cost model (recommended, not required).",
        "finnish-rules.md §5, §1.3",
        Set.of(Fact.MEMBER_BUDGETS, Fact.IN_PROFILE),
        Argument.of("models", List.class));
  }

  @Override
  public void check(GroupProject group, RuleContext context) {
    Set<String> models = new LinkedHashSet<>();
    for (GroupMember m : group.members()) {
      m.project().flatMap(Project::costModel).flatMap(CostModel::staffCostModel)
          .map(s -> s.displayName(FINNISH)).ifPresent(models::add);
    }
    if (models.size() > 1) {
      context.report(Path.root().field("members"), "models", List.copyOf(models));
    }
  }
}
