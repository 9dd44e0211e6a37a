package fi.hanke.validation.work;

import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Set;

/**
 * A range target runs upwards (<i>vaihteluvälinä annetun tavoitteen yläraja ei ole alarajaa pienempi</i>):
 * "25–30 blogikirjoitusta" has its upper end at or above its lower end; an upper end below the lower end is a
 * typo in the work plan. Checks the project's targets and each work package's.
 *
 * <p>Source: {@code domain/finnish-rules.md} §10 (targets and indicators the project commits to), §14.
 */
public final class TargetRange extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-TARGET-RANGE";

  /** Creates the rule. */
  public TargetRange() {
    super(ID, Severity.ERROR, Family.WORK,
        "The upper end of a range target is not below its lower end.",
        "finnish-rules.md §10, §14",
        Set.of(Fact.TARGETS),
        Argument.of("target", String.class),
        Argument.of("quantity", Long.class),
        Argument.of("upTo", Long.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    TargetPaths.forEach(project, (path, target) -> target.upTo().ifPresent(upTo -> {
      if (upTo < target.quantity()) {
        context.report(path, "target", target.description(), "quantity", target.quantity(), "upTo", upTo);
      }
    }));
  }
}
