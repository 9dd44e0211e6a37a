package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class MatchesCostTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project overfunded(Project p, long cents) {
    Project q = Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, Eur.ofCents(cents));
    FundingPlan plan = q.fundingPlan().orElseThrow();
    return q.withFundingPlan(plan.withStatedTotalApplied(plan.totalApplied()));
  }

  @Test
  void aFundingPlanThatDoesNotCoverTheNetCostIsAnError() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 10_000_000)).checkAssert((p, cents) -> {
      Violation v = RuleAssertions.onlyRule(validator.validate(overfunded(p, cents)), MatchesCost.ID, Severity.ERROR).get(0);
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      assertEquals("fundingPlan", v.path().toString());
      assertEquals(net, v.argument("netCost"));
      assertEquals(net.add(Eur.ofCents(cents)), v.argument("fundingTotal"));
    });
  }

  @Test
  void aDifferenceWithinTheToleranceIsOnlyNoted() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 100)).checkAssert((p, cents) ->
        RuleAssertions.onlyRule(validator.validate(overfunded(p, cents)), MatchesCost.ID, Severity.INFO));
  }
}
