package fi.hanke.examples.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.WorkPackage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Documents that state only part of a table, hedge a figure, or state nothing at all. */
class PartialDocumentsTest {
  private static final Locale FI = new Locale("fi");

  @Test
  void aPartialPlanWithoutTotalShowsItsStatedLinesWithoutSharesAndWithoutACeilingLine() {
    // a council's minute: only the city's own share is stated
    Project project = Project.builder().name("Pöytäkirjan hanke")
        .fundingPlan(FundingPlan.builder().coverage(Coverage.PARTIAL)
            .addLine(FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(Eur.of(30_000)).build())
            .build())
        .build();
    ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(project), FI);
    Document svg = SvgDocuments.parse(pictures.fundingPlan().orElseThrow());
    String shown = String.join("\n", SvgDocuments.texts(svg));
    assertTrue(shown.contains("(1) 2 Omarahoitus: kuntarahoitus: 30\u00A0000,00\u00A0€"), shown);
    assertFalse(shown.contains("%)"), "no share without a known total: " + shown);
    assertTrue(shown.contains("Osuuksia ei esitetä, koska rahoituksen kokonaismäärää ei ole esitetty."), shown);
    assertTrue(shown.contains("osittainen: vain esitetyt rivit"), shown);
    assertTrue(shown.contains("Tuen enimmäismäärää ei piirretä"), shown);
    assertEquals(List.of("Kustannusarviota ei ole esitetty.", "Työpaketteja ei ole esitetty."), pictures.notDrawn());
  }

  @Test
  void withoutANetCostTheCeilingIsMeasuredAgainstTheStatedFundingTotalAndSaysSo() {
    Project project = Project.builder()
        .fundingPlan(FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(80_000)).build())
            .addLine(FundingLine.builder().source(FundingSource.OWN_OTHER_PUBLIC).applied(Eur.of(20_000)).build())
            .statedTotalApplied(Eur.of(100_000)).statedTotalAppliedHedge(Hedge.ABOUT)
            .build())
        .build();
    String shown = String.join("\n", SvgDocuments.texts(SvgDocuments.parse(
        ProjectPictures.of(HankeDocument.of(project), new Locale("sv")).fundingPlan().orElseThrow())));
    assertTrue(shown.contains("Stödets maximibelopp 80\u00A0% av finansieringens totalbelopp cirka 100\u00A0000,00\u00A0€"),
        shown);
    assertTrue(shown.contains("80\u00A0000,00\u00A0€ (80\u00A0%)"), shown);
  }

  @Test
  void hedgedAmountsKeepTheirWordAndIncomeIsShownBelowZero() {
    Project project = Project.builder()
        .costEstimate(CostEstimate.builder()
            .addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(100_000))
                .appliedHedge(Hedge.AT_MOST).build())
            .addLine(CostLine.builder().category(CostCategory.INCOME).applied(Eur.of(5_000)).build())
            .build())
        .build();
    List<String> shown = SvgDocuments.texts(SvgDocuments.parse(
        ProjectPictures.of(HankeDocument.of(project), Locale.ENGLISH).costStructure().orElseThrow()));
    assertTrue(shown.contains("at most €100,000.00"), shown.toString());
    assertTrue(shown.contains("-€5,000.00"), shown.toString());
  }

  @Test
  void markupInTheDocumentsWordsStaysTextAndTheSvgStaysWellFormed() {
    Project project = Project.builder().name("<b>R&D</b> \"hanke\" 'x'")
        .start(LocalDate.of(2025, 1, 1)).end(LocalDate.of(2025, 12, 31))
        .addWorkPackage(WorkPackage.builder().code("TP<1>&'\"").title("Suunnittelu & <toteutus>")
            .addPeriod(MonthPeriod.parse("1/25-6/25")).addResponsibleMember("Oy <Ab> & Co").build())
        .build();
    String timeline = ProjectPictures.of(HankeDocument.of(project), FI).timeline().orElseThrow();
    Document svg = SvgDocuments.parse(timeline);
    assertEquals("Työpaketit ja hankkeen toteutusaika: <b>R&D</b> \"hanke\" 'x'", SvgDocuments.only(svg, "title"));
    assertEquals(List.of("TP<1>&'\""), SvgDocuments.workPackageBars(svg));
    assertTrue(SvgDocuments.only(svg, "desc").contains("vastuussa: Oy <Ab> & Co"));
  }

  @Test
  void aWorkPackageWithoutAPeriodIsNamedInItsRowWithoutABar() {
    Project project = Project.builder()
        .addWorkPackage(WorkPackage.builder().code("1").title("Ajoitettu").addPeriod(MonthPeriod.parse("3/25-5/25"))
            .build())
        .addWorkPackage(WorkPackage.builder().code("2").title("Ajoittamaton").build())
        .build();
    Document svg = SvgDocuments.parse(ProjectPictures.of(HankeDocument.of(project), FI).timeline().orElseThrow());
    assertEquals(List.of("1"), SvgDocuments.workPackageBars(svg));
    String shown = String.join(" ", SvgDocuments.texts(svg));
    assertTrue(shown.contains("ajankohtaa ei ole esitetty"), shown);
    assertTrue(shown.contains("Hankkeen toteutusaikaa ei ole esitetty."), shown);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsNamedAndNotDrawnTurnedRound() {
    Project project = Project.builder()
        .addWorkPackage(WorkPackage.builder().code("1").title("Väärin päin")
            .addPeriod(MonthPeriod.of(YearMonth.of(2026, 5), YearMonth.of(2026, 3))).build())
        .addWorkPackage(WorkPackage.builder().code("2").title("Oikein").addPeriod(MonthPeriod.parse("1/26-2/26"))
            .build())
        .build();
    Document svg = SvgDocuments.parse(ProjectPictures.of(HankeDocument.of(project), FI).timeline().orElseThrow());
    assertEquals(List.of("2"), SvgDocuments.workPackageBars(svg));
    assertTrue(SvgDocuments.only(svg, "desc").contains("päättyy ennen alkuaan: 5/2026–3/2026"));
    Project onlyReversed = project.withWorkPackages(project.workPackages().get(0));
    assertEquals(List.of("Rahoitussuunnitelmaa ei ole esitetty.", "Kustannusarviota ei ole esitetty.",
        "Jokainen työpakettien ajankohta päättyy ennen alkuaan."),
        ProjectPictures.of(HankeDocument.of(onlyReversed), FI).notDrawn());
  }

  @Test
  void zeroAndNegativeAmountsAndADecadeLongPeriodStillDraw() {
    Project project = Project.builder()
        .start(LocalDate.of(2021, 1, 1)).end(LocalDate.of(2035, 12, 31))
        .costEstimate(CostEstimate.builder()
            .addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.zero()).build()).build())
        .fundingPlan(FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(1_000)).build())
            .addLine(FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(Eur.of(-200)).build())
            .build())
        .addWorkPackage(WorkPackage.builder().code("1").title("Pitkä").addPeriod(MonthPeriod.parse("1/21-12/35"))
            .build())
        .build();
    ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(project), FI);
    assertEquals(3, pictures.all().size(), pictures.notDrawn().toString());
    pictures.all().values().forEach(SvgDocuments::parse);
    String funding = String.join("\n", SvgDocuments.texts(SvgDocuments.parse(pictures.fundingPlan().orElseThrow())));
    assertTrue(funding.contains("-200,00\u00A0€"), funding);
    assertTrue(funding.contains("Rahoitus yhteensä 800,00\u00A0€"), funding);
  }

  @Test
  void anEmptyDocumentDrawsNothingAndSaysWhyForEachPicture() {
    ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(Project.builder().build()), Locale.ENGLISH);
    assertEquals(List.of(), List.copyOf(pictures.all().keySet()));
    assertEquals(List.of("The funding plan is not stated.", "The cost estimate is not stated.",
        "No work packages are stated."), pictures.notDrawn());
  }

  @Test
  void aNullArgumentIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ProjectPictures.of(null, FI));
    assertEquals("document", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> ProjectPictures.of(HankeDocument.of(Project.builder().build()), null));
    assertEquals("language", e.getMessage());
  }
}
