package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.junit.jupiter.api.Test;

class LineNotClaimableTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void travelCostsUnderTheFortyPercentOptionAreAnErrorAndLumpSumsUnderSevenPercentToo() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 50_000)).checkAssert((p, euros) -> {
      CostCategory extra = p.costModel().orElseThrow().option() == CostOption.FLAT_RATE_40
          ? CostCategory.TRAVEL : CostCategory.LUMP_SUM;
      Project broken = Mutations.withCostLine(p, extra, Eur.of(euros));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), LineNotClaimable.ID, Severity.ERROR).get(0);
      assertEquals("costEstimate." + extra.name(), v.path().toString());
      assertEquals(extra, v.argument("category"));
      assertEquals(Eur.of(euros), v.argument("amount"));
    });
  }

  @Test
  void aZeroLineOfAnUncoveredCategoryIsNotReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project zeros = Mutations.withCostLine(Mutations.withCostLine(p, CostCategory.LUMP_SUM, Eur.zero()),
          CostCategory.EQUIPMENT, Eur.zero());
      RuleAssertions.clean(validator.validate(zeros));
    });
  }

  @Test
  void staffOrTravelCostsUnderTheOnePointFivePercentOptionAreAnError() {
    // 866/2021 §10(2)-(3): only the direct investment costs are claimed; everything else is in the 1,5 %
    qt().forAll(ValidProjects.projects(), integers().between(1, 50_000), integers().between(0, 1)).checkAssert((p, euros, which) -> {
      Project q = p.withCostModel(p.costModel().orElseThrow().withOption(CostOption.FLAT_RATE_1_5)
              .withTravelCostModel(fi.hanke.core.cost.TravelCostModel.REAL_COSTS))
          .withPlacement(p.placement().withPriority(2).withSpecificObjective("2.1").withFund(fi.hanke.core.programme.Fund.ERDF));
      q = Mutations.withCostLine(q, CostCategory.STAFF, Eur.zero());
      q = Mutations.withCostLine(q, CostCategory.TRAVEL, Eur.zero());
      q = Mutations.withCostLine(q, CostCategory.PURCHASED_SERVICES, Eur.zero());
      q = Mutations.withCostLine(q, CostCategory.OTHER, Eur.of(200_000));
      q = Mutations.withCostLine(q, CostCategory.FLAT_RATE, Eur.of(3_000));
      CostCategory extra = which == 0 ? CostCategory.STAFF : CostCategory.TRAVEL;
      Project broken = Mutations.withCostLine(q, extra, Eur.of(euros));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), LineNotClaimable.ID, Severity.ERROR).get(0);
      assertEquals("costEstimate." + extra.name(), v.path().toString());
      assertEquals(CostOption.FLAT_RATE_1_5, v.argument("option"));
    });
  }
}
