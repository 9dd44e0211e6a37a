package fi.hanke.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark inputs are clean and have the shapes the benchmarks promise. */
class TypicalProjectsTest {
  private final Validator validator = Validator.of(Programmes.finland2021to2027());

  private static void assertClean(ValidationReport report) {
    assertEquals(0, report.count(Severity.ERROR), report::toString);
    assertEquals(0, report.count(Severity.WARNING), report::toString);
  }

  private static List<Target> allTargets(Project project) {
    List<Target> all = new ArrayList<>(project.targets());
    for (WorkPackage wp : project.workPackages()) {
      all.addAll(wp.targets());
    }
    return all;
  }

  @Test
  void singleValidatesWithoutErrorsOrWarnings() {
    assertClean(validator.validate(TypicalProjects.single()));
  }

  @Test
  void singleIsAFortyPercentProjectWithFourWorkPackagesWithTargets() {
    Project p = TypicalProjects.single();
    assertEquals(CostOption.FLAT_RATE_40, p.costModel().orElseThrow().option());
    assertEquals(4, p.workPackages().size());
    assertTrue(p.workPackages().stream().allMatch(wp -> !wp.targets().isEmpty()));
    assertTrue(p.costEstimate().orElseThrow().netAppliedAsStated().isGreaterThan(Eur.of(100_000)));
  }

  @Test
  void groupValidatesWithoutErrorsOrWarnings() {
    assertClean(validator.validate(TypicalProjects.group()));
  }

  @Test
  void groupHasFourMembersWithBudgetsSevenWorkPackagesBreakdownsAndDeMinimisMeasures() {
    GroupProject g = TypicalProjects.group();
    assertEquals(4, g.members().size());
    for (GroupMember m : g.members()) {
      Project own = m.project().orElseThrow(() -> new AssertionError(m.key() + " has no project"));
      assertTrue(own.costEstimate().isPresent() && own.fundingPlan().isPresent(), m.key());
    }
    assertEquals(7, g.plan().workPackages().size());
    assertTrue(allTargets(g.plan()).stream().anyMatch(t -> !t.breakdowns().isEmpty()));
    assertTrue(g.plan().workPackages().stream().anyMatch(wp -> !wp.deMinimisMeasures().isEmpty()));
  }

  @Test
  void everyCallBuildsAnEqualValue() {
    assertEquals(TypicalProjects.single(), TypicalProjects.single());
    assertEquals(TypicalProjects.group(), TypicalProjects.group());
  }
}
