package fi.hanke.validation.dates;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Every spell of a work package lies within the implementation period (<i>työpaketin ajoitus hankkeen
 * toteutusajan sisällä</i>, sv. <i>arbetspaketets tidsplan inom genomförandetiden</i>), compared month by month:
 * a spell that starts in a month before the project's first month or ends in a month after its last month is
 * reported at {@code workPackages[code].periods[i]}. A spell in the project's first or last month is inside even
 * if the project starts or ends mid-month.
 *
 * <p>Only when the project states both dates and does not end before it starts (that is
 * {@link EndBeforeStart}'s finding; every work package would otherwise be reported as well).
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.9 (costs within the implementation period, 866/2021 §3(1)), §12(4)
 * (the aid decision approves the project plan and the implementation period).
 */
public final class WorkPackageOutsideProject extends Rule {
  /** The rule id. */
  public static final String ID = "DATE-WORK-PACKAGE-OUTSIDE-PROJECT";

  /** Creates the rule. */
  public WorkPackageOutsideProject() {
    super(ID, Severity.ERROR, Family.DATES,
        "Every period of a work package lies within the months of the project's implementation period.",
        "finnish-rules.md §1.9, §12(4); 866/2021 §3(1)",
        Set.of(Fact.START, Fact.END, Fact.WORK_PACKAGES),
        Argument.of("workPackage", String.class),
        Argument.of("period", String.class),
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
      return;
    }
    YearMonth first = YearMonth.from(start);
    YearMonth last = YearMonth.from(end);
    for (WorkPackage wp : project.workPackages()) {
      List<MonthPeriod> periods = wp.periods();
      for (int i = 0; i < periods.size(); i++) {
        MonthPeriod period = periods.get(i);
        if (period.start().isBefore(first) || period.end().isAfter(last)) {
          context.report(Path.root().field("workPackages").key(wp.code()).field("periods").index(i),
              "workPackage", wp.code(), "period", period.toString(), "start", start, "end", end);
        }
      }
    }
  }
}
