package fi.hanke.validation.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class WorkPackageOutsideProjectTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project withFirstPeriod(Project p, int index, UnaryOperator<MonthPeriod> change) {
    List<WorkPackage> packages = new ArrayList<>(p.workPackages());
    WorkPackage wp = packages.get(index);
    List<MonthPeriod> periods = new ArrayList<>(wp.periods());
    periods.set(0, change.apply(periods.get(0)));
    packages.set(index, wp.withPeriods(periods));
    return p.withWorkPackages(packages);
  }

  @Test
  void aPeriodEndingAMonthAfterTheProjectIsReportedAtThatPeriod() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 4)).checkAssert((p, pick) -> {
      int index = pick % p.workPackages().size();
      WorkPackage wp = p.workPackages().get(index);
      YearMonth afterEnd = YearMonth.from(p.end().orElseThrow()).plusMonths(1);
      MonthPeriod moved = MonthPeriod.of(wp.periods().get(0).start(), afterEnd);
      Project broken = withFirstPeriod(p, index, old -> moved);

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), WorkPackageOutsideProject.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.root().field("workPackages").key(wp.code()).field("periods").index(0), v.path());
      assertEquals(wp.code(), v.argument("workPackage"));
      assertEquals(moved.toString(), v.argument("period"));
      assertEquals(p.start().orElseThrow(), v.argument("start"));
      assertEquals(p.end().orElseThrow(), v.argument("end"));
    });
  }

  @Test
  void aPeriodStartingAMonthBeforeTheProjectIsReportedAtThatPeriod() {
    qt().forAll(ValidProjects.projects(), integers().between(0, 4)).checkAssert((p, pick) -> {
      int index = pick % p.workPackages().size();
      WorkPackage wp = p.workPackages().get(index);
      YearMonth beforeStart = YearMonth.from(p.start().orElseThrow()).minusMonths(1);
      Project broken = withFirstPeriod(p, index, old -> MonthPeriod.of(beforeStart, old.end()));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), WorkPackageOutsideProject.ID, Severity.ERROR);

      assertEquals(List.of(Path.parse("workPackages[" + wp.code() + "].periods[0]")),
          found.stream().map(Violation::path).toList());
    });
  }

  @Test
  void periodsInTheFirstAndLastMonthsAreInsideEvenIfTheProjectStartsAndEndsMidMonth() {
    Project p = Project.builder()
        .start(LocalDate.of(2025, 9, 15))
        .end(LocalDate.of(2027, 8, 10))
        .addWorkPackage(WorkPackage.builder().code("TP1").title("Valmennus")
            .addPeriod(MonthPeriod.parse("9/25-8/27")).build())
        .build();

    RuleAssertions.clean(validator.validate(p));
  }

  @Test
  void aSecondSpellOutsideTheProjectIsReportedWithItsIndex() {
    Project p = Project.builder()
        .start(LocalDate.of(2025, 9, 1))
        .end(LocalDate.of(2026, 12, 31))
        .addWorkPackage(WorkPackage.builder().code("TP3").title("Mainos- ja digitoimistot")
            .addPeriod(MonthPeriod.parse("1/26-5/26")).addPeriod(MonthPeriod.parse("1/27-5/27")).build())
        .build();

    List<Violation> found = RuleAssertions.onlyRule(validator.validate(p), WorkPackageOutsideProject.ID, Severity.ERROR);

    assertEquals(1, found.size(), found::toString);
    assertEquals(Path.parse("workPackages[TP3].periods[1]"), found.get(0).path());
    assertEquals("1/27-5/27", found.get(0).argument("period"));
  }

  @Test
  void aProjectThatEndsBeforeItStartsLeavesItsWorkPackagesToEndBeforeStart() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project broken = p.withEnd(p.start().orElseThrow().minusDays(1));

      RuleAssertions.onlyRule(validator.validate(broken), EndBeforeStart.ID, Severity.ERROR);
    });
  }
}
