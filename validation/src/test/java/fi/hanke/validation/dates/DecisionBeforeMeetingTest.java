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
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionBeforeMeetingTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project decidedOn(Project p, LocalDate date) {
    return p.withDecision(p.decision().orElseThrow().withDate(date));
  }

  @Test
  void aDecisionBeforeTheLatestMeetingIsAWarningAtTheDecisionDate() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 30)).checkAssert((p, days) -> {
      List<Meeting> meetings = p.assessment().orElseThrow().meetings();
      LocalDate latest = meetings.stream().map(Meeting::date).max(Comparator.naturalOrder()).orElseThrow();
      Meeting last = meetings.stream().filter(m -> m.date().equals(latest)).findFirst().orElseThrow();
      LocalDate decided = latest.minusDays(days);

      List<Violation> found = RuleAssertions.onlyRule(
          validator.validate(decidedOn(p, decided)), DecisionBeforeMeeting.ID, Severity.WARNING);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.parse("decision.date"), v.path());
      assertEquals(decided, v.argument("decision"));
      assertEquals(last.body(), v.argument("body"));
      assertEquals(latest, v.argument("meeting"));
    });
  }

  @Test
  void aDecisionOnTheDayOfTheLatestMeetingIsNotReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      LocalDate latest = p.assessment().orElseThrow().meetings().stream().map(Meeting::date)
          .max(Comparator.naturalOrder()).orElseThrow();
      RuleAssertions.clean(validator.validate(decidedOn(p, latest)));
    });
  }

  @Test
  void theLatestMeetingCountsEvenWhenTheDocumentListsItFirst() {
    Project p = Project.builder()
        .assessment(Assessment.builder()
            .addMeeting(Meeting.of("Maakunnan yhteistyöryhmä", LocalDate.of(2024, 5, 20)))
            .addMeeting(Meeting.of("Hankeryhmä", LocalDate.of(2024, 4, 2)))
            .build())
        .decision(Decision.builder().body("Rahoituskokous").date(LocalDate.of(2024, 5, 6)).build())
        .build();

    List<Violation> found = RuleAssertions.onlyRule(validator.validate(p), DecisionBeforeMeeting.ID, Severity.WARNING);

    assertEquals(1, found.size(), found::toString);
    assertEquals("Maakunnan yhteistyöryhmä", found.get(0).argument("body"));
    assertEquals(LocalDate.of(2024, 5, 20), found.get(0).argument("meeting"));
  }

  @Test
  void anUndatedDecisionIsNotReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(p.withDecision(p.decision().orElseThrow().withDate(java.util.Optional.empty())))));
  }

  @Test
  void aMeetingThatTookTheMatterOnlyForInformationAfterTheDecisionIsNotReported() {
    // seed 003: the regional cooperation group hears the ELY decision afterwards, "tiedoksi"
    Project p = Project.builder()
        .assessment(Assessment.builder()
            .addMeeting(Meeting.of("Hankeryhmä", LocalDate.of(2024, 4, 2)))
            .addMeeting(Meeting.builder().body("Maakunnan yhteistyöryhmä").date(LocalDate.of(2024, 5, 20))
                .note("tiedoksi").build())
            .build())
        .decision(Decision.builder().body("Rahoituskokous").date(LocalDate.of(2024, 5, 6)).build())
        .build();

    assertEquals(List.of(), validator.validate(p).forRule(DecisionBeforeMeeting.ID));
  }
}
