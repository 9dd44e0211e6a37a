package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class AidCeilingTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project with aid at exactly 80 % of the net cost, rounded up to the cent, plus some cents. */
  private static Project aidAboveCeiling(Project p, long extraCents) {
    FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
    BigDecimal exact = Percentage.of(80).exactOf(net);
    FastMoney aid = Eur.of(exact.setScale(2, RoundingMode.UP)).add(Eur.ofCents(extraCents));
    return Mutations.withFunding(p, aid, FundingSource.OWN_MUNICIPAL);
  }

  @Test
  void aidAboveEightyPercentBeyondTheToleranceIsAWarningNamingTheExcess() {
    // at most 1 000 € too much: generated net costs are at least 14 000 €, so the aid stays below the net cost
    qt().forAll(ValidProjects.projects(), integers().between(101, 100_000)).checkAssert((p, cents) -> {
      Project broken = aidAboveCeiling(p, cents);
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), AidCeiling.ID, Severity.WARNING).get(0);
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      BigDecimal maximum = Percentage.of(80).exactOf(net);
      assertEquals("fundingPlan.EU_AND_STATE", v.path().toString());
      assertEquals(0, maximum.compareTo((BigDecimal) v.argument("maximum")));
      BigDecimal aid = Eur.decimal(broken.fundingPlan().orElseThrow().aidApplied());
      assertEquals(0, aid.subtract(maximum).compareTo((BigDecimal) v.argument("excess")));
    });
  }

  @Test
  void theMaximumKeepsTheDecimalsTheReportHasAlwaysWritten() {
    // the net cost's number as Money kept it when made from the figure: 100 000,00 as 1E+5, so 80 % of it is
    // written "80000", and 100 000,50 as 100000.5, so 80 % of it is "80000.400"
    qt().withExamples(10).forAll(ValidProjects.projects()).checkAssert(p -> {
      for (String[] netAndMaximum : new String[][] {{"100000", "80000"}, {"100000.50", "80000.400"}}) {
        Project net = p.withCostEstimate(p.costEstimate().orElseThrow()
            .withStatedNetApplied(Eur.of(new BigDecimal(netAndMaximum[0]))));
        Violation v = validator.validate(aidAboveCeiling(net, 10_000)).forRule(AidCeiling.ID).get(0);
        assertEquals(netAndMaximum[1], ((BigDecimal) v.argument("maximum")).toPlainString());
      }
    });
  }

  @Test
  void aidAboveEightyPercentWithinTheToleranceIsOnlyNoted() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 99)).checkAssert((p, cents) ->
        RuleAssertions.onlyRule(validator.validate(aidAboveCeiling(p, cents)), AidCeiling.ID, Severity.INFO));
  }

  @Test
  void aidOfExactlyEightyPercentIsFine() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      FastMoney aid = Eur.of(Percentage.of(80).exactOf(net).setScale(2, RoundingMode.DOWN));
      RuleAssertions.clean(validator.validate(Mutations.withFunding(p, aid, FundingSource.OWN_MUNICIPAL)));
    });
  }

  @Test
  void seedTwosSevenEurosTwentyCentsAreReportedInFinnish() {
    Project p = Mutations.withFunding(ValidProjects.sevenPercentExample(), Eur.of(1), FundingSource.OWN_MUNICIPAL);
    Project q = p.withCostEstimate(p.costEstimate().orElseThrow().withStatedNetApplied(Eur.of(1_368_111)));
    Project broken = Mutations.withFunding(q, Eur.of(1_094_496), FundingSource.OWN_MUNICIPAL);
    Validator v = Validator.builder().profile(ValidProjects.profile())
        .disable("COST-FLAT-RATE-CONDITIONS", "COST-NET-TOTAL").build();
    Violation found = RuleAssertions.onlyRule(v.validate(broken), AidCeiling.ID, Severity.WARNING).get(0);
    assertEquals("Haettava EU- ja valtion rahoitus 1\u00a0094\u00a0496,00\u00a0€ ylittää tuen enimmäismäärän 80\u00a0% "
        + "nettokustannuksista 1\u00a0368\u00a0111,00\u00a0€ (1\u00a0094\u00a0488,80\u00a0€) 7,20 eurolla. "
        + "Kehittämishankkeessa se on mahdollista vain erityisestä syystä (867/2021 4 § 1 mom.): pyydä peruste.",
        found.message(new Locale("fi")));
  }

  @Test
  void anInvestmentProjectsAidAboveSeventyPercentIsAnErrorForTheLawHasNoException() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 100_000)).checkAssert((p, cents) -> {
      Project investment = p.withPlacement(p.placement().withProjectType(fi.hanke.core.programme.ProjectType.INVESTMENT));
      FastMoney net = investment.costEstimate().orElseThrow().netAppliedAsStated();
      FastMoney aid = Eur.of(Percentage.of(70).exactOf(net).setScale(2, RoundingMode.UP)).add(Eur.ofCents(cents));
      Project broken = Mutations.withFunding(investment, aid, FundingSource.OWN_MUNICIPAL);
      Violation v = validator.validate(broken).forRule(AidCeiling.ID).get(0);
      assertEquals(Severity.ERROR, v.severity());
      assertEquals(AidCeiling.ID + ".investment", v.messageKey());
    });
  }

  @Test
  void onAGroupsTotalsTheAidMayBeOffByTheToleranceOncePerMemberBeforeItIsMoreThanRounding() {
    qt().forAll(ValidProjects.groups(), integers().between(1, 400)).checkAssert((g, cents) -> {
      Project plan = aidAboveCeiling(g.plan(), cents);
      List<Violation> found = validator.validate(g.withPlan(plan)).forRule(AidCeiling.ID);
      assertEquals(1, found.size(), found::toString);
      long rounding = 100L * g.members().size();
      // the aid was rounded up to the cent first, so the excess is within a cent above the cents added
      assertEquals(cents <= rounding - 1 ? Severity.INFO : cents > rounding ? Severity.WARNING : found.get(0).severity(),
          found.get(0).severity(), found::toString);
    });
  }

  @Test
  void withNoCostEstimateTheCeilingIsCheckedAgainstThePlansStatedTotal() {
    // the compact agenda form: "Haettu tuki / kokonaiskustannukset: X e / Y e", no cost lines at all
    qt().forAll(ValidProjects.projects(), integers().between(101, 100_000)).checkAssert((p, cents) -> {
      Project agenda = aidAboveCeiling(p, cents).withCostEstimate(java.util.Optional.empty());
      Violation v = RuleAssertions.onlyRule(validator.validate(agenda), AidCeiling.ID, Severity.WARNING).get(0);
      assertEquals(p.fundingPlan().orElseThrow().statedTotalApplied().orElseThrow(), v.argument("netCost"));
    });
  }

  @Test
  void theCompactAgendaFormAtExactlyEightyPercentIsNoFinding() {
    // "Haettu tuki / kokonaiskustannukset: 312 400 e / 390 500 e"
    Project agenda = Project.builder()
        .fundingPlan(fi.hanke.core.funding.FundingPlan.builder().coverage(fi.hanke.core.Coverage.PARTIAL)
            .addLine(fi.hanke.core.funding.FundingLine.builder().source(FundingSource.EU_AND_STATE)
                .applied(Eur.of(312_400)).build())
            .statedTotalApplied(Eur.of(390_500)).build())
        .build();
    ValidationReport report = validator.validate(agenda);
    assertEquals(List.of(), report.violations());
    assertTrue(report.coverage().checked().contains(AidCeiling.ID));
    assertTrue(report.coverage().uncheckedRules().contains("COST-NET-TOTAL"));
  }
}
