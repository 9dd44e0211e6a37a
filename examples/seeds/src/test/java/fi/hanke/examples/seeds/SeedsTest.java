package fi.hanke.examples.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.Coverage;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class SeedsTest {

  private static FastMoney eur(long euros) {
    return Eur.of(euros);
  }

  // --- 000 -------------------------------------------------------------------------------------------

  @Test
  void seed000TargetsKeepTheirAtLeastAndAboutWording() {
    Project p = Seeds.tekoalyJaVerkkokauppa();
    assertEquals(java.util.Optional.of(fi.hanke.core.work.TargetBound.AT_LEAST),
        p.workPackages().get(0).targets().get(0).bound());
    assertEquals(java.util.Optional.of(fi.hanke.core.work.TargetBound.ABOUT),
        p.workPackages().get(1).targets().get(1).bound());
  }

  @Test
  void seed000HasNoNameAndScored20AndAHalfOutOf39WithNet510503() {
    Project p = Seeds.tekoalyJaVerkkokauppa();
    assertTrue(p.name().isEmpty(), "the document gives no project name");
    Assessment a = p.assessment().orElseThrow();
    assertEquals(0, new BigDecimal("20.5").compareTo(a.points().orElseThrow()));
    assertEquals(0, BigDecimal.valueOf(39).compareTo(a.maximumPoints().orElseThrow()));
    assertEquals("MAKO KT 3 B", a.regionalProgrammeLink().orElseThrow());
    assertEquals(4, a.meetings().size());
    assertEquals(LocalDate.of(2023, 9, 28), a.meetings().get(3).date());

    CostEstimate c = p.costEstimate().orElseThrow();
    assertEquals(eur(364_645), c.applied(CostCategory.STAFF));
    assertEquals(eur(145_858), c.applied(CostCategory.FLAT_RATE));
    assertEquals(eur(510_503), c.statedNetApplied().orElseThrow());
    assertEquals(eur(510_503), c.netApplied());
    assertEquals(CostOption.FLAT_RATE_40, p.costModel().orElseThrow().option());

    FundingPlan f = p.fundingPlan().orElseThrow();
    assertEquals(eur(408_403), f.aidApplied());
    assertEquals(eur(102_100), f.applied(FundingSource.OWN_OTHER_PUBLIC));
    assertEquals(Percentage.of(80), f.statedAidRate().orElseThrow());
    assertEquals(eur(510_503), f.totalApplied());

    assertEquals(7, p.placement().priority().orElseThrow());
    assertEquals("7.1", p.placement().specificObjective().orElseThrow());
    assertTrue(p.placement().fund().isEmpty());
    assertEquals(List.of("1", "2", "3", "4"), codes(p));
    Target blogs = p.workPackage("3").orElseThrow().targets().get(0);
    assertEquals(25, blogs.quantity());
    assertEquals(30L, blogs.upTo().orElseThrow());
    Target participants = p.targets().get(1);
    assertEquals(170, participants.quantity());
    assertFalse(participants.breakdowns().get(0).complete());
    assertEquals(34, participants.breakdowns().get(0).total());
  }

  // --- 001 -------------------------------------------------------------------------------------------

  @Test
  void seed001ScoredTwentyFourOutOf44AndCosts942616InTheRegionalCouncilLayout() {
    GroupProject g = Seeds.metaPilotFactory();
    Project p = g.plan();
    assertEquals("Meta Pilot Factory", p.name().orElseThrow());
    assertEquals(DocumentKind.COOPERATION_GROUP_PRESENTATION, p.documentKind().orElseThrow());
    assertEquals(List.of("900378", "900488", "900489"), g.applicationNumbers());
    assertTrue(g.members().stream().allMatch(m -> m.applicationNumber().isEmpty()));
    assertTrue(g.members().stream().allMatch(m -> m.organisation().businessId().isEmpty()));
    assertEquals("Oulun Ammattikorkeakoulu Oy", g.mainImplementer().orElseThrow().organisation().name());
    assertEquals(List.of("Oulun Yliopisto", "Centria-ammattikorkeakoulu Oy"), g.members().stream()
        .filter(m -> m.role() == MemberRole.CO_IMPLEMENTER).map(m -> m.organisation().name())
        .collect(Collectors.toList()));

    CostEstimate c = p.costEstimate().orElseThrow();
    assertEquals(CostLayout.REGIONAL_COUNCIL, c.layout());
    assertEquals(eur(673_297), c.applied(CostCategory.STAFF));
    assertEquals(eur(269_319), c.applied(CostCategory.FLAT_RATE));
    assertEquals(eur(942_616), c.statedNetApplied().orElseThrow());
    assertEquals(eur(942_616), c.netApplied());
    assertTrue(p.costModel().isEmpty());

    FundingPlan f = p.fundingPlan().orElseThrow();
    assertEquals(eur(754_093), f.aidApplied());
    assertEquals("Haettu EAKR- ja valtion rahoitus", f.line(FundingSource.EU_AND_STATE).orElseThrow().label()
        .orElseThrow());
    assertEquals(eur(188_523), f.applied(FundingSource.OTHER_PUBLIC));
    assertEquals(eur(942_616), f.statedTotalApplied().orElseThrow());

    assertEquals(7, p.placement().priority().orElseThrow());
    assertEquals("7.1", p.placement().specificObjective().orElseThrow());
    assertTrue(p.placement().fund().isEmpty(), "EAKR is printed, but TL 7 is the JTF's: left empty");

    Assessment a = p.assessment().orElseThrow();
    assertEquals(0, BigDecimal.valueOf(24).compareTo(a.points().orElseThrow()));
    assertEquals(0, BigDecimal.valueOf(44).compareTo(a.maximumPoints().orElseThrow()));
    assertEquals("KT 4 C", a.regionalProgrammeLink().orElseThrow());
    assertEquals("Heikki Laukkanen", a.preparer().orElseThrow());
    assertTrue(a.recommended().orElseThrow());
    assertEquals("Pohjois-Pohjanmaan liitto", p.authority().orElseThrow());
    assertEquals(LocalDate.of(2023, 11, 1), p.start().orElseThrow());
    assertEquals(LocalDate.of(2025, 12, 31), p.end().orElseThrow());
    assertEquals(List.of("Pohjois-Pohjanmaa"), names(p.regions()));
    assertEquals("Päätösesitys hyväksyttiin.", p.decision().orElseThrow().text().orElseThrow());
    assertEquals(DecisionOutcome.APPROVED, p.decision().orElseThrow().outcome().orElseThrow());
  }

  // --- 002 -------------------------------------------------------------------------------------------

  @Test
  void seed002NetsTo1368111WithFlatRate273907IncomeOf20750AndAid1094496NoneApproved() {
    GroupProject g = Seeds.digiFocus();
    Project p = g.plan();
    assertEquals("DigiFocus", p.name().orElseThrow());

    CostEstimate c = p.costEstimate().orElseThrow();
    assertEquals(CostLayout.EURA, c.layout());
    assertEquals(7, c.lines().size());
    assertEquals(eur(273_907), c.applied(CostCategory.FLAT_RATE));
    assertEquals(eur(20_750), c.applied(CostCategory.INCOME));
    assertEquals(eur(1_368_111), c.statedNetApplied().orElseThrow());
    assertEquals(eur(1_368_111), c.netApplied(), "income is deducted");
    assertEquals(eur(0), c.statedNetApproved().orElseThrow());
    assertEquals(eur(0), c.netApproved().orElseThrow());
    assertEquals(eur(974_422), c.line(CostCategory.STAFF).orElseThrow().rejected().orElseThrow());

    FundingPlan f = p.fundingPlan().orElseThrow();
    assertEquals(7, f.lines().size());
    assertEquals(eur(1_094_496), f.aidApplied());
    assertEquals(eur(1_368_111), f.totalApplied());
    assertEquals(List.of(80L, 9L, 8L, 0L, 2L, 0L, 1L), f.lines().stream()
        .map(l -> l.statedShare().orElseThrow().value().longValueExact()).collect(Collectors.toList()));
    assertTrue(f.lines().stream().allMatch(l -> l.approved().orElseThrow().isZero()));

    assertEquals(CostOption.FLAT_RATE_7, p.costModel().orElseThrow().option());
    assertEquals(StaffCostModel.UNIT_COST_1720, p.costModel().orElseThrow().staffCostModel().orElseThrow());
    assertEquals(TravelCostModel.UNIT_COSTS, p.costModel().orElseThrow().travelCostModel().orElseThrow());
    assertFalse(p.costModel().orElseThrow().vatIncluded().orElseThrow());
    assertEquals(10, p.municipalities().size());
    assertEquals(List.of("Etelä-Savo"), names(p.regions()));
    assertFalse(p.nationwide().orElseThrow());
    assertEquals(1, p.placement().priority().orElseThrow());
    assertEquals("1.2", p.placement().specificObjective().orElseThrow());
    assertTrue(p.applicationNumber().isEmpty());
    assertTrue(p.start().isEmpty());

    Assessment a = p.assessment().orElseThrow();
    assertFalse(a.recommended().orElseThrow());
    assertEquals(4, a.meetings().size());
    assertEquals("Etelä-Savon maakuntaliiton pisteytystyöryhmä", a.meetings().get(0).body());
    assertEquals(LocalDate.of(2025, 4, 4), a.meetings().get(0).date());
    assertTrue(a.points().isEmpty());
  }

  @Test
  void seed002WorkPackagesNameTheirResponsibleMembersCostBearersAndFeeCollectors() {
    GroupProject g = Seeds.digiFocus();
    Project p = g.plan();
    assertEquals(List.of("TP0", "TP1", "TP2", "TP3", "TP4", "TP5", "TP6"), codes(p));
    assertEquals(List.of("Xamk", "Miksei", "ProAgria", "Hake"), p.workPackage("TP0").orElseThrow()
        .responsibleMembers());
    assertTrue(p.workPackage("TP0").orElseThrow().costBearer().isEmpty());
    assertEquals(List.of("Miksei"), p.workPackage("TP1").orElseThrow().responsibleMembers());

    WorkPackage tp2 = p.workPackage("TP2").orElseThrow();
    assertEquals("Xamk", tp2.costBearer().orElseThrow());
    ParticipationFee fee = tp2.participationFees().get(0);
    assertEquals(eur(150), fee.tiers().get(0).amount());
    assertTrue(fee.tiers().get(0).condition().isEmpty());
    assertEquals(eur(350), fee.tiers().get(1).amount());
    assertEquals(eur(700_000), fee.tiers().get(1).turnoverAbove().orElseThrow());
    assertEquals("Xamk", fee.collectedBy().orElseThrow());

    assertEquals(List.of("Xamk", "Hake", "Xamk", "Miksei", "ProAgria"),
        List.of("TP2", "TP3", "TP4", "TP5", "TP6").stream()
            .map(code -> p.workPackage(code).orElseThrow().participationFees().get(0).collectedBy().orElseThrow())
            .collect(Collectors.toList()));
    assertEquals(List.of("Xamk", "Hake", "Xamk", "Miksei", "ProAgria"),
        List.of("TP2", "TP3", "TP4", "TP5", "TP6").stream()
            .map(code -> p.workPackage(code).orElseThrow().costBearer().orElseThrow())
            .collect(Collectors.toList()));
    for (String code : List.of("TP3", "TP4", "TP5", "TP6")) {
      assertEquals(eur(250), p.workPackage(code).orElseThrow().participationFees().get(0).tiers().get(0).amount());
    }
    assertEquals(List.of(MonthPeriod.parse("1/26-5/26"), MonthPeriod.parse("1/27-5/27")),
        p.workPackage("TP4").orElseThrow().periods());
    assertEquals(List.of(MonthPeriod.parse("8/26-12/26"), MonthPeriod.parse("1/27-5/27")),
        p.workPackage("TP6").orElseThrow().periods());
    assertEquals(16, p.workPackage("TP6").orElseThrow().targets().get(1).quantity());

    assertEquals("Xamk", g.mainImplementer().orElseThrow().key());
    assertTrue(g.member("Xamk").orElseThrow().organisation().businessId().isEmpty());
    assertEquals(BusinessId.parse("0600598-8"), g.member("Miksei").orElseThrow().organisation().businessId()
        .orElseThrow());
    assertEquals(BusinessId.parse("0215848-5"), g.member("ProAgria").orElseThrow().organisation().businessId()
        .orElseThrow());
    assertEquals(BusinessId.parse("2520006-8"), g.member("Hake").orElseThrow().organisation().businessId()
        .orElseThrow());
    for (WorkPackage w : p.workPackages()) {
      for (String key : w.responsibleMembers()) {
        assertTrue(g.member(key).isPresent(), w.code() + " names an unknown member " + key);
      }
    }
  }

  // --- 003 -------------------------------------------------------------------------------------------

  @Test
  void seed003NetsTo439936WithAid351948ExternalPrivate8600In44MunicipalitiesOf3RegionsWithoutPoints() {
    GroupProject g = Seeds.hallitustyostaLisaaAsiakasarvoa();
    Project p = g.plan();
    assertEquals("R-01136", g.groupId().orElseThrow());
    assertEquals("Hallitustyöstä lisää asiakasarvoa", p.name().orElseThrow());
    assertEquals(DocumentKind.SELECTION_PROPOSAL, p.documentKind().orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 5), p.documentDate().orElseThrow());
    assertEquals("204298", p.applicationNumber().orElseThrow());
    assertEquals("EURA 2021/204298/09 02 01 01/2023/ESAELY", p.diaryNumber().orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 2), p.received().orElseThrow());
    assertEquals(LocalDate.of(2024, 3, 1), p.start().orElseThrow());
    assertEquals(LocalDate.of(2026, 8, 31), p.end().orElseThrow());
    assertEquals("ESAELY-049", p.call().orElseThrow().id().orElseThrow());
    assertEquals(Fund.ESF_PLUS, p.placement().fund().orElseThrow());
    assertEquals(4, p.placement().priority().orElseThrow());
    assertEquals("4.2", p.placement().specificObjective().orElseThrow());

    assertEquals(44, p.municipalities().size());
    assertEquals("Heinävesi", p.municipalities().get(0).nameFi());
    assertEquals("Vieremä", p.municipalities().get(43).nameFi());
    assertEquals(List.of("Pohjois-Karjala", "Pohjois-Savo", "Etelä-Savo"), names(p.regions()));

    CostEstimate c = p.costEstimate().orElseThrow();
    assertEquals(7, c.lines().size());
    assertEquals(eur(439_936), c.statedNetApplied().orElseThrow());
    assertEquals(eur(439_936), c.statedNetApproved().orElseThrow());
    assertEquals(eur(439_936), c.netApplied());
    assertEquals(eur(439_936), c.netApproved().orElseThrow());

    FundingPlan f = p.fundingPlan().orElseThrow();
    assertEquals(7, f.lines().size());
    assertEquals(eur(351_948), f.aidApplied());
    assertEquals(eur(8_600), f.applied(FundingSource.EXTERNAL_PRIVATE));
    assertEquals(eur(87_988), f.applied(FundingSource.OWN_PRIVATE));
    assertEquals(eur(439_936), f.statedTotalApplied().orElseThrow());
    assertEquals(eur(448_536), f.totalApplied(), "the printed lines do not add up to the printed total");
    assertTrue(f.statedAidRate().isEmpty());
    assertEquals(List.of(80L, 0L, 0L, 20L, 0L, 0L, 2L), f.lines().stream()
        .map(l -> l.statedShare().orElseThrow().value().longValueExact()).collect(Collectors.toList()));
    assertEquals(eur(351_948), Eur.sum(f.regionalSplit().stream().map(s -> s.amount()).collect(Collectors.toList())));

    Assessment a = p.assessment().orElseThrow();
    assertTrue(a.points().isEmpty());
    assertTrue(a.recommended().orElseThrow());
    assertEquals(10, a.meetings().size());
    assertEquals(3, a.meetings().stream().filter(m -> m.note().equals(java.util.Optional.of("tiedoksi"))).count());
    assertEquals("Anne-Marie Mutanen", a.preparer().orElseThrow());
  }

  @Test
  void seed003ShowsTheModelHoldsMembersWorkPackagesDeMinimisTargetsCostsAndFunding() {
    GroupProject g = Seeds.hallitustyostaLisaaAsiakasarvoa();
    Project p = g.plan();

    // members
    assertEquals(2, g.members().size());
    GroupMember main = g.mainImplementer().orElseThrow();
    assertEquals("PKKK", main.key());
    assertEquals("Pohjois-Karjalan kauppakamari ry", main.organisation().name());
    assertEquals(OrganisationKind.ASSOCIATION, main.organisation().kind());
    assertTrue(main.organisation().businessId().isEmpty());
    GroupMember partner = g.member("Hallituspartnerit").orElseThrow();
    assertEquals(MemberRole.CO_IMPLEMENTER, partner.role());
    assertEquals(BusinessId.parse("2586349-4"), partner.organisation().businessId().orElseThrow());
    assertTrue(partner.organisation().businessId().orElseThrow().hasValidCheckDigit());
    assertTrue(g.members().stream().allMatch(m -> m.project().isEmpty()), "the members' budgets are not given");

    // work packages
    assertEquals(List.of("1", "2", "3", "4"), codes(p));
    assertEquals("Viestintä ja markkinointi", p.workPackage("1").orElseThrow().title());
    assertEquals(List.of(200L, 13L), p.workPackage("1").orElseThrow().targets().stream()
        .map(Target::quantity).collect(Collectors.toList()));

    // de minimis measures
    DeMinimisMeasure analysis = p.workPackage("2").orElseThrow().deMinimisMeasures().get(0);
    assertEquals("Asiakasarvoanalyysi", analysis.name());
    assertEquals(eur(1_000), analysis.marketValue());
    assertTrue(analysis.contributions().isEmpty());
    assertEquals(eur(1_000), analysis.statedAid().get(0).amount());
    assertEquals(eur(1_000), analysis.aidFor(CompanySize.MICRO));
    DeMinimisMeasure path = p.workPackage("3").orElseThrow().deMinimisMeasures().get(0);
    assertEquals(eur(3_900), path.marketValue());
    assertEquals(eur(3_600), path.aidFor(CompanySize.MICRO));
    assertEquals(eur(3_300), path.aidFor(CompanySize.SMALL));
    assertEquals(eur(3_000), path.aidFor(CompanySize.MEDIUM));
    assertTrue(path.statedAid().isEmpty(), "the document gives the formula only");

    // targets with regional breakdown
    Target analyses = p.workPackage("2").orElseThrow().targets().get(0);
    assertEquals(250, analyses.quantity());
    assertRegions(analyses.breakdowns().get(0), 100, 100, 50);
    Target trained = p.workPackage("3").orElseThrow().targets().get(0);
    assertEquals(80, trained.quantity());
    assertRegions(trained.breakdowns().get(0), 32, 32, 16);
    assertEquals(List.of(250L, 250L, 80L), p.targets().stream().map(Target::quantity).collect(Collectors.toList()));
    for (Target t : p.targets()) {
      Breakdown b = t.breakdowns().get(0);
      assertTrue(b.complete());
      assertEquals(t.quantity(), b.total(), t.description());
    }

    // cost estimate
    CostEstimate c = p.costEstimate().orElseThrow();
    assertEquals(CostOption.FLAT_RATE_40, p.costModel().orElseThrow().option());
    assertEquals(StaffCostModel.UNIT_COST_1720, p.costModel().orElseThrow().staffCostModel().orElseThrow());
    assertEquals(eur(314_240), c.line(CostCategory.STAFF).orElseThrow().approved().orElseThrow());
    assertEquals(eur(125_696), c.line(CostCategory.FLAT_RATE).orElseThrow().approved().orElseThrow());
    assertEquals(eur(0), c.line(CostCategory.FLAT_RATE).orElseThrow().rejected().orElseThrow());

    // funding plan
    FundingPlan f = p.fundingPlan().orElseThrow();
    assertEquals(eur(351_948), f.line(FundingSource.EU_AND_STATE).orElseThrow().approved().orElseThrow());
    assertEquals(List.of("Pohjois-Savo", "Etelä-Savo", "Pohjois-Karjala"),
        f.regionalSplit().stream().map(s -> s.region().nameFi()).collect(Collectors.toList()));
    assertEquals(List.of(eur(140_780), eur(70_388), eur(140_780)),
        f.regionalSplit().stream().map(s -> s.amount()).collect(Collectors.toList()));
  }

  // --- 004 -------------------------------------------------------------------------------------------

  @Test
  void seed004IsKemisPartOnlyAPartialPlanCosting276605OfWhichOwnFunding55321WithNoAidAmountInvented() {
    GroupProject g = Seeds.kestavanKasvunVoimallaParempaaBisnesta();
    Project plan = g.plan();
    assertEquals("Kestävän kasvun voimalla parempaa bisnestä", plan.name().orElseThrow());
    assertEquals(DocumentKind.MUNICIPAL_DECISION, plan.documentKind().orElseThrow());
    assertEquals(LocalDate.of(2024, 10, 1), plan.start().orElseThrow());
    assertEquals(LocalDate.of(2027, 9, 30), plan.end().orElseThrow());
    assertEquals(Fund.JTF, plan.placement().fund().orElseThrow());
    assertEquals("Pohjois-Pohjanmaan ELY-keskus", plan.authority().orElseThrow());
    assertTrue(plan.costEstimate().isEmpty(), "the group's totals are not given");

    GroupMember digipolis = g.mainImplementer().orElseThrow();
    assertEquals("Digipolis", digipolis.key());
    assertEquals(OrganisationKind.COMPANY, digipolis.organisation().kind());
    assertTrue(digipolis.project().isEmpty());

    GroupMember kemi = g.member("Kemi").orElseThrow();
    assertEquals(MemberRole.CO_IMPLEMENTER, kemi.role());
    assertEquals(OrganisationKind.MUNICIPALITY, kemi.organisation().kind());
    Project k = kemi.project().orElseThrow();
    assertEquals("Kemin kaupunki", k.applicant().orElseThrow().name());
    CostEstimate c = k.costEstimate().orElseThrow();
    assertTrue(c.lines().isEmpty());
    assertEquals(Coverage.PARTIAL, c.coverage());
    assertEquals(eur(276_605), c.statedNetApplied().orElseThrow());
    FundingPlan f = k.fundingPlan().orElseThrow();
    assertEquals(Coverage.PARTIAL, f.coverage());
    assertEquals(eur(55_321), f.applied(FundingSource.OWN_MUNICIPAL));
    assertEquals(Percentage.of(20), f.line(FundingSource.OWN_MUNICIPAL).orElseThrow().statedShare().orElseThrow());
    // "johon haetaan 80 % tukiosuutta": a rate, never an amount, and no funding total is printed
    assertTrue(f.line(FundingSource.EU_AND_STATE).isEmpty(), "the aid amount is not stated");
    assertEquals(Percentage.of(80), f.statedAidRate().orElseThrow());
    assertTrue(f.statedTotalApplied().isEmpty(), "no funding total is stated");
    assertEquals(Coverage.PARTIAL, g.memberCoverage());
    assertEquals("Kaupunginhallitus", k.decision().orElseThrow().body().orElseThrow());
    assertEquals(DecisionOutcome.APPROVED, k.decision().orElseThrow().outcome().orElseThrow());
  }

  // --- all ---------------------------------------------------------------------------------------------

  @Test
  void everySeedIsEitherAProjectOrAGroupProjectInFileOrder() {
    List<Seed> all = Seeds.all();
    assertEquals(5, all.size());
    for (int i = 0; i < all.size(); i++) {
      Seed s = all.get(i);
      assertTrue(s.fileName().startsWith(String.format("00%d_", i)), s.fileName());
      assertTrue(s.project().isPresent() ^ s.group().isPresent(), s.fileName());
    }
    assertTrue(all.get(0).project().isPresent());
    assertTrue(all.get(0).name().isEmpty());
    assertEquals(List.of("Meta Pilot Factory", "DigiFocus", "Hallitustyöstä lisää asiakasarvoa",
            "Kestävän kasvun voimalla parempaa bisnestä"),
        all.subList(1, 5).stream().map(s -> s.name().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void everyFactoryReturnsAnEqualValueOnEachCall() {
    List<Supplier<Object>> factories = List.of(Seeds::tekoalyJaVerkkokauppa, Seeds::metaPilotFactory,
        Seeds::digiFocus, Seeds::hallitustyostaLisaaAsiakasarvoa, Seeds::kestavanKasvunVoimallaParempaaBisnesta);
    for (Supplier<Object> factory : factories) {
      Object first = factory.get();
      Object second = factory.get();
      assertNotSame(first, second);
      assertEquals(first, second);
      assertEquals(first.hashCode(), second.hashCode());
    }
    assertEquals(Seeds.all(), Seeds.all());
  }

  // --- helpers -----------------------------------------------------------------------------------------

  private static List<String> codes(Project p) {
    return p.workPackages().stream().map(WorkPackage::code).collect(Collectors.toList());
  }

  private static List<String> names(List<Region> regions) {
    return regions.stream().map(Region::nameFi).collect(Collectors.toList());
  }

  private static void assertRegions(Breakdown b, long pohjoisKarjala, long pohjoisSavo, long etelaSavo) {
    assertEquals("maakunta", b.dimension());
    assertEquals(List.of(BreakdownPart.of("Pohjois-Karjala", pohjoisKarjala),
        BreakdownPart.of("Pohjois-Savo", pohjoisSavo), BreakdownPart.of("Etelä-Savo", etelaSavo)), b.parts());
  }
}
