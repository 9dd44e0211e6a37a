package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OptionForProjectTypeTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aDevelopmentOptionInAFoodAidProjectIsAnError() {
    // food aid: the aid ceiling is 100 %, so only the option's project type is wrong (866/2021 §8, §9, §11)
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project broken = p.withPlacement(p.placement().withProjectType(ProjectType.FOOD_AID));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), OptionForProjectType.ID, Severity.ERROR).get(0);
      assertEquals("costModel.option", v.path().toString());
      assertEquals(p.costModel().orElseThrow().option(), v.argument("option"));
      assertEquals(ProjectType.FOOD_AID, v.argument("projectType"));
      assertEquals(List.of(ProjectType.DEVELOPMENT), v.argument("projectTypes"));
    });
  }

  @Test
  void theInvestmentOptionServesInvestmentProjectsAndTheInvestmentsOfDevelopmentProjects() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project q = p.withCostModel(p.costModel().orElseThrow().withOption(CostOption.FLAT_RATE_1_5)
          .withTravelCostModel(TravelCostModel.REAL_COSTS));
      q = Mutations.withCostLine(q, CostCategory.STAFF, Eur.zero());
      q = Mutations.withCostLine(q, CostCategory.TRAVEL, Eur.zero());
      q = Mutations.withCostLine(q, CostCategory.PURCHASED_SERVICES, Eur.zero());
      q = Mutations.withCostLine(q, CostCategory.OTHER, Eur.of(200_000));
      q = Mutations.withCostLine(q, CostCategory.FLAT_RATE, Eur.of(3_000));
      q = q.withPlacement(q.placement().withFund(fi.hanke.core.programme.Fund.ERDF).withPriority(2)
          .withSpecificObjective("2.1"));
      assertEquals(List.of(), validator.validate(q).forRule(OptionForProjectType.ID));
      Project investment = q.withPlacement(q.placement().withProjectType(ProjectType.INVESTMENT));
      assertEquals(List.of(), validator.validate(investment).forRule(OptionForProjectType.ID));
    });
  }

  @Test
  void theFinnishMessageNamesTheOptionAndTheTypes() {
    qt().withExamples(1).forAll(ValidProjects.projects(CostOption.FLAT_RATE_40)).checkAssert(p -> {
      Violation v = validator.validate(p.withPlacement(p.placement().withProjectType(ProjectType.FOOD_AID)))
          .forRule(OptionForProjectType.ID).get(0);
      assertEquals(true, v.message(new Locale("fi")).startsWith("Kustannusmalli Flat rate 40 % kehittäminen ei ole"),
          v.message(new Locale("fi")));
    });
  }
}
