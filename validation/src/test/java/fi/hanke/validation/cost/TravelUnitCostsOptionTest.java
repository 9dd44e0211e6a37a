package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.junit.jupiter.api.Test;

class TravelUnitCostsOptionTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void travelUnitCostsUnderTheFortyPercentOptionAreAnError() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_40))
        .checkAssert(p -> {
          Project broken = p.withCostModel(p.costModel().orElseThrow().withTravelCostModel(TravelCostModel.UNIT_COSTS));
          Violation v = RuleAssertions.onlyRule(validator.validate(broken), TravelUnitCostsOption.ID, Severity.ERROR).get(0);
          assertEquals("costModel.travelCostModel", v.path().toString());
          assertEquals(CostOption.FLAT_RATE_40, v.argument("option"));
        });
  }

  @Test
  void travelUnitCostsUnderTheSevenPercentOptionAreAllowed() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7))
        .checkAssert(p -> RuleAssertions.clean(validator.validate(
            p.withCostModel(p.costModel().orElseThrow().withTravelCostModel(TravelCostModel.UNIT_COSTS)))));
  }
}
