package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.junit.jupiter.api.Test;

class LumpSumLimitTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project lumpSum(Project p, long euros) {
    Project q = p.withCostModel(p.costModel().orElseThrow().withOption(CostOption.LUMP_SUM)
        .withTravelCostModel(TravelCostModel.REAL_COSTS));
    CostEstimate only = CostEstimate.builder().build();
    return Mutations.withCostLine(q.withCostEstimate(only), CostCategory.LUMP_SUM, Eur.of(euros));
  }

  @Test
  void aLumpSumProjectAboveTwoHundredThousandEurosIsAnError() {
    qt().forAll(ValidProjects.projects(), integers().between(200_001, 5_000_000)).checkAssert((p, euros) -> {
      Violation v = RuleAssertions.onlyRule(validator.validate(lumpSum(p, euros)), LumpSumLimit.ID, Severity.ERROR).get(0);
      assertEquals(Eur.of(euros), v.argument("total"));
      assertEquals(Eur.of(200_000), v.argument("maximum"));
    });
  }

  @Test
  void aLumpSumProjectOfExactlyTwoHundredThousandEurosIsAllowed() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> RuleAssertions.clean(validator.validate(lumpSum(p, 200_000))));
  }

  @Test
  void theLimitIsOnTheTotalCostBeforeIncomeSoIncomeDoesNotBringALargerProjectUnderIt() {
    // 866/2021 §15(1) and CPR 53(3)(b) cap the total cost ("kokonaiskustannukset"), not the net
    qt().forAll(ValidProjects.projects(), integers().between(1, 100_000)).checkAssert((p, euros) -> {
      Project withIncome = Mutations.withCostLine(lumpSum(p, 200_000 + euros), CostCategory.INCOME, Eur.of(euros));
      Violation v = validator.validate(withIncome).forRule(LumpSumLimit.ID).get(0);
      assertEquals(Eur.of(200_000 + euros), v.argument("total"));
    });
  }
}
