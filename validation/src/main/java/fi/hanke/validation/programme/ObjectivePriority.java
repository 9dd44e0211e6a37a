package fi.hanke.validation.programme;

import fi.hanke.core.programme.SpecificObjective;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * The specific objective belongs to the placement's priority (<i>erityistavoite kuuluu toimintalinjaan</i>, sv.
 * <i>det specifika målet hör till insatsområdet</i>): e.g. 4.2 belongs to priority 4. Only when the placement
 * names both and the specific objective is the programme's (an unknown one is {@link ObjectiveUnknown}'s finding).
 *
 * <p>Source: {@code domain/finnish-rules.md} §4.1.
 */
public final class ObjectivePriority extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-OBJECTIVE-PRIORITY";

  /** Creates the rule. */
  public ObjectivePriority() {
    super(ID, Severity.ERROR, Family.PROGRAMME,
        "The specific objective belongs to the placement's priority.",
        "finnish-rules.md §4.1",
        Set.of(Fact.OBJECTIVE, Fact.PRIORITY, Fact.IN_PROFILE),
        Argument.of("objective", String.class),
        Argument.of("priority", Long.class),
        Argument.of("expectedPriority", Long.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    ProgrammePlacement placement = project.placement();
    if (placement.specificObjective().isEmpty() || placement.priority().isEmpty()) {
      return;
    }
    String code = placement.specificObjective().get();
    Optional<SpecificObjective> objective = context.profile().specificObjective(code);
    int priority = placement.priority().get();
    if (objective.isPresent() && objective.get().priority() != priority) {
      context.report(Path.root().field("placement").field("specificObjective"),
          "objective", code, "priority", (long) priority, "expectedPriority", (long) objective.get().priority());
    }
  }
}
