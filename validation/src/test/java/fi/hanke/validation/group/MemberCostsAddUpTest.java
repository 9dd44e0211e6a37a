package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MemberCostsAddUpTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aMemberWhoseOwnEstimateGrowsMakesTheGroupsLinesDifferByWhatItAdded() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.members().size();
      Groups.Raise raise = Groups.Raise.of(g.members().get(i).project().orElseThrow());
      GroupProject broken = Groups.withProject(g, i, p -> raise.applyTo(p, 1));
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), MemberCostsAddUp.ID, Severity.ERROR);
      assertDifferences(g, found, raise);
    });
  }

  @Test
  void differencesInsideTheToleranceAreInfo() {
    Validator lenient = Validator.builder().profile(ValidProjects.profile()).tolerance(Eur.of(200)).build();
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.members().size();
      Groups.Raise raise = Groups.Raise.of(g.members().get(i).project().orElseThrow());
      GroupProject broken = Groups.withProject(g, i, p -> raise.applyTo(p, 1));
      List<Violation> found = RuleAssertions.onlyRule(lenient.validate(broken), MemberCostsAddUp.ID, Severity.INFO);
      assertDifferences(g, found, raise);
      found.forEach(v -> assertEquals(MemberCostsAddUp.ID + ".withinTolerance", v.messageKey()));
    });
  }

  @Test
  void aDifferenceEqualToTheToleranceIsInfoAndOneAboveItIsAnError() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(g -> {
      Groups.Raise raise = Groups.Raise.of(g.members().get(0).project().orElseThrow());
      Validator exact = Validator.builder().profile(ValidProjects.profile()).tolerance(Eur.of(raise.baseEuros())).build();
      ValidationReport report = exact.validate(Groups.withProject(g, 0, p -> raise.applyTo(p, 1)));
      Map<String, Severity> severities = new TreeMap<>();
      report.forRule(MemberCostsAddUp.ID).forEach(v -> severities.put(v.path().toString(), v.severity()));
      assertEquals(Map.of(
          "plan.costEstimate." + raise.base().name(), Severity.INFO,
          "plan.costEstimate.FLAT_RATE", Severity.INFO,
          "plan.costEstimate.INCOME", Severity.ERROR), severities);
    });
  }

  @Test
  void whenSomeMembersGiveNoEstimateTheOthersMayNotExceedTheGroup() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.members().size();
      Groups.Raise raise = Groups.Raise.of(g.members().get(i).project().orElseThrow());
      GroupProject broken = Groups.withProject(Groups.withMemberWithoutProject(g), i, p -> raise.applyTo(p, 1));
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), MemberCostsAddUp.ID, Severity.ERROR);
      assertDifferences(g, found, raise);
    });
  }

  @Test
  void whenSomeMembersGiveNoEstimateTheOthersMayAddUpToLess() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int i = n % g.members().size();
      GroupProject partial = Groups.withMember(g, i, m -> m.withProject(java.util.Optional.empty()));
      assertEquals(List.of(), validator.validate(partial).forRule(MemberCostsAddUp.ID));
    });
  }

  @Test
  void aGroupWithoutAnEstimateOrMembersWithoutOneIsNotCompared() {
    qt().withExamples(20).forAll(ValidProjects.groups()).checkAssert(g -> {
      GroupProject noPlan = g.withPlan(g.plan().withCostEstimate(java.util.Optional.empty()));
      assertTrue(validator.validate(noPlan).forRule(MemberCostsAddUp.ID).isEmpty());
      GroupProject noMembers = g.withMembers(g.members().stream()
          .map(m -> m.withProject(m.project().orElseThrow().withCostEstimate(java.util.Optional.empty()))).toList());
      assertTrue(validator.validate(noMembers).forRule(MemberCostsAddUp.ID).isEmpty());
    });
  }

  /** One finding per raised line, with the members' sum above the group's by exactly what was added. */
  private static void assertDifferences(GroupProject g, List<Violation> found, Groups.Raise raise) {
    CostEstimate plan = g.plan().costEstimate().orElseThrow();
    Map<CostCategory, Long> added = Map.of(raise.base(), raise.baseEuros(), CostCategory.FLAT_RATE, raise.flatEuros(),
        CostCategory.INCOME, raise.incomeEuros());
    assertEquals(3, found.size(), found::toString);
    for (Violation v : found) {
      CostCategory c = (CostCategory) v.argument("category");
      assertTrue(added.containsKey(c), v::toString);
      assertEquals(Path.parse("plan.costEstimate." + c.name()), v.path());
      assertEquals(plan.applied(c), v.argument("groupTotal"));
      assertEquals(plan.applied(c).add(Eur.of(added.get(c))), v.argument("membersTotal"));
      assertEquals(0, BigDecimal.valueOf(added.get(c)).compareTo((BigDecimal) v.argument("difference")), v::toString);
    }
  }
}
