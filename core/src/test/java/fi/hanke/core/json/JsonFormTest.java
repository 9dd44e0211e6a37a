package fi.hanke.core.json;

import static fi.hanke.core.json.HostileInputTest.only;
import static fi.hanke.core.json.HostileInputTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.JsonProblem.Kind;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.WorkPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The JSON forms hanke/1 chose for the values that JSON has no type for, and how strictly they are read. */
class JsonFormTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final String HEADER = "{\"format\": \"hanke/1\", \"kind\": \"project\", ";

  private static Project read(String fields) {
    return JSON.readProject(HEADER + fields + "}");
  }

  private static JsonProblem problem(String fields, Kind kind) {
    return only(problems(JSON, HEADER + fields + "}"), kind);
  }

  private static String amountField(String amount) {
    return "\"costEstimate\": {\"statedNetApplied\": " + amount + "}";
  }

  private static BigDecimal amount(String text) {
    return Eur.decimal(read(amountField(text)).costEstimate().orElseThrow().statedNetApplied().orElseThrow());
  }

  @Test
  void amountsAreStringsWrittenWithTwoDecimalsAndReadExactly() {
    Project project = Project.builder().costEstimate(CostEstimate.builder().statedNetApplied(Eur.of(273_907))
        .addLine(CostLine.builder().category(CostCategory.INCOME).applied(Eur.parse("-20.5")).build()).build()).build();
    String json = JSON.write(project);
    assertTrue(json.contains("\"statedNetApplied\": \"273907.00\""), json);
    assertTrue(json.contains("\"applied\": \"-20.50\""), json);
    assertEquals(new BigDecimal("1.00"), amount("\"1\""));
    assertEquals(new BigDecimal("1.50"), amount("\"1.5\""));
    assertEquals(new BigDecimal("-0.05"), amount("\"-0.05\""));
    assertEquals(new BigDecimal("9999999999999.99"), amount("\"9999999999999.99\""));
  }

  @Test
  void anAmountThatIsANumberFinerThanACentOrOddlyWrittenIsRefused() {
    assertTrue(problem(amountField("1.5"), Kind.WRONG_TYPE).detail().contains("not JSON numbers"));
    assertEquals("1.001", problem(amountField("\"1.001\""), Kind.SUB_CENT_AMOUNT).value().orElseThrow());
    assertEquals("$.costEstimate.statedNetApplied", problem(amountField("\"1.000\""), Kind.SUB_CENT_AMOUNT).path());
    for (String odd : new String[] {"1,00", " 1.00", "1.00 ", "1.", ".5", "+1", "1e5", "", "-", "1 000.00", "€1",
        "0x10", "١"}) {
      problem(amountField("\"" + odd + "\""), Kind.INVALID_VALUE);
    }
    assertTrue(problem(amountField("\"" + "9".repeat(14) + "\""), Kind.INVALID_VALUE).detail().contains("15 digits"));
  }

  @Test
  void percentagesAndPointsAreExactDecimalStrings() {
    Project project = Project.builder()
        .fundingPlan(FundingPlan.builder().statedAidRate(Percentage.parse("1.50"))
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(1))
                .statedShare(Percentage.of(80)).build()).build())
        .assessment(Assessment.builder().points(new BigDecimal("20.50")).maximumPoints(BigDecimal.valueOf(39)).build())
        .build();
    String json = JSON.write(project);
    assertTrue(json.contains("\"statedAidRate\": \"1.5\""), json);
    assertTrue(json.contains("\"statedShare\": \"80\""), json);
    assertTrue(json.contains("\"points\": \"20.50\""), json);
    assertTrue(json.contains("\"maximumPoints\": \"39\""), json);
    assertEquals(project, JSON.readProject(json));
    problem("\"assessment\": {\"points\": 20.5}", Kind.WRONG_TYPE);
    problem("\"assessment\": {\"points\": \"-1\"}", Kind.INVALID_VALUE);
    problem("\"fundingPlan\": {\"statedAidRate\": \"80 %\"}", Kind.INVALID_VALUE);
  }

  @Test
  void datesAreIsoCalendarDates() {
    assertEquals(LocalDate.of(2025, 9, 1), read("\"start\": \"2025-09-01\"").start().orElseThrow());
    assertTrue(problem("\"start\": \"2025-02-30\"", Kind.INVALID_VALUE).detail().startsWith("no such day"));
    for (String odd : new String[] {"2025-9-1", "1.9.2025", "2025-09-01T00:00", "+2025-09-01", "20250901"}) {
      assertEquals("$.start", problem("\"start\": \"" + odd + "\"", Kind.INVALID_VALUE).path());
    }
    problem("\"start\": 20250901", Kind.WRONG_TYPE);
    Project tooLate = Project.builder().start(LocalDate.of(10_000, 1, 1)).build();
    assertThrows(IllegalArgumentException.class, () -> JSON.write(tooLate));
  }

  @Test
  void aPeriodOfMonthsIsAnIsoIntervalOfItsFirstAndLastMonth() {
    Project project = Project.builder().addWorkPackage(WorkPackage.builder().code("TP1").title("Valmennus")
        .addPeriod(MonthPeriod.parse("9/25-8/27")).build()).build();
    assertTrue(JSON.write(project).contains("\"periods\": [\n        \"2025-09/2027-08\"\n      ]"), JSON.write(project));
    assertEquals(project, JSON.readProject(JSON.write(project)));
    for (String odd : new String[] {"9/25-8/27", "2025-13/2026-01", "2025-09--2027-08", "2025-09/2027-8"}) {
      problem("\"workPackages\": [{\"code\": \"TP1\", \"title\": \"t\", \"periods\": [\"" + odd + "\"]}]",
          Kind.INVALID_VALUE);
    }
  }

  @Test
  void aBusinessIdWithAWrongCheckDigitIsReadButAMalformedOneIsAProblem() {
    String org = "\"applicant\": {\"name\": \"Yritys Oy\", \"kind\": \"COMPANY\", \"businessId\": \"%s\"}";
    BusinessId typo = read(String.format(org, "0600598-7")).applicant().orElseThrow().businessId().orElseThrow();
    assertFalse(typo.hasValidCheckDigit());
    for (String odd : new String[] {"0600598 8", "600598-8", " 0600598-8", "0600598-88", "FI06005988", ""}) {
      JsonProblem problem = problem(String.format(org, odd), Kind.MALFORMED_BUSINESS_ID);
      assertEquals("$.applicant.businessId", problem.path());
      assertEquals(odd, problem.value().orElseThrow());
    }
  }

  @Test
  void enumerationsAreTheirConstantNamesExactly() {
    assertEquals("FLAT_RATE_40", read("\"costModel\": {\"option\": \"FLAT_RATE_40\"}").costModel().orElseThrow()
        .option().name());
    JsonProblem problem = problem("\"costModel\": {\"option\": \"flat_rate_40\"}", Kind.INVALID_VALUE);
    assertTrue(problem.detail().contains("FLAT_RATE_40, FLAT_RATE_7, FLAT_RATE_1_5"), problem.detail());
  }

  @Test
  void regionsAndMunicipalitiesAreStatisticalCodesOfTheCatalogue() {
    Project project = read("\"regions\": [\"12\", \"21\"], \"municipalities\": [\"090\", \"099\"]");
    assertEquals(Regions.finland().region("Pohjois-Karjala"), project.regions().get(0));
    assertEquals("Ahvenanmaa", project.regions().get(1).nameFi());
    assertEquals("Heinävesi", project.municipalities().get(0).nameFi());
    assertEquals("Honkajoki", project.municipalities().get(1).nameFi());
    for (String odd : new String[] {"1", "Pohjois-Karjala", "99", "012"}) {
      assertEquals("$.regions[0]", problem("\"regions\": [\"" + odd + "\"]", Kind.INVALID_VALUE).path());
    }
    problem("\"municipalities\": [\"90\"]", Kind.INVALID_VALUE);
    problem("\"regions\": [12]", Kind.WRONG_TYPE);
  }

  @Test
  void aRegionThatIsNotTheCataloguesEntryCannotBeWritten() {
    Region catalogue = Regions.finland().region("12");
    Region homemade = Region.builder().from(catalogue).nameFi("Karjala").build();
    assertThrows(IllegalArgumentException.class, () -> JSON.write(Project.builder().addRegion(homemade).build()));
  }

  @Test
  void integersHaveNoFractionNoExponentAndStayInRange() {
    assertEquals(4, read("\"placement\": {\"priority\": 4}").placement().priority().orElseThrow());
    problem("\"placement\": {\"priority\": 4.0}", Kind.WRONG_TYPE);
    problem("\"placement\": {\"priority\": \"4\"}", Kind.WRONG_TYPE);
    problem("\"placement\": {\"priority\": 2147483648}", Kind.INVALID_VALUE);
    String target = "\"targets\": [{\"description\": \"yritystä\", \"quantity\": %s}]";
    assertEquals(Long.MAX_VALUE, read(String.format(target, Long.MAX_VALUE)).targets().get(0).quantity());
    assertEquals("$.targets[0].quantity", problem(String.format(target, "-1"), Kind.INVALID_VALUE).path());
    problem(String.format(target, "9223372036854775808"), Kind.INVALID_VALUE);
  }

  @Test
  void nullIsAWrongTypeForEveryField() {
    assertTrue(problem("\"name\": null", Kind.WRONG_TYPE).detail().contains("omit the field"));
    problem("\"nationwide\": \"true\"", Kind.WRONG_TYPE);
    problem("\"regions\": null", Kind.WRONG_TYPE);
  }

  @Test
  void aBlankIdentifierIsAnInvalidValueAtItsPath() {
    assertEquals("$.name", problem("\"name\": \"  \"", Kind.INVALID_VALUE).path());
    assertEquals("$.workPackages[0].code",
        problem("\"workPackages\": [{\"code\": \"\", \"title\": \"t\"}]", Kind.INVALID_VALUE).path());
  }

  @Test
  void emptyOptionalsAndListsAreLeftOutAndDefaultsAreWritten() {
    String json = JSON.write(Project.builder().name("Tyhjä").costEstimate(CostEstimate.builder().build()).build());
    assertFalse(json.contains("[]") || json.contains("regions") || json.contains("applicant"), json);
    assertTrue(json.contains("\"layout\": \"EURA\""), json);
    assertTrue(json.contains("\"projectType\": \"DEVELOPMENT\""), json);
    assertEquals(Project.builder().name("Tyhjä").build(), read("\"name\": \"Tyhjä\", \"regions\": [], \"targets\": []"));
  }

  @Test
  void amountsByYearAreAnObjectKeyedByYearInYearOrder() {
    CostLine line = CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(3))
        .putAppliedByYear(Year.of(2026), Eur.of(2)).putAppliedByYear(Year.of(2025), Eur.of(1)).build();
    String json = JSON.write(Project.builder().costEstimate(CostEstimate.builder().addLine(line).build()).build());
    assertTrue(json.contains("\"appliedByYear\": {\n          \"2025\": \"1.00\",\n          \"2026\": \"2.00\"\n"),
        json);
    String yearly = "\"costEstimate\": {\"lines\": [{\"category\": \"STAFF\", \"applied\": \"1.00\","
        + " \"appliedByYear\": {\"%s\": \"1.00\"}}]}";
    assertEquals("$.costEstimate.lines[0].appliedByYear['25']",
        problem(String.format(yearly, "25"), Kind.INVALID_VALUE).path());
  }

  @Test
  void theKindMayComeAfterTheFieldsWhichThenTellIt() {
    Project project = JSON.readProject("{\"name\": \"Myöhään\", \"format\": \"hanke/1\", \"kind\": \"project\"}");
    assertEquals("Myöhään", project.name().orElseThrow());
    GroupProject group = JSON.readGroupProject("{\"plan\": {}, \"kind\": \"groupProject\", \"format\": \"hanke/1\"}");
    assertEquals(Project.builder().build(), group.plan());
    JsonProblem contradiction = only(problems(JSON, "{\"format\": \"hanke/1\", \"plan\": {}, \"kind\": \"project\"}"),
        Kind.INVALID_VALUE);
    assertEquals("$.kind", contradiction.path());
  }

  @Test
  void aMissingOrUnknownKindIsAProblemAtKind() {
    JsonProblem missing = only(problems(JSON, "{\"format\": \"hanke/1\", \"name\": \"x\"}"), Kind.MISSING_FIELD);
    assertEquals("$.kind", missing.path());
    JsonProblem unknown = only(problems(JSON, "{\"format\": \"hanke/1\", \"kind\": \"hanke\"}"), Kind.INVALID_VALUE);
    assertEquals("hanke", unknown.value().orElseThrow());
  }

  @Test
  void readingTheWrongKindIsAProblemAtKind() {
    String group = JSON.write(GroupProject.builder().plan(Project.builder().build()).build());
    JsonProblem problem = only(assertThrows(HankeJsonException.class, () -> JSON.readProject(group)).problems(),
        Kind.INVALID_VALUE);
    assertEquals("$.kind", problem.path());
    assertEquals(3, problem.line());
    assertTrue(problem.detail().contains("expected a document of kind project"), problem.detail());
    String project = JSON.write(Project.builder().build());
    assertEquals("$.kind", assertThrows(HankeJsonException.class, () -> JSON.readGroupProject(project)).problems()
        .get(0).path());
  }

  @Test
  void aMissingOrOtherFormatIsUnsupported() {
    JsonProblem other = only(problems(JSON, "{\"format\": \"hanke/2\", \"kind\": \"project\"}"),
        Kind.UNSUPPORTED_FORMAT);
    assertEquals("$.format", other.path());
    assertEquals("hanke/2", other.value().orElseThrow());
    assertEquals("$.format", only(problems(JSON, "{\"kind\": \"project\"}"), Kind.UNSUPPORTED_FORMAT).path());
  }

  @Test
  void aRequiredFieldDeletedIsMissingAtItsPathReportedAtItsObject() {
    JsonProblem problem = only(problems(JSON, HEADER + "\n\"costEstimate\": {\"lines\": [\n  {\"applied\": \"1.00\"}]}}"),
        Kind.MISSING_FIELD);
    assertEquals("$.costEstimate.lines[0].category", problem.path());
    assertEquals(3, problem.line());
    assertEquals(3, problem.column());
    assertEquals("$.plan", only(problems(JSON, "{\"format\": \"hanke/1\", \"kind\": \"groupProject\"}"),
        Kind.MISSING_FIELD).path());
  }

  @Test
  void anOddFieldNameIsQuotedInThePath() {
    assertEquals("$['we\\'ird name']", problem("\"we'ird name\": 1", Kind.UNKNOWN_FIELD).path());
    assertEquals("$['äiti']", problem("\"äiti\": 1", Kind.UNKNOWN_FIELD).path());
  }
}
