package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts stated as bounds ("enintään") or estimates ("noin", "arviolta") are compared as what they allow. */
class HedgedAmountsTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project with its funding plan's stated total moved by cents and stated with the hedge. */
  private static Project total(Project p, long cents, Hedge hedge) {
    FundingPlan f = p.fundingPlan().orElseThrow();
    return p.withFundingPlan(f.withStatedTotalApplied(f.statedTotalApplied().orElseThrow().add(Eur.ofCents(cents)))
        .withStatedTotalAppliedHedge(hedge));
  }

  @Test
  void anUpperBoundAboveTheLinesIsNoFindingOfTheLinesSum() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 10_000_000)).checkAssert((p, cents) ->
        assertEquals(List.of(), validator.validate(total(p, cents, Hedge.AT_MOST)).forRule(LinesSum.ID)));
  }

  @Test
  void linesAboveTheirUpperBoundAreAnErrorWithTheExcess() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 1_000_000)).checkAssert((p, cents) -> {
      List<Violation> found = validator.validate(total(p, -cents, Hedge.AT_MOST)).forRule(LinesSum.ID);
      assertEquals(1, found.size(), found::toString);
      assertEquals(Severity.ERROR, found.get(0).severity());
      assertEquals(0, BigDecimal.valueOf(cents, 2).compareTo((BigDecimal) found.get(0).argument("difference")));
    });
  }

  @Test
  void anEstimateWithinItsAllowanceIsNoFindingAndBeyondItTheGapBeyondTheAllowanceIsReported() {
    qt().forAll(ValidProjects.projects(), integers().between(-99, 99)).checkAssert((p, basisPoints) -> {
      BigDecimal stated = Eur.decimal(p.fundingPlan().orElseThrow().statedTotalApplied().orElseThrow());
      // under 0,99 % of the lines away, so within 1 % of the figure too: always inside an estimate's allowance
      long cents = stated.movePointRight(2).longValue() * basisPoints / 10_000;
      assertEquals(List.of(), validator.validate(total(p, cents, Hedge.ABOUT)).forRule(LinesSum.ID));
    });
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      BigDecimal stated = Eur.decimal(p.fundingPlan().orElseThrow().statedTotalApplied().orElseThrow());
      BigDecimal allowance = Hedge.ABOUT.allowance(stated.multiply(BigDecimal.valueOf(3)));
      // a figure three times the lines: its allowance is at most half of it (half the unit of its last non-zero
      // digit, or 1 %), so its lowest is at least 1,5 times the lines. (Twice the lines is not enough: "noin
      // 1 000 000" for lines of 500 000 allows them, at the edge.)
      Project thrice = total(p, stated.movePointRight(2).longValueExact() * 2, Hedge.ABOUT);
      // (the total no longer matches the net cost either: FUNDING-MATCHES-COST reports that too)
      List<Violation> found = validator.validate(thrice).forRule(LinesSum.ID);
      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Severity.ERROR, v.severity());
      // the lines less the figure's lowest: stated - (3 × stated - allowance)
      assertEquals(0, allowance.subtract(stated.multiply(BigDecimal.valueOf(2))).compareTo(
          (BigDecimal) v.argument("difference")), v::toString);
    });
  }

  @Test
  void anEstimatesAllowanceIsOnePercentOrHalfTheUnitItIsWrittenTo() {
    assertEquals(new BigDecimal("5000.00"), Hedge.ABOUT.allowance(new BigDecimal("180000")));
    assertEquals(new BigDecimal("5123.40"), Hedge.ABOUT.allowance(new BigDecimal("512340")));
    assertEquals(new BigDecimal("500.00"), Hedge.ABOUT.allowance(new BigDecimal("1000")));
    assertEquals(BigDecimal.ZERO, Hedge.EXACT.allowance(new BigDecimal("512340")));
    assertEquals(BigDecimal.ZERO, Hedge.AT_MOST.low(new BigDecimal("240000")));
    assertEquals(new BigDecimal("240000"), Hedge.AT_MOST.high(new BigDecimal("240000")));
  }

  @Test
  void anAidStatedAsAtMostTheCeilingOfAGreaterBoundIsNoError() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 100_000)).checkAssert((p, euros) -> {
      FundingPlan f = p.fundingPlan().orElseThrow();
      // "enintään": the aid line raised beyond the ceiling, but only as an upper bound
      Project bound = p.withFundingPlan(f.withLines(f.lines().stream().map(l -> l.source().name().equals("EU_AND_STATE")
          ? l.withApplied(l.applied().add(Eur.of(euros))).withAppliedHedge(Hedge.AT_MOST) : l).toList()));
      assertTrue(validator.validate(bound).forRule(AidCeiling.ID).isEmpty());
    });
  }
}
