package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.Target;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRangeTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void anUpperEndOneBelowTheLowerEndIsReportedAtTheTarget() {
    qt().withExamples(100).forAll(ValidProjects.projects(), integers().allPositive()).checkAssert((p, n) -> {
      List<Spots.TargetSpot> spots = Spots.targets(p);
      Spots.TargetSpot spot = spots.get(n % spots.size());
      Target t = spot.in(p);
      Project broken = spot.replace(p, t.withUpTo(t.quantity() - 1));
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), TargetRange.ID, Severity.ERROR);
      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.parse(spot.path(p)), v.path());
      assertEquals(t.description(), v.argument("target"));
      assertEquals(t.quantity(), v.argument("quantity"));
      assertEquals(t.quantity() - 1, v.argument("upTo"));
    });
  }

  @Test
  void aRangeOfOneValueIsNoError() {
    qt().withExamples(50).forAll(ValidProjects.projects(), integers().allPositive()).checkAssert((p, n) -> {
      List<Spots.TargetSpot> spots = Spots.targets(p);
      Spots.TargetSpot spot = spots.get(n % spots.size());
      Target t = spot.in(p);
      assertTrue(validator.validate(spot.replace(p, t.withUpTo(t.quantity()))).forRule(TargetRange.ID).isEmpty());
    });
  }

  @Test
  void theSeedRangeOfBlogPostsIsNoError() {
    qt().withExamples(10).forAll(ValidProjects.projects()).checkAssert(p -> {
      Target blogs = Target.builder().description("blogikirjoitusta").quantity(25).upTo(30L).unit("kpl").build();
      assertTrue(validator.validate(p.withTargets(blogs)).forRule(TargetRange.ID).isEmpty());
    });
  }
}
