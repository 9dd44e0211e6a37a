package fi.hanke.validation.programme;

import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Set;

/**
 * The specific objective is one of the programme's (<i>erityistavoite ohjelmassa</i>, sv. <i>specifikt mål i
 * programmet</i>): its code, as the document writes it ("4.2" or "4.2."), names a specific objective of the
 * profile. Only when the placement names a specific objective.
 *
 * <p>Source: {@code domain/finnish-rules.md} §4.1.
 */
public final class ObjectiveUnknown extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-OBJECTIVE-UNKNOWN";

  /** Creates the rule. */
  public ObjectiveUnknown() {
    super(ID, Severity.ERROR, Family.PROGRAMME,
        "The specific objective of the placement is one of the programme's.",
        "finnish-rules.md §4.1",
        Set.of(Fact.OBJECTIVE, Fact.IN_PROFILE),
        Argument.of("objective", String.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    project.placement().specificObjective().ifPresent(code -> {
      if (context.profile().specificObjective(code).isEmpty()) {
        context.report(Path.root().field("placement").field("specificObjective"), "objective", code);
      }
    });
  }
}
