package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects.Feature;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.Target;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetBreakdownTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** A breakdown of one target. */
  private record Spot(Spots.TargetSpot target, int breakdown) {}

  private static List<Spot> breakdowns(Project p, boolean complete) {
    List<Spot> all = new ArrayList<>();
    for (Spots.TargetSpot t : Spots.targets(p)) {
      List<Breakdown> bs = t.in(p).breakdowns();
      for (int j = 0; j < bs.size(); j++) {
        if (bs.get(j).complete() == complete && !bs.get(j).parts().isEmpty()) {
          all.add(new Spot(t, j));
        }
      }
    }
    return all;
  }

  /** The project with the first part of one breakdown raised by delta. */
  private static Project raise(Project p, Spot s, long delta) {
    Target t = s.target().in(p);
    Breakdown b = t.breakdowns().get(s.breakdown());
    BreakdownPart first = b.parts().get(0);
    Breakdown raised = b.withParts(Spots.with(b.parts(), 0, BreakdownPart.of(first.key(), first.quantity() + delta)));
    return s.target().replace(p, t.withBreakdowns(Spots.with(t.breakdowns(), s.breakdown(), raised)));
  }

  private void assertOneFinding(Project p, Spot s, long sum) {
    Target t = s.target().in(p);
    Project broken = raise(p, s, sum - t.breakdowns().get(s.breakdown()).total());
    List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), TargetBreakdown.ID, Severity.ERROR);
    assertEquals(1, found.size(), found::toString);
    Violation v = found.get(0);
    assertEquals(Path.parse(s.target().path(p) + ".breakdowns[" + s.breakdown() + "]"), v.path());
    assertEquals(t.description(), v.argument("target"));
    assertEquals(t.breakdowns().get(s.breakdown()).dimension(), v.argument("dimension"));
    assertEquals(t.quantity(), v.argument("quantity"));
    assertEquals(sum, v.argument("sum"));
  }

  @Test
  void aCompleteBreakdownOneAboveItsTargetIsReported() {
    qt().withExamples(100).forAll(ValidProjects.projects(Feature.BREAKDOWNS), integers().allPositive())
        .checkAssert((p, n) -> {
          List<Spot> spots = breakdowns(p, true);
          Spot s = spots.get(n % spots.size());
          assertOneFinding(p, s, s.target().in(p).breakdowns().get(s.breakdown()).total() + 1);
        });
  }

  @Test
  void anOfWhomBreakdownOneAboveItsTargetIsReported() {
    qt().withExamples(100).forAll(ValidProjects.projects(Feature.BREAKDOWNS), integers().allPositive())
        .checkAssert((p, n) -> {
          List<Spot> spots = breakdowns(p, false);
          Spot s = spots.get(n % spots.size());
          assertOneFinding(p, s, s.target().in(p).quantity() + 1);
        });
  }

  @Test
  void aCompleteBreakdownOneBelowItsTargetIsReportedButAnOfWhomOneIsNot() {
    qt().withExamples(50).forAll(ValidProjects.projects()).checkAssert(p -> {
      Target complete = regions(250, true, 100, 100, 49);
      Target ofWhom = regions(250, false, 100, 100, 49);
      List<Violation> found = validator.validate(p.withTargets(complete, ofWhom)).forRule(TargetBreakdown.ID);
      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("targets[0].breakdowns[0]"), found.get(0).path());
      assertEquals(249L, found.get(0).argument("sum"));
    });
  }

  @Test
  void theSeedBreakdownsByRegionAndAnOfWhomBreakdownEqualToTheTargetAreNoError() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      Project seed = p.withTargets(regions(250, true, 100, 100, 50), regions(80, true, 32, 32, 16),
          regions(170, false, 170));
      assertTrue(validator.validate(seed).forRule(TargetBreakdown.ID).isEmpty());
    });
  }

  @Test
  void aRangeTargetTakesACompleteBreakdownAnywhereInItsRangeAndAnOfWhomOneUpToItsUpperEnd() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      Project inside = p.withTargets(range(25, 30, true, 10, 15), range(25, 30, true, 10, 20),
          range(25, 30, false, 30));
      assertTrue(validator.validate(inside).forRule(TargetBreakdown.ID).isEmpty());
      Project outside = p.withTargets(range(25, 30, true, 10, 14), range(25, 30, true, 10, 21),
          range(25, 30, false, 31));
      List<Violation> found = validator.validate(outside).forRule(TargetBreakdown.ID);
      assertEquals(3, found.size(), found::toString);
      assertEquals(List.of(24L, 31L, 31L), found.stream().map(v -> v.argument("sum")).toList());
    });
  }

  @Test
  void aBreakdownOfARangeWrittenTheWrongWayRoundIsCheckedAgainstTheRangeBetweenTheTwoNumbers() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      Project reversed = p.withTargets(range(30, 25, true, 10, 17));
      assertTrue(validator.validate(reversed).forRule(TargetBreakdown.ID).isEmpty());
    });
  }

  @Test
  void partsThatAddUpBeyondTheLargestQuantityAreReportedWithTheirExactSum() {
    qt().withExamples(10).forAll(ValidProjects.projects()).checkAssert(p -> {
      Target overflowing = regions(Long.MAX_VALUE, true, Long.MAX_VALUE, 1);
      Target ofWhom = regions(Long.MAX_VALUE, false, Long.MAX_VALUE, Long.MAX_VALUE, 2);
      List<Violation> found = validator.validate(p.withTargets(overflowing, ofWhom)).forRule(TargetBreakdown.ID);
      assertEquals(2, found.size(), found::toString);
      assertEquals(new java.math.BigInteger("9223372036854775808"), found.get(0).argument("sum"));
      assertEquals(new java.math.BigInteger("18446744073709551616"), found.get(1).argument("sum"));
      assertTrue(found.get(0).message(new java.util.Locale("fi")).contains("9\u00a0223\u00a0372\u00a0036\u00a0854\u00a0775\u00a0808"),
          found.get(0).message(new java.util.Locale("fi")));
    });
  }

  private static Target regions(long quantity, boolean complete, long... parts) {
    Breakdown.Builder b = Breakdown.builder().dimension(complete ? "maakunta" : "ikäryhmä").complete(complete);
    String[] keys = {"Pohjois-Karjala", "Pohjois-Savo", "Etelä-Savo"};
    for (int i = 0; i < parts.length; i++) {
      b.addPart(BreakdownPart.of(complete ? keys[i] : "18–29-vuotiaat", parts[i]));
    }
    return Target.builder().description("yritystä").quantity(quantity).addBreakdown(b.build()).build();
  }

  private static Target range(long quantity, long upTo, boolean complete, long... parts) {
    return regions(quantity, complete, parts).withUpTo(upTo).withDescription("blogikirjoitusta");
  }
}
