package fi.hanke.validation.dates;

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
 * The implementation period does not end before it starts (<i>päättymispäivä ennen alkamispäivää</i>, sv.
 * <i>slutdatum före startdatum</i>). A project that ends on the day it starts is not reported. Only when the
 * project states both dates.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.9 (costs within the implementation period, 866/2021 §3(1)), §12(4)
 * (the aid decision approves the implementation period, 757/2021 §21).
 */
public final class EndBeforeStart extends Rule {
  /** The rule id. */
  public static final String ID = "DATE-END-BEFORE-START";

  /** Creates the rule. */
  public EndBeforeStart() {
    super(ID, Severity.ERROR, Family.DATES,
        "The project's end date is not before its start date.",
        "finnish-rules.md §1.9, §12(4); 866/2021 §3(1); 757/2021 §21",
        Set.of(Fact.START, Fact.END),
        Argument.of("start", LocalDate.class),
        Argument.of("end", LocalDate.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.start().isEmpty() || project.end().isEmpty()) {
      return;
    }
    LocalDate start = project.start().get();
    LocalDate end = project.end().get();
    if (end.isBefore(start)) {
      context.report(Path.root().field("end"), "start", start, "end", end);
    }
  }
}
