package fi.hanke.validation.work;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each work package has its own code (<i>työpaketin tunnus on yksilöllinen</i>): two work packages that share
 * a code ("TP2" twice) make the plan ambiguous, since group members, costs and targets name work packages by
 * their code. Reported once per duplicated code, with the number of packages that carry it.
 *
 * <p>Source: {@code domain/finnish-rules.md} §5 (the joint project plan of a group names its work packages),
 * §14.
 */
public final class DuplicateWorkPackageCode extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-DUPLICATE-CODE";

  /** Creates the rule. */
  public DuplicateWorkPackageCode() {
    super(ID, Severity.ERROR, Family.WORK,
        "No two work packages of a project share a code.",
        "finnish-rules.md §5, §14 (the work plan names each work package by its code)",
        Set.of(Fact.WORK_PACKAGES),
        Argument.of("code", String.class),
        Argument.of("count", Long.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (WorkPackage wp : project.workPackages()) {
      counts.merge(wp.code(), 1L, Long::sum);
    }
    counts.forEach((code, count) -> {
      if (count > 1) {
        context.report(Path.root().field("workPackages").key(code), "code", code, "count", count);
      }
    });
  }
}
