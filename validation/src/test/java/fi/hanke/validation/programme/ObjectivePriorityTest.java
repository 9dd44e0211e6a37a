package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.programme.SpecificObjective;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ObjectivePriorityTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** Priorities other than the objective's that its fund also finances: moving there breaks only this rule. */
  private static List<Integer> otherPrioritiesOfTheSameFund(Project p) {
    SpecificObjective so = ValidProjects.profile().specificObjective(p.placement().specificObjective().orElseThrow()).orElseThrow();
    return ValidProjects.profile().priorities().stream()
        .filter(pr -> pr.number() != so.priority() && pr.funds().contains(so.fund()))
        .map(Priority::number)
        .collect(Collectors.toList());
  }

  /** The project, placed under 1.1 (ERDF) when its objective is JTF's, whose fund finances no other priority. */
  private static Project outsideJtf(Project p) {
    return p.placement().fund().filter(f -> f == Fund.JTF).isEmpty() ? p
        : p.withPlacement(p.placement().withPriority(1).withSpecificObjective("1.1").withFund(Fund.ERDF));
  }

  @Test
  void anObjectivePlacedUnderAnotherPriorityIsReportedWithBothPriorities() {
    // only 7.1 is financed by JTF, and JTF finances no other priority: see aJtfObjectiveUnderAnotherPriority...
    qt().forAll(ValidProjects.projects().map(ObjectivePriorityTest::outsideJtf), integers().between(0, 6))
        .checkAssert((p, pick) -> {
          List<Integer> others = otherPrioritiesOfTheSameFund(p);
          int priority = others.get(pick % others.size());
          String objective = p.placement().specificObjective().orElseThrow();
          Project broken = p.withPlacement(p.placement().withPriority(priority));

          List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), ObjectivePriority.ID, Severity.ERROR);

          assertEquals(1, found.size(), found::toString);
          Violation v = found.get(0);
          assertEquals(Path.parse("placement.specificObjective"), v.path());
          assertEquals(objective, v.argument("objective"));
          assertEquals((long) priority, v.argument("priority"));
          assertEquals((long) p.placement().priority().orElseThrow(), v.argument("expectedPriority"));
        });
  }

  @Test
  void anUnknownObjectiveIsLeftToObjectiveUnknown() {
    Project p = Project.builder()
        .placement(ProgrammePlacement.builder().priority(1).specificObjective("9.9").fund(Fund.ERDF).build())
        .build();

    RuleAssertions.onlyRule(validator.validate(p), ObjectiveUnknown.ID, Severity.ERROR);
  }

  @Test
  void aJtfObjectiveUnderAnotherPriorityIsAlsoAFundThatPriorityLacks() {
    Project p = Project.builder()
        .placement(ProgrammePlacement.builder().priority(1).specificObjective("7.1").fund(Fund.JTF).build())
        .build();

    assertEquals(List.of(FundPriority.ID, ObjectivePriority.ID), validator.validate(p).ruleIds());
  }

  @Test
  void anObjectiveUnderItsOwnPriorityIsNotReported() {
    for (SpecificObjective so : ValidProjects.profile().specificObjectives()) {
      Project p = Project.builder()
          .placement(ProgrammePlacement.builder().priority(so.priority()).specificObjective(so.code()).fund(so.fund()).build())
          .build();
      RuleAssertions.clean(validator.validate(p));
    }
  }
}
