package fi.hanke.validation.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutsideEligibilityTest {
  private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2029, 12, 31);

  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void anEndAfterTheEligibilityPeriodIsReportedAtTheEnd() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 400)).checkAssert((p, days) -> {
      LocalDate end = LAST.plusDays(days);
      Project late = p.withEnd(end);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(late), OutsideEligibility.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.parse("end"), v.path());
      assertEquals(end, v.argument("date"));
      assertEquals(FIRST, v.argument("eligibilityStart"));
      assertEquals(LAST, v.argument("eligibilityEnd"));
    });
  }

  @Test
  void theFirstAndLastDaysOfEligibilityAreInside() {
    RuleAssertions.clean(validator.validate(Project.builder().start(FIRST).end(LAST).build()));
  }

  @Test
  void theLastDayOfEligibilityAsTheEndOfAGeneratedProjectIsInside() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> RuleAssertions.clean(validator.validate(p.withEnd(LAST))));
  }

  @Test
  void aStartBeforeTheEligibilityPeriodIsReportedAtTheStart() {
    LocalDate start = FIRST.minusDays(1);

    List<Violation> found = RuleAssertions.onlyRule(
        validator.validate(Project.builder().start(start).end(LAST).build()), OutsideEligibility.ID, Severity.ERROR);

    assertEquals(1, found.size(), found::toString);
    assertEquals(Path.parse("start"), found.get(0).path());
    assertEquals(start, found.get(0).argument("date"));
    assertEquals("Hankkeen toteutusaika ulottuu ohjelman tukikelpoisuusajan ulkopuolelle: 31.12.2020 ei ole välillä "
        + "1.1.2021–31.12.2029.", found.get(0).message(new Locale("fi")));
  }

  @Test
  void aProjectReachingOutOnBothSidesIsReportedAtStartAndEnd() {
    Project p = Project.builder().start(LocalDate.of(2020, 6, 1)).end(LocalDate.of(2030, 5, 31)).build();

    List<Violation> found = RuleAssertions.onlyRule(validator.validate(p), OutsideEligibility.ID, Severity.ERROR);

    assertEquals(List.of(Path.parse("end"), Path.parse("start")), found.stream().map(Violation::path).toList());
  }
}
