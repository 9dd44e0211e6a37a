package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Column;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class NetTotalTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project withStatedNet(Project p, FastMoney stated) {
    CostEstimate e = p.costEstimate().orElseThrow();
    return Mutations.fundedAt(p.withCostEstimate(e.withStatedNetApplied(stated)), new BigDecimal("0.5"));
  }

  @Test
  void aStatedNetBeyondTheToleranceFromTheLinesIsAnErrorWithBothAmounts() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 10_000_000)).checkAssert((p, cents) -> {
      FastMoney computed = p.costEstimate().orElseThrow().netApplied();
      Project broken = withStatedNet(p, computed.add(Eur.ofCents(cents)));
      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), NetTotal.ID, Severity.ERROR);
      assertEquals(1, found.size());
      Violation v = found.get(0);
      assertEquals("costEstimate.statedNetApplied", v.path().toString());
      assertEquals(Column.APPLIED, v.argument("column"));
      assertEquals(computed, v.argument("computed"));
      assertEquals(0, BigDecimal.valueOf(cents, 2).compareTo((BigDecimal) v.argument("difference")));
    });
  }

  @Test
  void aStatedNetWithinTheToleranceIsOnlyNoted() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 100)).checkAssert((p, cents) -> {
      FastMoney computed = p.costEstimate().orElseThrow().netApplied();
      Project rounded = withStatedNet(p, computed.subtract(Eur.ofCents(cents)));
      Violation v = RuleAssertions.onlyRule(validator.validate(rounded), NetTotal.ID, Severity.INFO).get(0);
      assertEquals(NetTotal.ID + ".withinTolerance", v.messageKey());
    });
  }

  @Test
  void anEstimateWithoutLinesIsNotComparedWithItsStatedTotal() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      CostEstimate onlyTotal = CostEstimate.builder().statedNetApplied(Eur.of(276_605)).build();
      Project project = Mutations.fundedAt(p.withCostEstimate(onlyTotal), new BigDecimal("0.5"));
      RuleAssertions.clean(validator.validate(project));
    });
  }
}
