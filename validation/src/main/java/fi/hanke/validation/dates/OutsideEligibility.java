package fi.hanke.validation.dates;

import fi.hanke.core.programme.Validity;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.time.LocalDate;
import java.util.Set;

/**
 * The implementation period lies within the programme's eligibility period (<i>ohjelmakauden
 * tukikelpoisuusaika</i>, sv. <i>programperiodens stödberättigande period</i>), 1.1.2021–31.12.2029 in Finland
 * 2021–2027: a start before its first day is reported at {@code start}, an end after its last day at
 * {@code end}. Both boundary days are inside. The period is the profile's
 * {@link fi.hanke.core.programme.ProgrammeProfile#eligibility()}; a profile whose eligibility is open at either end
 * is not checked (a programme's eligibility always has both ends, CPR Art. 63(2)).
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.1 (CPR Art. 63(2)), §12(9), §14.14.
 */
public final class OutsideEligibility extends Rule {
  /** The rule id. */
  public static final String ID = "DATE-OUTSIDE-ELIGIBILITY";

  /** Creates the rule. */
  public OutsideEligibility() {
    super(ID, Severity.ERROR, Family.DATES,
        "The project neither starts before nor ends after the programme's eligibility period.",
        "finnish-rules.md §1.1, §12(9), §14.14; CPR Art. 63(2)",
        Set.of(Fact.PERIOD, Fact.IN_PROFILE),
        Argument.of("date", LocalDate.class),
        Argument.of("eligibilityStart", LocalDate.class),
        Argument.of("eligibilityEnd", LocalDate.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Validity eligibility = context.profile().eligibility();
    if (eligibility.start().isEmpty() || eligibility.end().isEmpty()) {
      return;
    }
    LocalDate first = eligibility.start().get();
    LocalDate last = eligibility.end().get();
    if (project.start().isPresent() && project.start().get().isBefore(first)) {
      context.report(Path.root().field("start"),
          "date", project.start().get(), "eligibilityStart", first, "eligibilityEnd", last);
    }
    if (project.end().isPresent() && project.end().get().isAfter(last)) {
      context.report(Path.root().field("end"),
          "date", project.end().get(), "eligibilityStart", first, "eligibilityEnd", last);
    }
  }
}
