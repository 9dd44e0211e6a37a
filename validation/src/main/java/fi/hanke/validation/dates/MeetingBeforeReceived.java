package fi.hanke.validation.dates;

import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * No meeting handled the project before its application arrived (<i>käsittely ennen hakemuksen saapumista</i>,
 * sv. <i>behandling före ansökans ankomst</i>): noted only, as INFO. No statute forbids it, and EURA keeps a
 * re-submitted application's later received date, so meetings on the first version are dated before it (seed
 * 003). A meeting on the received date is not reported. Only when the received date is stated.
 *
 * <p>Source: {@code domain/finnish-rules.md} §12(2)–(3) (757/2021 §19(1); 867/2021 §27).
 */
public final class MeetingBeforeReceived extends Rule {
  /** The rule id. */
  public static final String ID = "DATE-MEETING-BEFORE-RECEIVED";

  /** Creates the rule. */
  public MeetingBeforeReceived() {
    super(ID, Severity.INFO, Family.DATES,
        "No meeting of the assessment is dated before the application was received.",
        "finnish-rules.md §12(2)–(3); 757/2021 §19(1); 867/2021 §27",
        Set.of(Fact.RECEIVED, Fact.MEETINGS),
        Argument.of("body", String.class),
        Argument.of("date", LocalDate.class),
        Argument.of("received", LocalDate.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.received().isEmpty() || project.assessment().isEmpty()) {
      return;
    }
    LocalDate received = project.received().get();
    List<Meeting> meetings = project.assessment().get().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      if (m.date().isBefore(received)) {
        context.report(Path.root().field("assessment").field("meetings").index(i),
            "body", m.body(), "date", m.date(), "received", received);
      }
    }
  }
}
