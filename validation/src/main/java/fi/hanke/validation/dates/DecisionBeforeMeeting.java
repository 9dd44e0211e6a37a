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
import java.util.Optional;
import java.util.Set;

/**
 * The decision is not dated before the latest meeting that handled the project (<i>päätös ennen viimeisintä
 * käsittelyä</i>, sv. <i>beslut före den senaste behandlingen</i>): the aid decision follows the assessment, so an
 * earlier date points to a wrong date; a person must look. A decision on the day of the latest meeting is not
 * reported. Of several meetings on the latest day, the finding names the first in document order. Meetings that
 * only took the matter for information ("tiedoksi", in the meeting's note) are left out: a regional cooperation
 * group (MYR) hearing an ELY decision afterwards is normal (756/2021 §§21–22). Only when the decision is dated and
 * the assessment has meetings.
 *
 * <p>Source: {@code domain/finnish-rules.md} §12(3)–(4) (867/2021 §27; 757/2021 §21).
 */
public final class DecisionBeforeMeeting extends Rule {
  /** The rule id. */
  public static final String ID = "DATE-DECISION-BEFORE-MEETING";

  /** Creates the rule. */
  public DecisionBeforeMeeting() {
    super(ID, Severity.WARNING, Family.DATES,
        "The decision is not dated before the latest meeting of the assessment.",
        "finnish-rules.md §12(3)–(4); 867/2021 §27; 757/2021 §21",
        Set.of(Fact.DECISION_DATE, Fact.MEETINGS),
        Argument.of("decision", LocalDate.class),
        Argument.of("body", String.class),
        Argument.of("meeting", LocalDate.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<LocalDate> decided = project.decision().flatMap(d -> d.date());
    if (decided.isEmpty() || project.assessment().isEmpty()) {
      return;
    }
    // the first meeting, in document order, of the latest day
    Optional<Meeting> latest = project.assessment().get().meetings().stream()
        .filter(m -> !forInformation(m))
        .reduce((a, b) -> b.date().isAfter(a.date()) ? b : a);
    if (latest.isPresent() && decided.get().isBefore(latest.get().date())) {
      context.report(Path.root().field("decision").field("date"),
          "decision", decided.get(), "body", latest.get().body(), "meeting", latest.get().date());
    }
  }

  /** @return true if the meeting's note says it took the matter only for information ("tiedoksi") */
  static boolean forInformation(Meeting meeting) {
    return meeting.note().map(n -> n.toLowerCase(java.util.Locale.ROOT).contains("tiedoksi")).orElse(false);
  }
}
