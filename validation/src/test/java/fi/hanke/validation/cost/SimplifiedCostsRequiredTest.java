package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostLine;
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
import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifiedCostsRequiredTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project on real costs alone, with staff costs as its only cost besides its income. */
  private static Project realCosts(Project p, long staff) {
    Project q = p.withCostModel(p.costModel().orElseThrow().withOption(CostOption.REAL_COSTS)
        .withTravelCostModel(TravelCostModel.REAL_COSTS));
    for (CostLine l : p.costEstimate().orElseThrow().lines()) {
      if (!l.category().isDeducted()) {
        q = Mutations.withCostLine(q, l.category(), Eur.zero());
      }
    }
    return Mutations.withCostLine(q, CostCategory.STAFF, Eur.of(staff));
  }

  @Test
  void realCostsAloneOnAProjectOfAtMost200000EurosIsAWarning() {
    qt().forAll(ValidProjects.projects(), longs().between(10_000, 200_000)).checkAssert((p, staff) -> {
      Violation v = RuleAssertions.onlyRule(validator.validate(realCosts(p, staff)), SimplifiedCostsRequired.ID,
          Severity.WARNING).get(0);
      assertEquals("costModel.option", v.path().toString());
      assertEquals(Eur.of(staff), v.argument("total"));
      assertEquals(Eur.of(200_000), v.argument("maximum"));
    });
  }

  @Test
  void realCostsOnALargerProjectAreNotThisRulesConcern() {
    qt().forAll(ValidProjects.projects(), longs().between(200_001, 2_000_000)).checkAssert((p, staff) ->
        assertEquals(List.of(), validator.validate(realCosts(p, staff)).forRule(SimplifiedCostsRequired.ID)));
  }
}
