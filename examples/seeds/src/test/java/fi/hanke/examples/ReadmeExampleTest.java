package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code example of README.md, kept here so that it compiles and does what the README says. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleFindsTheAidAboveEightyPercent() {
    // --- README example begins ---
    Project project = Project.builder()
        .name("Kokeiluhanke")
        .start(LocalDate.of(2025, 1, 1)).end(LocalDate.of(2026, 12, 31))
        .costModel(CostModel.builder().option(CostOption.FLAT_RATE_40).build())
        .costEstimate(CostEstimate.builder()
            .addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(200_000)).build())
            .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(Eur.of(80_000)).build())
            .statedNetApplied(Eur.of(280_000))
            .build())
        .fundingPlan(FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(225_000)).build())
            .addLine(FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(Eur.of(55_000)).build())
            .statedTotalApplied(Eur.of(280_000))
            .build())
        .build();

    ValidationReport report = Validator.of(Programmes.finland2021to2027()).validate(project);
    System.out.println(report.toText(new Locale("fi")));
    // WARNING FUNDING-AID-CEILING   fundingPlan.EU_AND_STATE
    //         Haettava EU- ja valtion rahoitus 225 000,00 € ylittää tuen enimmäismäärän 80 %
    //         nettokustannuksista 280 000,00 € (224 000,00 €) 1 000,00 eurolla. Kehittämishankkeessa se on
    //         mahdollista vain erityisestä syystä (867/2021 4 § 1 mom.): pyydä peruste.
    //         Määrät ja ehdot hankkeen alkamispäivän 1.1.2025 mukaan, koska tukipäätöksen ja hakemuksen
    //         päiviä ei ole esitetty.
    // --- README example ends ---
    // over 80 % needs a special reason in a development project (867/2021 §4(1)): a WARNING, not an ERROR
    assertEquals(Severity.WARNING, report.violations().get(0).severity());
    assertEquals(List.of("FUNDING-AID-CEILING"), report.ruleIds());
  }

  @Test
  void theReadmeJsonExampleGivesTheProjectBack() {
    Project project = Project.builder().name("Kokeiluhanke").start(LocalDate.of(2025, 1, 1)).build();
    // --- README JSON example begins ---
    HankeJson json = HankeJson.standard();
    String text = json.write(project);
    Project again = json.readProject(text);
    // --- README JSON example ends ---
    assertEquals(project, again);
  }
}
