package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.Programmes;
import fi.hanke.examples.seeds.Seeds;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seeds' known problems, found as findings with the documents' amounts. */
class SeedFindingsTest {
  private final Validator validator = Validator.of(Programmes.finland2021to2027());

  private static Violation only(ValidationReport report, String ruleId, String path) {
    List<Violation> found = report.forRule(ruleId);
    assertEquals(1, found.stream().filter(v -> v.path().toString().equals(path)).count(), () -> ruleId + " at " + path + " in " + report);
    return found.stream().filter(v -> v.path().toString().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void digiFocusFlatRateLineIsNotSevenPercentOfItsDirectCosts() {
    ValidationReport report = validator.validate(Seeds.digiFocus());
    Violation v = only(report, "COST-FLAT-RATE-LINE", "plan.costEstimate.FLAT_RATE");
    assertEquals(Severity.ERROR, v.severity());
    assertEquals(Eur.of(273_907), v.argument("actual"));
    assertEquals(Eur.of(1_114_954), v.argument("baseAmount"));
    assertEquals(0, new BigDecimal("78046.78").compareTo((BigDecimal) v.argument("expected")));
    assertTrue(v.message(new Locale("fi")).startsWith("Flat rate -osuus 273\u00a0907,00\u00a0€ ei vastaa 7\u00a0%:a välittömistä kustannuksista"));
  }

  @Test
  void digiFocusDoesNotMeetTheConditionsOfTheSevenPercentOption() {
    Violation v = only(validator.validate(Seeds.digiFocus()), "COST-FLAT-RATE-CONDITIONS", "plan.costModel.option");
    assertEquals(Eur.of(974_422), v.argument("staff"));
    assertEquals(Percentage.parse("12.62"), v.argument("purchasedShare"));
    assertEquals(Percentage.parse("0.75"), v.argument("travelShare"));
  }

  @Test
  void digiFocusAidExceedsEightyPercentBySevenEurosTwentyCents() {
    Violation v = only(validator.validate(Seeds.digiFocus()), "FUNDING-AID-CEILING", "plan.fundingPlan.EU_AND_STATE");
    assertEquals(Severity.ERROR, v.severity());
    assertEquals(0, new BigDecimal("1094488.80").compareTo((BigDecimal) v.argument("maximum")));
    assertEquals(0, new BigDecimal("7.20").compareTo((BigDecimal) v.argument("excess")));
  }

  @Test
  void hallitustyoFundingLinesExceedTheNetCostByTheExternalPrivateEightThousandSixHundred() {
    Violation v = only(validator.validate(Seeds.hallitustyostaLisaaAsiakasarvoa()), "FUNDING-LINES-SUM",
        "plan.fundingPlan.statedTotalApplied");
    assertEquals(Eur.of(448_536), v.argument("sum"));
    assertEquals(Eur.of(439_936), v.argument("stated"));
    assertEquals(0, new BigDecimal("8600").compareTo((BigDecimal) v.argument("difference")));
  }

  @Test
  void theRoundingDifferencesOfSeedsZeroAndOneAreOnlyNoted() {
    Violation a = only(validator.validate(Seeds.tekoalyJaVerkkokauppa()), "FUNDING-AID-CEILING", "fundingPlan.EU_AND_STATE");
    assertEquals(Severity.INFO, a.severity());
    assertEquals(0, new BigDecimal("0.60").compareTo((BigDecimal) a.argument("excess")));
    Violation b = only(validator.validate(Seeds.metaPilotFactory()), "FUNDING-AID-CEILING", "plan.fundingPlan.EU_AND_STATE");
    assertEquals(Severity.INFO, b.severity());
    assertEquals(0, new BigDecimal("0.20").compareTo((BigDecimal) b.argument("excess")));
  }

  @Test
  void seedsZeroOneAndFourHaveNoError() {
    assertTrue(validator.validate(Seeds.tekoalyJaVerkkokauppa()).isApprovable());
    assertTrue(validator.validate(Seeds.metaPilotFactory()).isApprovable());
    assertTrue(validator.validate(Seeds.kestavanKasvunVoimallaParempaaBisnesta()).isApprovable());
  }

  @Test
  void metaPilotFactorysEakrLabelOnAJtfPriorityIsAWarning() {
    // "Haettu EAKR- ja valtion rahoitus" on TL 7, which the JTF finances (audit-2026.md §3 rank 7)
    Violation v = only(validator.validate(Seeds.metaPilotFactory()), "PROGRAMME-FUND-LABEL", "plan.fundingPlan.EU_AND_STATE.label");
    assertEquals(Severity.WARNING, v.severity());
    assertEquals("Haettu EAKR- ja valtion rahoitus", v.argument("label"));
    assertEquals(fi.hanke.core.programme.Fund.ERDF, v.argument("fund"));
    assertEquals(7L, v.argument("priority"));
  }

  @Test
  void theAuditorsNewRulesFindNothingElseInTheSeeds() {
    // 000/001 lie in Pohjois-Pohjanmaa and 004 in Kemi (Lappi), all in the JTF territory; 002 charges fees and books
    // 20 750 € income; no seed uses real costs, a 1,5 % model, or a municipal applicant with VAT
    List<String> ids = List.of("COST-OPTION-PROJECT-TYPE", "COST-OPTION-FUNDER", "COST-SIMPLIFIED-COSTS-REQUIRED", "COST-MUNICIPAL-VAT",
        "PROGRAMME-FUND-TERRITORY", "WORK-FEES-WITHOUT-INCOME");
    for (fi.hanke.examples.seeds.Seed seed : Seeds.all()) {
      ValidationReport r = seed.project().map(validator::validate).orElseGet(() -> validator.validate(seed.group().orElseThrow()));
      for (String id : ids) {
        assertEquals(List.of(), r.forRule(id), () -> seed.fileName() + " " + id);
      }
      assertEquals(seed.fileName().startsWith("001") ? 1 : 0, r.forRule("PROGRAMME-FUND-LABEL").size(), seed::fileName);
    }
  }

  @Test
  void digiFocusSelectsCompaniesAndChargesThemFeesWithoutDeMinimis() {
    // "Hankkeessa ei käytetä De minimis -tuettuja palveluita", yet TP2–TP6 charge companies fees and TP4–TP6 take
    // at most 10/12/16 companies (audit-2026.md §3 rank 1)
    Violation v = only(validator.validate(Seeds.digiFocus()), "WORK-COMPANY-SERVICES-WITHOUT-DE-MINIMIS", "plan.deMinimisServices");
    assertEquals(Severity.WARNING, v.severity());
    assertEquals(List.of("TP2", "TP3", "TP4", "TP5", "TP6"), v.argument("workPackages"));
  }
}
