package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateWorkPackageCodeTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aWorkPackageAddedTwiceIsReportedOnceWithItsCodeAndCountTwo() {
    qt().withExamples(100).forAll(ValidProjects.projects(), integers().allPositive()).checkAssert((p, n) -> {
      WorkPackage twice = p.workPackages().get(n % p.workPackages().size());
      List<WorkPackage> wps = new ArrayList<>(p.workPackages());
      wps.add(twice.withTitle(twice.title() + " (kopio)"));
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(p.withWorkPackages(wps)),
          DuplicateWorkPackageCode.ID, Severity.ERROR);
      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("workPackages[" + twice.code() + "]"), found.get(0).path());
      assertEquals(twice.code(), found.get(0).argument("code"));
      assertEquals(2L, found.get(0).argument("count"));
    });
  }

  @Test
  void inAGroupTheSharedPlanIsBlamedUnderPlan() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(g -> {
      WorkPackage twice = g.plan().workPackages().get(0);
      List<WorkPackage> wps = new ArrayList<>(g.plan().workPackages());
      wps.add(twice);
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(g.withPlan(g.plan().withWorkPackages(wps))),
          DuplicateWorkPackageCode.ID, Severity.ERROR);
      assertEquals(List.of(Path.parse("plan.workPackages[" + twice.code() + "]")),
          found.stream().map(Violation::path).toList());
    });
  }

  @Test
  void threePackagesWithOneCodeGiveOneFindingWithCountThree() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      WorkPackage first = p.workPackages().get(0);
      Project thrice = p.withWorkPackages(first, first.withTitle("B"), first.withTitle("C"));
      List<Violation> found = validator.validate(thrice).forRule(DuplicateWorkPackageCode.ID);
      assertEquals(1, found.size(), found::toString);
      assertEquals(3L, found.get(0).argument("count"));
    });
  }

  @Test
  void codesThatOnlyLookAlikeAreDistinct() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      WorkPackage first = p.workPackages().get(0);
      Project alike = p.withWorkPackages(first.withCode("TP1"), first.withCode("TP10"), first.withCode("tp1"));
      assertTrue(validator.validate(alike).forRule(DuplicateWorkPackageCode.ID).isEmpty());
    });
  }
}
