package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionForFundTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project as a 1.5 % investment-cost project with an exact flat-rate line, under the given placement. */
  private static Project onePointFive(Project p, int priority, String objective, Fund fund) {
    Project q = p.withCostModel(p.costModel().orElseThrow().withOption(CostOption.FLAT_RATE_1_5)
            .withTravelCostModel(TravelCostModel.REAL_COSTS))
        .withPlacement(ProgrammePlacement.builder().priority(priority).specificObjective(objective).fund(fund).build());
    q = Mutations.withCostLine(q, CostCategory.STAFF, Eur.zero());
    q = Mutations.withCostLine(q, CostCategory.TRAVEL, Eur.zero());
    q = Mutations.withCostLine(q, CostCategory.OTHER, Eur.of(200_000));
    q = Mutations.withCostLine(q, CostCategory.PURCHASED_SERVICES, Eur.zero());
    return Mutations.withCostLine(q, CostCategory.FLAT_RATE, Eur.of(3_000));
  }

  @Test
  void theInvestmentOptionInAnEsfPlusProjectIsAnError() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project broken = onePointFive(p, 4, "4.2", Fund.ESF_PLUS);
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), OptionForFund.ID, Severity.ERROR).get(0);
      assertEquals("costModel.option", v.path().toString());
      assertEquals(Fund.ESF_PLUS, v.argument("fund"));
      assertEquals(List.of(Fund.ERDF, Fund.JTF), v.argument("funds"));
    });
  }

  @Test
  void theInvestmentOptionInAnErdfProjectIsAllowed() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(onePointFive(p, 2, "2.1", Fund.ERDF))));
  }
}
