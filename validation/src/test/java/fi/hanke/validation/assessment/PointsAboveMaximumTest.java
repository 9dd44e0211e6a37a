package fi.hanke.validation.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PointsAboveMaximumTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void pointsHalfAPointAboveTheMaximumAreReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Assessment a = p.assessment().orElseThrow();
      BigDecimal maximum = a.maximumPoints().orElseThrow();
      BigDecimal points = maximum.add(new BigDecimal("0.5"));
      Project broken = p.withAssessment(a.withPoints(points));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), PointsAboveMaximum.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("assessment.points"), found.get(0).path());
      assertEquals(points, found.get(0).argument("points"));
      assertEquals(maximum, found.get(0).argument("maximum"));
    });
  }

  @Test
  void theFullMaximumWrittenWithADecimalIsNotReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Assessment a = p.assessment().orElseThrow();
      BigDecimal full = a.maximumPoints().orElseThrow().setScale(1);
      RuleAssertions.clean(validator.validate(p.withAssessment(a.withPoints(full))));
    });
  }

  @Test
  void theMessageGivesBothFiguresInFinnishForm() {
    Project p = Project.builder()
        .assessment(Assessment.builder().points(new BigDecimal("39.5")).maximumPoints(new BigDecimal("39")).build())
        .build();

    Violation v = validator.validate(p).forRule(PointsAboveMaximum.ID).get(0);

    assertEquals("Arvioinnin pistemäärä 39,50 on suurempi kuin enimmäispistemäärä 39,00.", v.message(new Locale("fi")));
  }
}
