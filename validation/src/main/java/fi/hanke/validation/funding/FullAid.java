package fi.hanke.validation.funding;

import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Optional;
import org.javamoney.moneta.Money;

/**
 * Aid covers the whole net cost only where the profile allows it (<i>täysimääräinen tuki</i>): aid may not
 * cover 100 % of the costs unless the project type's ceiling is 100 % (food aid).
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.2 (757/2021 §17).
 */
public final class FullAid extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-FULL-AID";

  /** Creates the rule. */
  public FullAid() {
    super(ID, Severity.ERROR, Family.FUNDING,
        "The aid covers the whole net cost only where the project type's ceiling is 100 %.",
        "finnish-rules.md §3.2 (757/2021 §17)",
        "aid", "netCost", "projectType", "ceiling");
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty() || project.costEstimate().isEmpty()) {
      return;
    }
    ProjectType type = project.placement().projectType();
    Optional<Percentage> ceiling = context.profile().aidCeiling(type, context.dateOf(project));
    Money net = project.costEstimate().get().netAppliedAsStated();
    Money aid = project.fundingPlan().get().aidApplied();
    if (ceiling.isEmpty() || !net.isPositive() || aid.isLessThan(net)) {
      return;
    }
    if (ceiling.get().compareTo(Percentage.of(100)) < 0) {
      context.report(Path.root().field("fundingPlan").field("EU_AND_STATE"),
          "aid", aid, "netCost", net, "projectType", type, "ceiling", ceiling.get());
    }
  }
}
