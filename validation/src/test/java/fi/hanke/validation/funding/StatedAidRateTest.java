package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedAidRateTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The aid's share of the net cost in whole percent, as a document prints it. */
  private static BigDecimal rate(Project p) {
    BigDecimal aid = Eur.decimal(p.fundingPlan().orElseThrow().aidApplied());
    BigDecimal net = Eur.decimal(p.costEstimate().orElseThrow().netApplied());
    return aid.multiply(BigDecimal.valueOf(100)).divide(net, 0, RoundingMode.HALF_UP);
  }

  private static Project printing(Project p, BigDecimal rate) {
    return p.withFundingPlan(p.fundingPlan().orElseThrow().withStatedAidRate(Percentage.of(rate)));
  }

  @Test
  void theAidRateTheAmountsGiveAsPrintedIsNoFinding() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        assertEquals(List.of(), validator.validate(printing(p, rate(p))).violations()));
  }

  @Test
  void aPrintedRateAWholePercentOrMoreOffIsAWarningWithTheRateTheAmountsGive() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 15)).checkAssert((p, off) -> {
      BigDecimal printed = rate(p).subtract(BigDecimal.valueOf(off));
      Violation v = RuleAssertions.onlyRule(validator.validate(printing(p, printed)), StatedAidRate.ID,
          Severity.WARNING).get(0);
      assertEquals(Path.parse("fundingPlan.statedAidRate"), v.path());
      assertEquals(Percentage.of(printed), v.argument("stated"));
      assertEquals(0, ((Percentage) v.argument("computed")).value().setScale(0, RoundingMode.HALF_UP)
          .compareTo(rate(p)), v::toString);
    });
  }

  @Test
  void withNoCostEstimateTheRateIsMeasuredAgainstThePlansTotal() {
    qt().forAll(ValidProjects.projects(), integers().between(2, 15)).checkAssert((p, off) -> {
      Project agenda = printing(p, rate(p).add(BigDecimal.valueOf(off))).withCostEstimate(java.util.Optional.empty());
      RuleAssertions.onlyRule(validator.validate(agenda), StatedAidRate.ID, Severity.WARNING);
    });
  }
}
