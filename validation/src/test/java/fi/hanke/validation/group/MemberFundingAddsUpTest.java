package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberFundingAddsUpTest {
  private static final FundingSource FROM = FundingSource.OWN_MUNICIPAL;
  private static final FundingSource TO = FundingSource.OWN_OTHER_PUBLIC;

  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The group with euros moved from the member's own municipal funding to its own other public funding. */
  private static GroupProject moved(GroupProject g, int i, long euros) {
    return Groups.withProject(g, i, p -> Groups.move(p, FROM, TO, euros));
  }

  /**
   * Every generated member has at least ten euros of own municipal funding to move (its own funding is always
   * stated and at least 1/61 of a rest of at least 20 % of 10 000 €), so no draw is discarded; this pins it.
   */
  private static void assertCanMove(GroupProject g, int i, long euros) {
    assertTrue(g.members().get(i).project().orElseThrow().fundingPlan().orElseThrow().applied(FROM)
        .isGreaterThanOrEqualTo(Eur.of(euros)), () -> "member " + i + " has under " + euros + " € to move");
  }

  @Test
  void tenEurosMovedBetweenTwoSourcesOfOneMemberMakeBothGroupLinesDiffer() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive())
        .checkAssert((g, n) -> {
          assertCanMove(g, n % g.members().size(), 10);
          List<Violation> found = RuleAssertions.onlyRule(validator.validate(moved(g, n % g.members().size(), 10)),
              MemberFundingAddsUp.ID, Severity.ERROR);
          assertDifferences(g, found, Map.of(FROM, -10L, TO, 10L));
        });
  }

  @Test
  void oneEuroMovedIsInsideTheToleranceAndInfo() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive())
        .checkAssert((g, n) -> {
          assertCanMove(g, n % g.members().size(), 1);
          List<Violation> found = RuleAssertions.onlyRule(validator.validate(moved(g, n % g.members().size(), 1)),
              MemberFundingAddsUp.ID, Severity.INFO);
          assertDifferences(g, found, Map.of(FROM, -1L, TO, 1L));
          found.forEach(v -> assertEquals(MemberFundingAddsUp.ID + ".withinTolerance", v.messageKey()));
        });
  }

  @Test
  void whenSomeMembersGiveNoFundingPlanOnlyTheSourceThatExceedsTheGroupIsReported() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive())
        .checkAssert((g, n) -> {
          assertCanMove(g, n % g.members().size(), 10);
          GroupProject broken = moved(Groups.withMemberWithoutProject(g), n % g.members().size(), 10);
          List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), MemberFundingAddsUp.ID,
              Severity.ERROR);
          assertDifferences(g, found, Map.of(TO, 10L));
        });
  }

  @Test
  void whenSomeMembersGiveNoFundingPlanTheOthersMayAddUpToLess() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      GroupProject partial = Groups.withMember(g, n % g.members().size(), m -> m.withProject(Optional.empty()));
      assertEquals(List.of(), validator.validate(partial).forRule(MemberFundingAddsUp.ID));
    });
  }

  @Test
  void aSourceOnlyAMemberHasIsComparedWithZero() {
    qt().withExamples(20).forAll(ValidProjects.groups()).checkAssert(g -> {
      FundingPlan plan = g.plan().fundingPlan().orElseThrow();
      GroupProject noPrivate = g.withPlan(g.plan().withFundingPlan(plan.withLines(
          plan.lines().stream().filter(l -> l.source() != FundingSource.EXTERNAL_PRIVATE).toList())));
      List<Violation> found = validator.validate(noPrivate).forRule(MemberFundingAddsUp.ID);
      assertTrue(found.stream().allMatch(v -> v.argument("source") == FundingSource.EXTERNAL_PRIVATE
          && Eur.zero().equals(v.argument("groupTotal"))), found::toString);
      assertEquals(plan.applied(FundingSource.EXTERNAL_PRIVATE).isZero() ? 0 : 1, found.size(), found::toString);
    });
  }

  private static void assertDifferences(GroupProject g, List<Violation> found, Map<FundingSource, Long> moved) {
    FundingPlan plan = g.plan().fundingPlan().orElseThrow();
    assertEquals(moved.size(), found.size(), found::toString);
    for (Violation v : found) {
      FundingSource s = (FundingSource) v.argument("source");
      assertTrue(moved.containsKey(s), v::toString);
      assertEquals(Path.parse("plan.fundingPlan." + s.name()), v.path());
      assertEquals(plan.applied(s), v.argument("groupTotal"));
      assertEquals(plan.applied(s).add(Eur.of(moved.get(s))), v.argument("membersTotal"));
      assertEquals(0, BigDecimal.valueOf(moved.get(s)).compareTo((BigDecimal) v.argument("difference")), v::toString);
    }
  }
}
