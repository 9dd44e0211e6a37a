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

class EndBeforeStartTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void anEndBeforeTheStartIsReportedAtTheEndWithBothDates() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 400)).checkAssert((p, days) -> {
      LocalDate start = p.start().orElseThrow();
      LocalDate end = start.minusDays(days);
      Project broken = p.withEnd(end);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), EndBeforeStart.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("end"), found.get(0).path());
      assertEquals(start, found.get(0).argument("start"));
      assertEquals(end, found.get(0).argument("end"));
    });
  }

  @Test
  void aProjectThatEndsOnTheDayItStartsIsNotReported() {
    LocalDate day = LocalDate.of(2024, 3, 1);

    RuleAssertions.clean(validator.validate(Project.builder().start(day).end(day).build()));
  }

  @Test
  void aProjectWithoutAnEndIsNotReported() {
    RuleAssertions.clean(validator.validate(Project.builder().start(LocalDate.of(2024, 3, 1)).build()));
  }

  @Test
  void theMessageGivesTheDatesInFinnishForm() {
    Project p = Project.builder().start(LocalDate.of(2024, 3, 1)).end(LocalDate.of(2024, 2, 29)).build();

    Violation v = validator.validate(p).forRule(EndBeforeStart.ID).get(0);

    assertEquals("Hankkeen päättymispäivä 29.2.2024 on ennen sen alkamispäivää 1.3.2024.", v.message(new Locale("fi")));
  }
}
