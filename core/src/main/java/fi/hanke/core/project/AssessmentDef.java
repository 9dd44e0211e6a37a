package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The funding authority's assessment of an application (<i>rahoittajan arvio</i>, sv. <i>finansiärens
 * bedömning</i>): points scored against the special selection criteria out of a maximum ("20,5/39"), the
 * recommendation ("Rahoittaja puoltaa hakemuksen hyväksymistä: Kyllä"), and the meetings that handled it.
 */
@HankeStyle
@Value.Immutable
abstract class AssessmentDef {
  /** @return the points scored, e.g. 20.5 */
  public abstract Optional<BigDecimal> points();

  /** @return the maximum points, e.g. 39 */
  public abstract Optional<BigDecimal> maximumPoints();

  /** @return whether the funding authority recommends approval ("puoltaa"), if stated */
  public abstract Optional<Boolean> recommended();

  /** @return the meetings that handled the project, in document order */
  public abstract List<Meeting> meetings();

  /** @return the link to the regional programme (maakuntaohjelma), e.g. "MAKO KT 3 B" */
  public abstract Optional<String> regionalProgrammeLink();

  /** @return who prepared the matter ("Käsittelijä", "Valmistelija") */
  public abstract Optional<String> preparer();

  /** @return the authority's reasoning, if kept */
  public abstract Optional<String> reasoning();

  /**
   * Refuses negative points and gives points of a negative scale ({@code 1E+2}, as {@code stripTrailingZeros()}
   * leaves 100) scale 0: the same number as documents write it ({@code "100"}), so that a project equals itself
   * read back.
   */
  @Value.Check
  AssessmentDef check() {
    points().ifPresent(p -> {
      if (p.signum() < 0) {
        throw new IllegalArgumentException("assessment points must not be negative: " + p);
      }
    });
    maximumPoints().ifPresent(p -> {
      if (p.signum() < 0) {
        throw new IllegalArgumentException("assessment maximum points must not be negative: " + p);
      }
    });
    boolean negativeScale = points().map(p -> p.scale() < 0).orElse(false)
        || maximumPoints().map(p -> p.scale() < 0).orElse(false);
    if (!negativeScale) {
      return this;
    }
    return Assessment.copyOf(this).withPoints(points().map(AssessmentDef::wholeScale))
        .withMaximumPoints(maximumPoints().map(AssessmentDef::wholeScale));
  }

  private static BigDecimal wholeScale(BigDecimal points) {
    return points.scale() < 0 ? points.setScale(0) : points;
  }
}
