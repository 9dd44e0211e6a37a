package fi.hanke.validation.assessment;

import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The assessment's points do not exceed its maximum (<i>pisteet enintään enimmäispistemäärä</i>, sv.
 * <i>poängen högst maximipoängen</i>), e.g. 20,5/39 against the special selection criteria. The full maximum is
 * not reported. Only when the assessment states both.
 *
 * <p>Source: {@code domain/finnish-rules.md} §11 (867/2021 §27(2)).
 */
public final class PointsAboveMaximum extends Rule {
  /** The rule id. */
  public static final String ID = "ASSESSMENT-POINTS-ABOVE-MAXIMUM";

  /** Creates the rule. */
  public PointsAboveMaximum() {
    super(ID, Severity.ERROR, Family.ASSESSMENT,
        "The assessment's points do not exceed its maximum points.",
        "finnish-rules.md §11; 867/2021 §27(2)",
        Set.of(Fact.POINTS),
        Argument.of("points", BigDecimal.class),
        Argument.of("maximum", BigDecimal.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.assessment().isEmpty()) {
      return;
    }
    Assessment a = project.assessment().get();
    if (a.points().isEmpty() || a.maximumPoints().isEmpty()) {
      return;
    }
    BigDecimal points = a.points().get();
    BigDecimal maximum = a.maximumPoints().get();
    if (points.compareTo(maximum) > 0) {
      context.report(Path.root().field("assessment").field("points"), "points", points, "maximum", maximum);
    }
  }
}
