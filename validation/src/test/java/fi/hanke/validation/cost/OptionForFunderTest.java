package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionForFunderTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project esfPlus(Project p, String authority) {
    return p.withPlacement(p.placement().withPriority(4).withSpecificObjective("4.2").withFund(Fund.ESF_PLUS))
        .withAuthority(authority);
  }

  @Test
  void theEsfPlusSevenPercentVariantFundedByARegionalCouncilIsAWarning() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7)).checkAssert(p -> {
      Project broken = esfPlus(p, "Etelä-Savon liitto");
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), OptionForFunder.ID, Severity.WARNING).get(0);
      assertEquals("costModel.option", v.path().toString());
      assertEquals(Fund.ESF_PLUS, v.argument("fund"));
      assertEquals("Etelä-Savon liitto", v.argument("authority"));
    });
  }

  @Test
  void anElyCentreOrAnErdfProjectOfARegionalCouncilIsClean() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7)).checkAssert(p -> {
      assertEquals(List.of(), validator.validate(esfPlus(p, "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus"))
          .forRule(OptionForFunder.ID));
      Project erdf = p.withPlacement(p.placement().withPriority(1).withSpecificObjective("1.2").withFund(Fund.ERDF))
          .withAuthority("Etelä-Savon liitto");
      assertEquals(List.of(), validator.validate(erdf).forRule(OptionForFunder.ID));
    });
  }
}
