package fi.hanke.validation;

import static org.quicktheories.QuickTheory.qt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects.Feature;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.junit.jupiter.api.Test;

class ValidProjectsTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void generatedValidProjectsRaiseNoFindingAtAll() {
    qt().withExamples(300).forAll(ValidProjects.projects()).checkAssert(p -> RuleAssertions.clean(validator.validate(p)));
  }

  @Test
  void generatedValidGroupProjectsRaiseNoFindingAtAll() {
    qt().withExamples(150).forAll(ValidProjects.groups()).checkAssert(g -> RuleAssertions.clean(validator.validate(g)));
  }

  @Test
  void generatedProjectsWithEveryFeatureHaveItAndRaiseNoFindingAtAll() {
    qt().withExamples(100).forAll(ValidProjects.projects(Feature.REGIONAL_SPLIT, Feature.BREAKDOWNS, Feature.DE_MINIMIS))
        .checkAssert(p -> {
          RuleAssertions.clean(validator.validate(p));
          assertTrue(p.fundingPlan().orElseThrow().regionalSplit().size() >= 2, p::toString);
          assertTrue(p.workPackages().stream().allMatch(wp -> !wp.deMinimisMeasures().isEmpty()), p::toString);
          assertTrue(targetsOf(p).allMatch(t -> t.breakdowns().stream().anyMatch(b -> b.complete())
              && t.breakdowns().stream().anyMatch(b -> !b.complete())), p::toString);
        });
  }

  @Test
  void generatedGroupsWithAtLeastThreeMembersHaveThemAndRaiseNoFindingAtAll() {
    qt().withExamples(50).forAll(ValidProjects.groups(3)).checkAssert(g -> {
      RuleAssertions.clean(validator.validate(g));
      assertTrue(g.members().size() >= 3, g::toString);
    });
  }

  private static java.util.stream.Stream<fi.hanke.core.work.Target> targetsOf(Project p) {
    return java.util.stream.Stream.concat(p.targets().stream(),
        p.workPackages().stream().map(WorkPackage::targets).flatMap(java.util.List::stream));
  }
}
