package fi.hanke.validation.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReceivedAfterStartTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /**
   * The project with its application received on another day, and its meetings and decision moved by as many days:
   * the handling still follows the application, so only the received date against the start changes.
   */
  static Project receivedOn(Project p, LocalDate received) {
    long shift = ChronoUnit.DAYS.between(p.received().orElseThrow(), received);
    Assessment a = p.assessment().orElseThrow();
    List<Meeting> meetings = a.meetings().stream().map(m -> m.withDate(m.date().plusDays(shift))).collect(Collectors.toList());
    Decision d = p.decision().orElseThrow();
    return p.withReceived(received)
        .withAssessment(a.withMeetings(meetings))
        .withDecision(d.withDate(d.date().orElseThrow().plusDays(shift)));
  }

  @Test
  void anApplicationReceivedAfterTheStartIsAWarningAtReceived() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 120)).checkAssert((p, days) -> {
      LocalDate start = p.start().orElseThrow();
      LocalDate received = start.plusDays(days);
      Project late = receivedOn(p, received);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(late), ReceivedAfterStart.ID, Severity.WARNING);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("received"), found.get(0).path());
      assertEquals(received, found.get(0).argument("received"));
      assertEquals(start, found.get(0).argument("start"));
    });
  }

  @Test
  void anApplicationReceivedOnTheStartDateIsNotReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(receivedOn(p, p.start().orElseThrow()))));
  }

  @Test
  void aProjectWithoutAReceivedDateIsNotReported() {
    RuleAssertions.clean(validator.validate(Project.builder().start(LocalDate.of(2024, 3, 1)).build()));
  }
}
