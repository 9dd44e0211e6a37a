package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class OwnFundingPresentTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void externalFundingReplacingAllOwnFundingIsOnlyNotedAsTheLawAllowsIt() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      FastMoney aid = Eur.of(Eur.decimal(net).multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.DOWN));
      Project broken = Mutations.withFunding(p, aid, FundingSource.EXTERNAL_PRIVATE);
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), OwnFundingPresent.ID, Severity.INFO).get(0);
      assertEquals(net.subtract(aid), v.argument("external"));
    });
  }

  @Test
  void anUnsplitRegionalCouncilLineCountsAsOwnFunding() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(Mutations.withFunding(
            p, Mutations.fundedAt(p, new BigDecimal("0.6")).fundingPlan().orElseThrow().aidApplied(), FundingSource.OTHER_PUBLIC))));
  }
}
