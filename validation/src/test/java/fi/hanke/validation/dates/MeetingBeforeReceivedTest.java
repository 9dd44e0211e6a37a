package fi.hanke.validation.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeetingBeforeReceivedTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project withMeetingOn(Project p, int index, LocalDate date) {
    Assessment a = p.assessment().orElseThrow();
    List<Meeting> meetings = new ArrayList<>(a.meetings());
    meetings.set(index, meetings.get(index).withDate(date));
    return p.withAssessment(a.withMeetings(meetings));
  }

  @Test
  void aMeetingBeforeTheApplicationArrivedIsOnlyNotedAtThatMeeting() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 9), integers().between(1, 60)).checkAssert((p, pick, days) -> {
      List<Meeting> meetings = p.assessment().orElseThrow().meetings();
      int index = pick % meetings.size();
      LocalDate received = p.received().orElseThrow();
      LocalDate date = received.minusDays(days);
      Project broken = withMeetingOn(p, index, date);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), MeetingBeforeReceived.ID, Severity.INFO);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.root().field("assessment").field("meetings").index(index), v.path());
      assertEquals(meetings.get(index).body(), v.argument("body"));
      assertEquals(date, v.argument("date"));
      assertEquals(received, v.argument("received"));
    });
  }

  @Test
  void aMeetingOnTheDayTheApplicationArrivedIsNotReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(withMeetingOn(p, 0, p.received().orElseThrow()))));
  }

  @Test
  void theMessageNamesTheBodyAndBothDates() {
    Project p = Project.builder()
        .received(LocalDate.of(2024, 2, 10))
        .assessment(Assessment.builder().addMeeting(Meeting.of("Hankeryhmä", LocalDate.of(2024, 2, 3))).build())
        .build();

    Violation v = validator.validate(p).forRule(MeetingBeforeReceived.ID).get(0);

    assertEquals("Hanke on käsitelty kokouksessa (Hankeryhmä) 3.2.2024, ennen hakemuksen saapumispäivää 10.2.2024. "
        + "Tämä on tavallista, kun hakemus on jätetty uudelleen: EURA säilyttää myöhemmän saapumispäivän.",
        v.message(new Locale("fi")));
  }
}
