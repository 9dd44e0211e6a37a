package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.junit.jupiter.api.Test;

class FullAidTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project fullyAided(Project p) {
    return Mutations.withFunding(p, p.costEstimate().orElseThrow().netAppliedAsStated(), FundingSource.OWN_MUNICIPAL);
  }

  @Test
  void aDevelopmentProjectFundedWhollyByAidIsAWarningAskingForTheSpecialReason() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Violation v = RuleAssertions.onlyRule(validator.validate(fullyAided(p)), FullAid.ID, Severity.WARNING).get(0);
      assertEquals(ProjectType.DEVELOPMENT, v.argument("projectType"));
      assertEquals(Percentage.of(80), v.argument("ceiling"));
    });
  }

  @Test
  void aFoodAidProjectMayBeFundedWhollyByAid() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      // a food-aid project uses the food-aid option (866/2021 §12), not 40 % or 7 % (COST-OPTION-PROJECT-TYPE)
      Project food = fullyAided(p.withPlacement(p.placement().withProjectType(ProjectType.FOOD_AID))
          .withCostModel(p.costModel().map(m -> m.withOption(fi.hanke.core.cost.CostOption.FOOD_AID)
              .withTravelCostModel(fi.hanke.core.cost.TravelCostModel.REAL_COSTS))));
      RuleAssertions.clean(validator.validate(food));
    });
  }
}
