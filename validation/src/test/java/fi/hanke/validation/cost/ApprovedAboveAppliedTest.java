package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovedAboveAppliedTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project approveStaff(Project p, long extraCents) {
    CostEstimate e = p.costEstimate().orElseThrow();
    List<CostLine> lines = new ArrayList<>();
    for (CostLine l : e.lines()) {
      lines.add(l.category() == CostCategory.STAFF ? l.withApproved(l.applied().add(Eur.ofCents(extraCents))) : l);
    }
    return p.withCostEstimate(e.withLines(lines));
  }

  @Test
  void staffCostsApprovedAboveTheAmountAppliedForAreAnError() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 1_000_000)).checkAssert((p, cents) -> {
      Violation v = RuleAssertions.onlyRule(validator.validate(approveStaff(p, cents)), ApprovedAboveApplied.ID, Severity.ERROR).get(0);
      assertEquals("costEstimate.STAFF", v.path().toString());
      assertEquals(p.costEstimate().orElseThrow().applied(CostCategory.STAFF), v.argument("applied"));
    });
  }

  @Test
  void approvingExactlyTheAmountAppliedForIsFine() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> RuleAssertions.clean(validator.validate(approveStaff(p, 0))));
  }
}
