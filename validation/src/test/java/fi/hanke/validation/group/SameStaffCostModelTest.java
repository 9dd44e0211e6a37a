package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameStaffCostModelTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project withStaffModel(Project p, Optional<StaffCostModel> model) {
    CostModel m = p.costModel().orElseThrow();
    return p.withCostModel(m.withStaffCostModel(model));
  }

  @Test
  void aCoImplementerOnTheFixedSideCostModelIsNotedWithBothModelsInMemberOrder() {
    qt().withExamples(100).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int other = 1 + n % (g.members().size() - 1);
      GroupProject mixed = Groups.withProject(g, other,
          p -> withStaffModel(p, Optional.of(StaffCostModel.FIXED_SIDE_COST_PERCENTAGE)));
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(mixed), SameStaffCostModel.ID, Severity.INFO);
      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("members"), found.get(0).path());
      assertEquals(List.of("Palkkojen yksikkökustannukset", "Vakiosivukulumalli"), found.get(0).argument("models"));
    });
  }

  @Test
  void theModelsAreListedInTheOrderTheMembersFirstUseThem() {
    qt().withExamples(20).forAll(ValidProjects.groups()).checkAssert(g -> {
      GroupProject mixed = Groups.withProject(g, 0,
          p -> withStaffModel(p, Optional.of(StaffCostModel.FIXED_SIDE_COST_PERCENTAGE)));
      List<Violation> found = validator.validate(mixed).forRule(SameStaffCostModel.ID);
      assertEquals(List.of("Vakiosivukulumalli", "Palkkojen yksikkökustannukset"), found.get(0).argument("models"));
    });
  }

  @Test
  void membersThatDeclareNoStaffCostModelOrNoProjectAreNotCompared() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().allPositive()).checkAssert((g, n) -> {
      int other = 1 + n % (g.members().size() - 1);
      GroupProject partial = Groups.withProject(g, other, p -> withStaffModel(p, Optional.empty()));
      assertEquals(List.of(), validator.validate(partial).forRule(SameStaffCostModel.ID));
      GroupProject without = Groups.withMember(g, other, m -> m.withProject(Optional.empty()));
      assertEquals(List.of(), validator.validate(without).forRule(SameStaffCostModel.ID));
    });
  }
}
