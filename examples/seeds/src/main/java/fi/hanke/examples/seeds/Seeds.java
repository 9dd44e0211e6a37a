package fi.hanke.examples.seeds;

import fi.hanke.core.Coverage;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Call;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.javamoney.moneta.FastMoney;

/**
 * The five seed documents (<i>siemenasiakirjat</i>) as Hanke values: real Finnish EU structural-fund documents
 * of the programme <i>Uudistuva ja osaava Suomi 2021–2027</i>, each encoded with every figure and fact the
 * model can hold, names in Finnish exactly as written, and nothing invented. What a document does not say
 * stays empty. Sums that do not add up are kept as printed (seed 003's funding lines add up to 448 536 €
 * against a stated total of 439 936 €); rules report them.
 *
 * <p>Every factory builds a fresh, equal value on each call.
 */
public final class Seeds {
  private Seeds() {}

  private static final Regions FINLAND = Regions.finland();

  // ---------------------------------------------------------------------------------------------------
  // 000 — tekoäly ja verkkokauppa (no project name in the document)
  // ---------------------------------------------------------------------------------------------------

  /**
   * Seed 000 ({@code 000_1fd54de9332bf4bc.txt}): the funding authority's assessment of a training project on
   * artificial intelligence, digital business and e-commerce in Pohjois-Pohjanmaa ("Digiliiketoiminta- ja
   * tekoälyosaamisella kilpailukykyä -koulutus" is the name of its training programme, work package 1, not of
   * the project). <b>The document gives no name for the project</b>, so {@link Project#name()} is empty; the
   * factory's name, <i>tekoäly ja verkkokauppa</i>, is only a handle.
   *
   * @return the project: 364 645 € staff costs + 145 858 € flat rate 40 % = 510 503 €, aid 408 403 € (80 %),
   *     points 20,5/39, TL 7 / ET 7.1
   */
  public static Project tekoalyJaVerkkokauppa() {
    return Project.builder()
        // The document carries "Rahoittajan arvio hankkeesta" and "Rahoittaja puoltaa hakemuksen
        // hyväksymistä": the funding authority's assessment.
        .documentKind(DocumentKind.ASSESSMENT)
        .placement(ProgrammePlacement.builder()
            // "toteuttaa sen toimintalinjan 7 erityistavoitetta 7.1. Turpeesta luopumisen alueellisesti
            // oikeudenmukainen siirtymä" — the fund is not named, so it stays empty.
            .priority(7)
            .specificObjective("7.1")
            .build())
        // "kehittää ... kilpailukykyä Pohjois-Pohjanmaalla"; the document has no "Toteuttamisalue" field,
        // the region is the one the objective names. No municipalities are given.
        .addRegion(region("Pohjois-Pohjanmaa"))
        .costModel(CostModel.builder().option(CostOption.FLAT_RATE_40).build())
        .costEstimate(CostEstimate.builder()
            .layout(CostLayout.EURA)
            .addLine(cost(CostCategory.STAFF, 364_645))
            .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(eur(145_858))
                .label("Flat rate 40 % kehittäminen").build())
            // "Nettokustannusarvio 510 503 €", "Hankkeen kustannusarvio yhteensä 510 503 €"
            .statedNetApplied(eur(510_503))
            .build())
        .fundingPlan(FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(eur(408_403))
                .statedShare(Percentage.of(80)).label("EU + valtio").build())
            .addLine(FundingLine.builder().source(FundingSource.OWN_OTHER_PUBLIC).applied(eur(102_100))
                .statedShare(Percentage.of(20)).label("Omarahoitus: Muu julkinen rahoitus").build())
            // "Hankkeen rahoitussuunnitelma yhteensä 510 503 €"
            .statedTotalApplied(eur(510_503))
            // "Hankkeelle esitetty tuen enimmäismäärä 408 403 €, 80%"
            .statedAidRate(Percentage.of(80))
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("1")
            .title("Digiliiketoiminta- ja tekoälyosaamisella kilpailukykyä -koulutuksen suunnittelu ja "
                + "tarvittavien opintomateriaalien tuottaminen.")
            .description("Koulutuskokonaisuus rakentuu viidestä 6:n viikon (5 op) mittaisesta itsenäisestä "
                + "opintomoduulista. Koulutuksen kokonaiskesto on n. 10 kk (30 op). ... Varsinainen koulutus "
                + "alkaa tammikuussa 2024 ja 30 op:n kokonaisuus on tarkoitus toteuttaa kahteen kertaan vuosina "
                + "2024 ja 2025. Keväällä 2026 toteutetaan ... kaksi 5 op:n moduulia tekoälyavusteisesta "
                + "markkinoinnista ja liiketoiminnasta.")
            .addTarget(Target.builder().bound(TargetBound.AT_LEAST).description("Tavoitteena on kouluttaa vähintään 100 henkilöä.")
                .quantity(100).unit("henkilöä").build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("2")
            .title("Nopeat tietoiskut ja webinaarit ajankohtaisista digiliiketoiminnan ja markkinoinnin "
                + "teemoista tekoälyn aikakaudella.")
            .description("Toteutetaan vähintään 15 tapahtumaa yhteistyössä BusinessOulun kanssa.")
            .addTarget(Target.builder().bound(TargetBound.AT_LEAST).description("Toteutetaan vähintään 15 tapahtumaa")
                .quantity(15).unit("tapahtumaa").build())
            .addTarget(Target.builder().bound(TargetBound.ABOUT).description("Osallistujia tavoitellaan noin 100 eri henkilöä.")
                .quantity(100).unit("henkilöä").build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("3")
            .title("Digitaalisen liiketoiminnan, erityisesti tekoälyn ja verkkokaupan kehityksen seuranta, "
                + "uusien sovellusten testaaminen ja näihin liittyvä työelämäläheinen julkaisutoiminta.")
            .description("Lisäksi kootaan pk-yrityksille suunnattu Verkkoliiketoiminnan suunnittelu tekoälyn "
                + "aikakautena -työkirja internettiin yleiseen käyttöön.")
            .addTarget(Target.builder().description("Tavoitteena on julkaista 25–30 ajankohtaista "
                    + "blogikirjoitusta digitaalisen liiketoiminnan ja verkkokaupan eri aiheista.")
                .quantity(25).upTo(30L).unit("blogikirjoitusta").build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("4")
            .title("Opettajille järjestettävät uusien digiliiketoimintaan vaikuttavien teknologioiden, "
                + "erityisesti tekoälysovellusten ja menetelmien, valmennukset.")
            .addTarget(Target.builder().description("Tavoitteena on, että 45 opettajaa eri oppilaitoksista "
                    + "osallistuu järjestettäviin koulutuksiin.")
                .quantity(45).unit("opettajaa").build())
            .addTarget(Target.builder().description("Koulutuksia arvioidaan järjestettävän 10–15 kertaa.")
                .quantity(10).upTo(15L).unit("kertaa").build())
            .build())
        // "Kohderyhmä: 50 yritystä ja 170 osallistujaa kaikista kohderyhmistä, joista 18–29-vuotiaita 34
        // henkilöä"; "työssä olevat henkilöt, ml. yrittäjät (140)".
        .addTarget(Target.builder().description("Kohderyhmä: 50 yritystä").quantity(50).unit("yritystä").build())
        .addTarget(Target.builder().description("Kohderyhmä: 170 osallistujaa kaikista kohderyhmistä, joista "
                + "18–29-vuotiaita 34 henkilöä")
            .quantity(170).unit("osallistujaa")
            .addBreakdown(Breakdown.builder().dimension("ikäryhmä").complete(false)
                .addPart(BreakdownPart.of("18–29-vuotiaita", 34)).build())
            .addBreakdown(Breakdown.builder().dimension("kohderyhmä").complete(false)
                .addPart(BreakdownPart.of("työssä olevat henkilöt, ml. yrittäjät", 140)).build())
            .build())
        .assessment(Assessment.builder()
            .points(new BigDecimal("20.5"))
            .maximumPoints(BigDecimal.valueOf(39))
            // The document ends with "Rahoittaja puoltaa hakemuksen hyväksymistä" and no Kyllä/Ei after it;
            // read as the sentence it is (the funder recommends approval), with "hanke sai riittävästi
            // pisteitä (20,5/39) tullakseen rahoitetuksi".
            .recommended(true)
            .addMeeting(Meeting.of("Pohjois-Pohjanmaan ELY-keskuksen EURA-rahoituskokous", LocalDate.of(2023, 8, 9)))
            .addMeeting(Meeting.of("Pohjois-Pohjanmaan ELY-keskuksen Elinkeino- ja luonnonvara -teemaryhmän kokous",
                LocalDate.of(2023, 8, 18)))
            .addMeeting(Meeting.of("Pohjois-Pohjanmaan MYR-sihteeristö", LocalDate.of(2023, 9, 19)))
            .addMeeting(Meeting.of("Pohjois-Pohjanmaan MYR", LocalDate.of(2023, 9, 28)))
            .regionalProgrammeLink("MAKO KT 3 B")
            .reasoning("Hanke täyttää yleiset valintaperusteet ja erityistavoitekohtaisessa arvioinnissa hanke "
                + "sai riittävästi pisteitä (20,5/39) tullakseen rahoitetuksi.")
            .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------------
  // 001 — Meta Pilot Factory
  // ---------------------------------------------------------------------------------------------------

  /**
   * Seed 001 ({@code 001_6464ae32cc4875d5.txt}): <i>Meta Pilot Factory</i>, Pohjois-Pohjanmaan liitto's
   * presentation ("Asian esittely") to the regional cooperation group (MYR) of a group project of Oulun
   * Ammattikorkeakoulu Oy, Oulun Yliopisto and Centria-ammattikorkeakoulu Oy, applications 900378, 900488 and
   * 900489.
   *
   * @return the group project: costs 942 616 € (673 297 € + 269 319 €), EAKR and State 754 093 €, other
   *     public 188 523 €, points 24/44, TL 7 / ET 7.1
   */
  public static GroupProject metaPilotFactory() {
    Organisation oamk = org("Oulun Ammattikorkeakoulu Oy", OrganisationKind.UNIVERSITY_OF_APPLIED_SCIENCES);
    Organisation oy = org("Oulun Yliopisto", OrganisationKind.UNIVERSITY);
    Organisation centria = org("Centria-ammattikorkeakoulu Oy", OrganisationKind.UNIVERSITY_OF_APPLIED_SCIENCES);
    Project plan = Project.builder()
        .documentKind(DocumentKind.COOPERATION_GROUP_PRESENTATION)
        // "Meta Pilot Factory -hankkeen tavoitteena on ..."
        .name("Meta Pilot Factory")
        // "Hakija: Oulun Ammattikorkeakoulu Oy"
        .applicant(oamk)
        .start(LocalDate.of(2023, 11, 1))
        .end(LocalDate.of(2025, 12, 31))
        .authority("Pohjois-Pohjanmaan liitto")
        // "Toimintalinja ja hallinnonala: TL 7 ja TEM", "Erityistavoite: 7.1". The funding line prints
        // "EAKR" but TL 7 is the JTF's priority: the fund is left empty and the printed label kept.
        .placement(ProgrammePlacement.builder().priority(7).specificObjective("7.1").build())
        .addRegion(region("Pohjois-Pohjanmaa"))
        .costEstimate(CostEstimate.builder()
            .layout(CostLayout.REGIONAL_COUNCIL)
            // Ostopalvelut, Matkakustannukset, Kone- ja laitehankinnat, Muut kustannukset are printed empty:
            // not stated, so no line.
            .addLine(cost(CostCategory.STAFF, 673_297))
            .addLine(cost(CostCategory.FLAT_RATE, 269_319))
            // "Kustannukset yhteensä: 942 616"
            .statedNetApplied(eur(942_616))
            .build())
        .fundingPlan(FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(eur(754_093))
                .label("Haettu EAKR- ja valtion rahoitus").build())
            // "Kuntien rahoitus:" and "Yksityinen rahoitus:" are printed empty: no line.
            .addLine(FundingLine.builder().source(FundingSource.OTHER_PUBLIC).applied(eur(188_523)).build())
            // "Rahoitus yhteensä: 942 616"
            .statedTotalApplied(eur(942_616))
            .build())
        .addTarget(Target.builder().description("Pilotteja tai selvitystöitä on tarkoitus toteuttaa ja arvioida "
                + "noin 15 kappaletta.")
            .quantity(15).unit("kappaletta").build())
        .addTarget(Target.builder().bound(TargetBound.AT_LEAST).description("Pohjois-Pohjanmaan toimijoille järjestetään vähintään 10 kpl "
                + "julkisia infoja ja työpajoja / hackatoneja")
            .quantity(10).unit("kpl").build())
        .addTarget(Target.builder().bound(TargetBound.AT_LEAST).description("hanke julkaisee sähköisesti vähintään 10 mikro- ja "
                + "pk-yrityksille ja muille kiinnostuneille tahoille kohdennettua julkaisua ja raporttia")
            .quantity(10).unit("julkaisua ja raporttia").build())
        .assessment(Assessment.builder()
            // "Hankearviointi, pisteet: 24/44 p."
            .points(BigDecimal.valueOf(24))
            .maximumPoints(BigDecimal.valueOf(44))
            // "Maakunnan yhteistyöryhmän sihteeristö puoltaa hanketta rahoitettavaksi"
            .recommended(true)
            // "Maakuntaohjelman toimintalinja: KT 4 C." (the sentence's full stop dropped)
            .regionalProgrammeLink("KT 4 C")
            // "Valmistelija: Heikki Laukkanen, 050-9180035" (the phone number is not kept)
            .preparer("Heikki Laukkanen")
            .reasoning("Hanke tukee Uudistuva ja osaava Suomi 2021 – 2027 -ohjelmaa toimintalinjan "
                + "”Oikeudenmukaisen siirtymän Suomi” ja erityistavoitteen 7.1 ”Turpeesta luopumisen "
                + "alueellisesti oikeudenmukainen siirtymä” osalta. ... MYR:lle esitetään, että se antaa "
                + "hankkeesta myönteisen lausunnon.")
            .build())
        // "Päätös: Päätösesitys hyväksyttiin." The deciding body is not named.
        .decision(Decision.builder().outcome(DecisionOutcome.APPROVED).text("Päätösesitys hyväksyttiin.").build())
        .build();
    return GroupProject.builder()
        .plan(plan)
        // The document names the members but gives them no short keys: the keys are the names.
        .addMember(member(oamk.name(), oamk, MemberRole.MAIN_IMPLEMENTER))
        .addMember(member(oy.name(), oy, MemberRole.CO_IMPLEMENTER))
        .addMember(member(centria.name(), centria, MemberRole.CO_IMPLEMENTER))
        // "Hakemusnumero: 900378, 900488 ja 900489" — not paired with members in the document.
        .addApplicationNumber("900378")
        .addApplicationNumber("900488")
        .addApplicationNumber("900489")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------
  // 002 — DigiFocus
  // ---------------------------------------------------------------------------------------------------

  /**
   * Seed 002 ({@code 002_fcc93842ad72cd55.txt}): <i>DigiFocus</i>, a group project of Xamk, Mikkelin
   * kehitysyhtiö Miksei Oy, ProAgria Etelä-Savo ry and Savonlinnan Hankekehitys Oy in Etelä-Savo, which the
   * funding authority did not recommend ("Rahoittaja puoltaa hakemuksen hyväksymistä: Ei"). The figures are
   * the group's totals and sit in the plan.
   *
   * @return the group project: net 1 368 111 € applied, 0 € approved, aid 1 094 496 € (80 %), TL 1 / ET 1.2
   */
  public static GroupProject digiFocus() {
    Project plan = Project.builder()
        // "Rahoittajan arvio hankkeesta", "Rahoittaja puoltaa hakemuksen hyväksymistä: Ei"
        .documentKind(DocumentKind.ASSESSMENT)
        // "DigiFocus-hanke vahvistaa ..."
        .name("DigiFocus")
        // "Uudistuva ja osaava Suomi 2021-2027 ohjelman TL 1 Innovatiivinen Suomi erityistavoitteen 1.2";
        // the fund is not named.
        .placement(ProgrammePlacement.builder().priority(1).specificObjective("1.2").build())
        .nationwide(false)
        // "Hankkeessa ei käytetä De minimis -tuettuja palveluita"; the funder: "hanke ei ole de minimis -hanke"
        .deMinimisServices(false)
        .addRegion(region("Etelä-Savo"))
        .addAllMunicipalities(municipalities("Enonkoski", "Hirvensalmi", "Juva", "Kangasniemi", "Mikkeli",
            "Mäntyharju", "Puumala", "Rantasalmi", "Savonlinna", "Sulkava"))
        .costModel(CostModel.builder()
            .option(CostOption.FLAT_RATE_7)
            .staffCostModel(StaffCostModel.UNIT_COST_1720)
            .travelCostModel(TravelCostModel.UNIT_COSTS)
            .vatIncluded(false)
            .build())
        // "Haetut yhteensä € / Hyväksytyt yhteensä € / Hylätyt €": every approved amount is printed 0; the
        // rejected column is derived (applied − approved).
        .costEstimate(CostEstimate.builder()
            .layout(CostLayout.EURA)
            .addLine(cost(CostCategory.STAFF, 974_422, 0))
            .addLine(cost(CostCategory.TRAVEL, 7_352, 0))
            .addLine(cost(CostCategory.OTHER, 10_180, 0))
            .addLine(cost(CostCategory.PURCHASED_SERVICES, 123_000, 0))
            .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(eur(273_907)).approved(eur(0))
                .label("Flat rate 7 %").build())
            .addLine(cost(CostCategory.INCOME, 20_750, 0))
            .addLine(cost(CostCategory.LUMP_SUM, 0, 0))
            .statedNetApplied(eur(1_368_111))
            .statedNetApproved(eur(0))
            .build())
        .fundingPlan(FundingPlan.builder()
            .addLine(funding(FundingSource.EU_AND_STATE, 1_094_496, 0, 80))
            .addLine(funding(FundingSource.OWN_MUNICIPAL, 128_292, 0, 9))
            .addLine(funding(FundingSource.OWN_OTHER_PUBLIC, 107_438, 0, 8))
            .addLine(funding(FundingSource.OWN_PRIVATE, 1_660, 0, 0))
            .addLine(funding(FundingSource.EXTERNAL_MUNICIPAL, 26_725, 0, 2))
            .addLine(funding(FundingSource.EXTERNAL_OTHER_PUBLIC, 0, 0, 0))
            .addLine(funding(FundingSource.EXTERNAL_PRIVATE, 9_500, 0, 1))
            .statedTotalApplied(eur(1_368_111))
            .statedTotalApproved(eur(0))
            .build())
        // "Hankkeen keskeiset toimenpiteet"
        .addTarget(Target.builder().description("Digiliiketoiminnan analyysit ja digineuvonta")
            .quantity(180).unit("yritystä").build())
        .addTarget(Target.builder().description("Koulutukset ja valmennukset").quantity(105).unit("yritystä").build())
        .addTarget(Target.builder().description("Koulutukset ja valmennukset").quantity(90).unit("koulutuskertaa")
            .build())
        .addTarget(Target.builder().description("Kohderyhmäkohtaiset koulutuspolut").quantity(58).unit("yritystä")
            .build())
        // "Työpakettien vastuut:" gives the responsible members and cost bearers.
        .addWorkPackage(WorkPackage.builder()
            .code("TP0").title("Hallinto ja markkinointi")
            .addPeriod(MonthPeriod.parse("9/25-8/27"))
            // "TP0 kaikki, Xamk viestintä"; no cost bearer is stated.
            .addResponsibleMembers("Xamk", "Miksei", "ProAgria", "Hake")
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("TP1").title("Digiliiketoiminnan analyysit")
            .addPeriod(MonthPeriod.parse("9/25-8/27"))
            // "TP1 Miksei, kaikki osallistuu"; no cost bearer is stated.
            .addResponsibleMember("Miksei")
            .addTarget(Target.builder().description("Hankkeeseen osallistuvat yrittäjät (tavoite 180) tekevät "
                    + "digiliiketoiminnan analyysin")
                .quantity(180).unit("yrittäjää").build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("TP2").title("Digikoulutukset")
            .addPeriod(MonthPeriod.parse("1/26-5/27"))
            // "TP2 Xamk ja Hake, Xamk vastaa kustannuksista"
            .addResponsibleMembers("Xamk", "Hake").costBearer("Xamk")
            .addTarget(Target.builder().bound(TargetBound.ABOUT).description("Työpaketissa järjestetään n. 90 koulutuskertaa")
                .quantity(90).unit("koulutuskertaa").build())
            .addTarget(Target.builder().description("joilla tavoitetaan 105 osallistujaa")
                .quantity(105).unit("osallistujaa").build())
            // "osallistumismaksut TP2 150/*350€ ... *Jos yrityksen liikevaihto on yli 700 000€."
            // "Xamk laskuttaa osallistumismaksut."
            .addParticipationFee(ParticipationFee.builder()
                .description("osallistumismaksut TP2 150/*350€")
                .addTier(FeeTier.builder().amount(eur(150)).build())
                .addTier(FeeTier.builder().amount(eur(350))
                    .condition("Jos yrityksen liikevaihto on yli 700 000€")
                    .turnoverAbove(eur(700_000)).build())
                .collectedBy("Xamk")
                .build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("TP3").title("Mainos- ja digitoimistot")
            .addPeriod(MonthPeriod.parse("1/27-5/27"))
            // "TP3 Hake ja Xamk, Hake vastaa kustannuksista"
            .addResponsibleMembers("Hake", "Xamk").costBearer("Hake")
            .addTarget(Target.builder().description("Syksyllä 2026 avataan haku, jonka kautta valitaan "
                    + "osallistuvat yritykset (10 kpl).")
                .quantity(10).unit("kpl").build())
            // "Savonlinnan Hankekehitys Oy laskuttaa osallistumismaksut."
            .addParticipationFee(fee250("Hake"))
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("TP4").title("Verkkokauppiaat")
            // "1) Aloittavien verkkokauppojen polku (1/26-5/26)", "2) Verkkokauppaa kehittävien polku (1/27-5/27)"
            .addPeriod(MonthPeriod.parse("1/26-5/26"))
            .addPeriod(MonthPeriod.parse("1/27-5/27"))
            // "TP4 Xamk ja Miksei, Xamk vastaa kustannuksista"
            .addResponsibleMembers("Xamk", "Miksei").costBearer("Xamk")
            .addTarget(Target.builder().description("Työpaketissa toteutetaan kaksi koulutuspolkua hankkeen aikana.")
                .quantity(2).unit("koulutuspolkua").build())
            .addTarget(Target.builder().bound(TargetBound.AT_MOST).description("Molempiin polkuihin otetaan max.10 yritystä/polku")
                .quantity(10).unit("yritystä/polku").build())
            .addTarget(Target.builder().description("yhdessä polussa on 4–6 koulutuskertaa")
                .quantity(4).upTo(6L).unit("koulutuskertaa").build())
            // "Xamk laskuttaa yrityksiltä osallistumismaksut."
            .addParticipationFee(fee250("Xamk"))
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("TP5").title("B2B-yritykset")
            .addPeriod(MonthPeriod.parse("9/26-3/27"))
            // "TP5 Miksei ja Xamk, Miksei vastaa kustannuksista"
            .addResponsibleMembers("Miksei", "Xamk").costBearer("Miksei")
            .addTarget(Target.builder().description("Työpaketissa toteutetaan yksi koulutuspolku")
                .quantity(1).unit("koulutuspolku").build())
            .addTarget(Target.builder().bound(TargetBound.AT_MOST).description("johon otetaan yhteensä max. 12 yritystä")
                .quantity(12).unit("yritystä").build())
            .addTarget(Target.builder().bound(TargetBound.ABOUT).description("Koulutuspolku sisältää noin 7 koulutuskertaa")
                .quantity(7).unit("koulutuskertaa").build())
            // "Miksei laskuttaa yrityksiltä osallistumismaksut 250€."
            .addParticipationFee(fee250("Miksei"))
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("TP6").title("Monialaiset maatilat")
            .addPeriod(MonthPeriod.parse("8/26-12/26"))
            .addPeriod(MonthPeriod.parse("1/27-5/27"))
            // "TP6 ProAgria ja Xamk, ProAgria vastaa kustannuksista"
            .addResponsibleMembers("ProAgria", "Xamk").costBearer("ProAgria")
            .addTarget(Target.builder().description("Työpaketissa toteutetaan kaksi koulutuspolkua")
                .quantity(2).unit("koulutuspolkua").build())
            .addTarget(Target.builder().bound(TargetBound.AT_MOST).description("joihin otetaan yhteensä max. 16 yritystä")
                .quantity(16).unit("yritystä").build())
            .addTarget(Target.builder().description("Yksi koulutuspolku sisältää 3–4 koulutuskertaa")
                .quantity(3).upTo(4L).unit("koulutuskertaa").build())
            // "ProAgria laskuttaa yrityksiltä osallistumismaksut."
            .addParticipationFee(fee250("ProAgria"))
            .build())
        .assessment(Assessment.builder()
            .recommended(false)
            .addMeeting(Meeting.of("Etelä-Savon maakuntaliiton pisteytystyöryhmä", LocalDate.of(2025, 4, 4)))
            .addMeeting(Meeting.of("Etelä-Savon maakuntaliiton hankeryhmä", LocalDate.of(2025, 6, 11)))
            .addMeeting(Meeting.of("Etelä-Savon maakunnan yhteistyöryhmän sihteeristö", LocalDate.of(2025, 6, 17)))
            .addMeeting(Meeting.of("Etelä-Savon maakunnan yhteistyöryhmä", LocalDate.of(2025, 6, 24)))
            .reasoning("Hakemus ei saanut arvioinnissa riittävää määrää pisteitä tullakseen rahoitetuksi, vaan "
                + "hanke jäi hankkeiden välisessä vertailussa rahoitettavaksi tulevien hankkeiden ulkopuolelle.")
            .build())
        .build();
    return GroupProject.builder()
        .plan(plan)
        // "Xamk toimii päävastuullisena toteuttajana"; the document gives Xamk no business id and writes it
        // only as "Xamk".
        .addMember(member("Xamk", org("Xamk", OrganisationKind.UNIVERSITY_OF_APPLIED_SCIENCES),
            MemberRole.MAIN_IMPLEMENTER))
        // "Toteuttajan nimi / Toteuttajatyyppi / Y-tunnus": "Osahankkeen toteuttaja" each.
        .addMember(member("Miksei", org("Mikkelin kehitysyhtiö Miksei Oy", OrganisationKind.COMPANY, "0600598-8"),
            MemberRole.CO_IMPLEMENTER))
        .addMember(member("ProAgria", org("ProAgria Etelä-Savo ry", OrganisationKind.ASSOCIATION, "0215848-5"),
            MemberRole.CO_IMPLEMENTER))
        .addMember(member("Hake", org("Savonlinnan Hankekehitys Oy", OrganisationKind.COMPANY, "2520006-8"),
            MemberRole.CO_IMPLEMENTER))
        .build();
  }

  // ---------------------------------------------------------------------------------------------------
  // 003 — Hallitustyöstä lisää asiakasarvoa
  // ---------------------------------------------------------------------------------------------------

  /**
   * Seed 003 ({@code 003_a429a945fa8dac7e.txt}): <i>Hallitustyöstä lisää asiakasarvoa</i>, Etelä-Savon
   * ELY-keskus's selection proposal ("Valintaesitys") for the main project of group project R-01136 of
   * Pohjois-Karjalan kauppakamari ry and Hallituspartnerit Itä-Suomi ry in Pohjois-Karjala, Pohjois-Savo and
   * Etelä-Savo.
   *
   * @return the group project: net 439 936 € applied and approved, aid 351 948 € split by region, two de
   *     minimis measures, TL 4 / ET 4.2 (ESR+)
   */
  public static GroupProject hallitustyostaLisaaAsiakasarvoa() {
    Organisation pkkk = org("Pohjois-Karjalan kauppakamari ry", OrganisationKind.ASSOCIATION);
    Organisation partnerit = org("Hallituspartnerit Itä-Suomi ry", OrganisationKind.ASSOCIATION, "2586349-4");
    Project plan = Project.builder()
        .documentKind(DocumentKind.SELECTION_PROPOSAL)
        .documentDate(LocalDate.of(2024, 2, 5))
        .name("Hallitustyöstä lisää asiakasarvoa")
        .applicant(pkkk)
        .applicationNumber("204298")
        // "Dnro: EURA 2021/204298/09" and "02 01 01/2023/ESAELY" on the next line, joined by a space.
        .diaryNumber("EURA 2021/204298/09 02 01 01/2023/ESAELY")
        .received(LocalDate.of(2024, 2, 2))
        .start(LocalDate.of(2024, 3, 1))
        .end(LocalDate.of(2026, 8, 31))
        .authority("Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus")
        .call(Call.builder().name("Pohjois-Karjalan ESR+ hankehaku (2/2023)").id("ESAELY-049").build())
        .placement(ProgrammePlacement.builder()
            .priority(4)
            .specificObjective("4.2")
            // "Euroopan sosiaalirahasto (ESR+)"
            .fund(Fund.ESF_PLUS)
            .supportForm("Työllisyyden, osaamisen ja sosiaalisen osallisuuden tukemiseen liittyvä kehittämishanke")
            .build())
        .nationwide(false)
        .addRegion(region("Pohjois-Karjala"))
        .addRegion(region("Pohjois-Savo"))
        .addRegion(region("Etelä-Savo"))
        .addAllMunicipalities(municipalities("Heinävesi", "Ilomantsi", "Joensuu", "Juuka", "Kontiolahti", "Liperi",
            "Rääkkylä", "Tohmajärvi", "Kitee", "Lieksa", "Nurmes", "Enonkoski", "Hirvensalmi", "Iisalmi",
            "Joroinen", "Juva", "Kaavi", "Kangasniemi", "Keitele", "Kiuruvesi", "Kuopio", "Lapinlahti",
            "Leppävirta", "Mikkeli", "Mäntyharju", "Outokumpu", "Pertunmaa", "Pieksämäki", "Pielavesi",
            "Polvijärvi", "Puumala", "Rantasalmi", "Rautalampi", "Rautavaara", "Savonlinna", "Siilinjärvi",
            "Sonkajärvi", "Sulkava", "Suonenjoki", "Tervo", "Tuusniemi", "Varkaus", "Vesanto", "Vieremä"))
        // Travel cost model and VAT are not stated.
        .costModel(CostModel.builder()
            .option(CostOption.FLAT_RATE_40)
            .staffCostModel(StaffCostModel.UNIT_COST_1720)
            .build())
        .costEstimate(CostEstimate.builder()
            .layout(CostLayout.EURA)
            .addLine(cost(CostCategory.STAFF, 314_240, 314_240))
            .addLine(cost(CostCategory.TRAVEL, 0, 0))
            .addLine(cost(CostCategory.OTHER, 0, 0))
            .addLine(cost(CostCategory.PURCHASED_SERVICES, 0, 0))
            .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(eur(125_696))
                .approved(eur(125_696)).label("Flat rate 40 %").build())
            .addLine(cost(CostCategory.INCOME, 0, 0))
            .addLine(cost(CostCategory.LUMP_SUM, 0, 0))
            .statedNetApplied(eur(439_936))
            .statedNetApproved(eur(439_936))
            .build())
        // Kept as printed: the lines add up to 448 536 €, the stated total is 439 936 €.
        .fundingPlan(FundingPlan.builder()
            .addLine(funding(FundingSource.EU_AND_STATE, 351_948, 351_948, 80))
            .addLine(funding(FundingSource.OWN_MUNICIPAL, 0, 0, 0))
            .addLine(funding(FundingSource.OWN_OTHER_PUBLIC, 0, 0, 0))
            .addLine(funding(FundingSource.OWN_PRIVATE, 87_988, 87_988, 20))
            .addLine(funding(FundingSource.EXTERNAL_MUNICIPAL, 0, 0, 0))
            .addLine(funding(FundingSource.EXTERNAL_OTHER_PUBLIC, 0, 0, 0))
            .addLine(funding(FundingSource.EXTERNAL_PRIVATE, 8_600, 8_600, 2))
            .statedTotalApplied(eur(439_936))
            .statedTotalApproved(eur(439_936))
            // "Ryhmähankkeelle esitetty EU ja valtion osuus: 351 948 € (kokonaiskustannukset 439 936 €).
            // Pohjois-Savo: 140 780 €, Etelä-Savo: 70 388 €, Pohjois-Karjala: 140 780 €"
            .addRegionalSplit(RegionalAidShare.of(region("Pohjois-Savo"), eur(140_780)))
            .addRegionalSplit(RegionalAidShare.of(region("Etelä-Savo"), eur(70_388)))
            .addRegionalSplit(RegionalAidShare.of(region("Pohjois-Karjala"), eur(140_780)))
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("1").title("Viestintä ja markkinointi")
            .description("Tavoite: n. 200 yrityksen tavoittaminen koko toteutusalueella. Kohderyhmän koko kolmen "
                + "maakunnan alueella yhteensä 250 yritystä")
            .addTarget(Target.builder().bound(TargetBound.ABOUT).description("n. 200 yrityksen tavoittaminen koko toteutusalueella")
                .quantity(200).unit("yritystä").build())
            .addTarget(Target.builder().description("Teematilaisuudet maakunnissa yhteensä 13")
                .quantity(13).unit("teematilaisuutta").build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("2").title("Asiakasarvoanalyysit yrityksille")
            // The package states 250; the breakdown by region is the project's goal 2 ("Asiakasanalyysin
            // tekeminen vähintään 250 (Pohjois-Karjala 100, Pohjois-Savo 100, Etelä-Savo 50) kohderyhmän
            // yritykselle").
            .addTarget(Target.builder().description("250 mikro- ja pk-yrityksen asiakasarvoanalyysin tekeminen "
                    + "hallitustyön näkökulmasta Pohjois-Karjalassa, Pohjois-Savossa sekä Etelä-Savossa")
                .quantity(250).unit("yritystä")
                .addBreakdown(byRegion(100, 100, 50))
                .build())
            // "Asiakasarvoanalyysi on De Minimis tukea osallistuvalla yritykselle. Analyysi on yritykselle
            // maksuton. De Minimis tuen määrä on 1000 euroa / yritys (markkinahinta)."
            .addDeMinimisMeasure(DeMinimisMeasure.builder()
                .name("Asiakasarvoanalyysi")
                .marketValue(eur(1_000))
                .addStatedAid(SizeClassAmount.builder().amount(eur(1_000)).build())
                .build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("3").title("Asiakasarvon kehittämisen polku valmennus")
            // "Pohjois-Karjalan kauppakamari, joka vastaa ... Asiakasanalyysin polku -valmennuksen
            // järjestelyistä kaikilla alueilla"
            .addResponsibleMember("PKKK")
            // The package states 80; the breakdown by region is the project's goal 3 ("vähintään 80
            // (Pohjois-Karjala 32, Pohjois-Savo 32, Etelä-Savo 16)").
            .addTarget(Target.builder().description("Yhteensä 80 kohderyhmään kuuluvaa henkilöä osallistuu "
                    + "valmennukseen ja saa tästä ammattipätevyystodistuksen Pohjois-Karjalan kauppakamarilta.")
                .quantity(80).unit("henkilöä")
                .addBreakdown(byRegion(32, 32, 16))
                .build())
            // "Yrityksen omarahoitus on 300 euroa mikroyritykseltä, 600 euroa pieneltä yritykseltä ja 900
            // euroa keskisuurelta yritykseltä. De Minimis tuen määrä on 3900 euroa (polun markkinahinta) –
            // omarahoitusosuus / yritys." Only the formula is stated, so no stated aid amounts.
            .addDeMinimisMeasure(DeMinimisMeasure.builder()
                .name("Asiakasarvon kehittämisen polku valmennus")
                .marketValue(eur(3_900))
                .addContribution(SizeClassAmount.builder().size(CompanySize.MICRO).amount(eur(300)).build())
                .addContribution(SizeClassAmount.builder().size(CompanySize.SMALL).amount(eur(600)).build())
                .addContribution(SizeClassAmount.builder().size(CompanySize.MEDIUM).amount(eur(900)).build())
                .build())
            .build())
        .addWorkPackage(WorkPackage.builder()
            .code("4").title("Projektin johto, kehittäminen ja hallinto")
            .build())
        // "Lisätietoja hakemuksesta". "(Osallistumissitoumuksia: Pohjois-Karjala 23 kpl, Pohjois-Savo 22 kpl,
        // Etelä-Savo 7 kpl.)" is left out: it counts commitments collected so far, not a target, and a Target
        // would need a total (52) the document never states.
        .addTarget(Target.builder().description("Osallistujia: 250 henkilöä ryhmähanke")
            .quantity(250).unit("henkilöä").addBreakdown(byRegion(100, 100, 50)).build())
        .addTarget(Target.builder().description("Yrityksiä: 250")
            .quantity(250).unit("yritystä").addBreakdown(byRegion(100, 100, 50)).build())
        .addTarget(Target.builder().description("Lyhyen aikavälin tavoitteet (tulostindikaattorit): saavutettu "
                + "ammattipätevyys")
            .quantity(80).addBreakdown(byRegion(32, 32, 16)).build())
        .assessment(Assessment.builder()
            // "Rahoittaja puoltaa hakemuksen hyväksymistä: Kyllä"; no points are given.
            .recommended(true)
            .addMeeting(Meeting.of("Pohjois-Savon hankeryhmä", LocalDate.of(2023, 11, 13)))
            .addMeeting(Meeting.of("Pohjois-Karjalan ELY-keskuksen hankeryhmä", LocalDate.of(2023, 11, 24)))
            // as printed, in the genitive
            .addMeeting(Meeting.of("Etelä-Savon ELY-keskuksen hankeryhmän", LocalDate.of(2023, 11, 24)))
            .addMeeting(Meeting.of("Etelä-Savon ELY-keskuksen rakennerahastoyksikön rahoituskokous",
                LocalDate.of(2023, 12, 1)))
            .addMeeting(Meeting.of("Pohjois-Karjalan maakunnan yhteistyöryhmän sihteeristö", LocalDate.of(2024, 2, 6)))
            .addMeeting(Meeting.of("Pohjois-Savon maakunnan yhteistyöryhmän sihteeristö", LocalDate.of(2024, 2, 8)))
            .addMeeting(Meeting.of("Etelä-Savon maakunnan yhteistyöryhmän sihteeristö", LocalDate.of(2024, 2, 13)))
            .addMeeting(forInformation("Pohjois-Karjalan maakunnan yhteistyöryhmä", LocalDate.of(2024, 2, 29)))
            .addMeeting(forInformation("Pohjois-Savon maakunnan yhteistyöryhmä", LocalDate.of(2024, 3, 19)))
            .addMeeting(forInformation("Etelä-Savon maakunnan yhteistyöryhmä", LocalDate.of(2024, 4, 11)))
            // "Käsittelijä"
            .preparer("Anne-Marie Mutanen")
            .reasoning("Hanke on saanut erityistavoitteenmukaisessa arvioinnissa riittävästi pisteitä tullakseen "
                + "rahoitetuksi.")
            .build())
        .build();
    return GroupProject.builder()
        .groupId("R-01136")
        .plan(plan)
        // The applicant of application 204298 is the main implementer ("Hakijan virallinen nimi",
        // "Hakemusnumero"); the members' own budgets are not given, so no member projects.
        .addMember(GroupMember.builder().key("PKKK").organisation(pkkk).role(MemberRole.MAIN_IMPLEMENTER)
            .applicationNumber("204298").build())
        .addMember(member("Hallituspartnerit", partnerit, MemberRole.CO_IMPLEMENTER))
        .build();
  }

  // ---------------------------------------------------------------------------------------------------
  // 004 — Kestävän kasvun voimalla parempaa bisnestä
  // ---------------------------------------------------------------------------------------------------

  /**
   * Seed 004 ({@code 004_90368c95c4fd252a.txt}): <i>Kestävän kasvun voimalla parempaa bisnestä</i>, Kemin
   * kaupunginhallitus's decision to apply for Kemin kaupunki's part of the group project whose main
   * implementer is Kemin Digipolis Oy.
   *
   * <p>The minute is a partial document: Kemi's part only (its total cost and own funding, the aid as a rate), with
   * the main implementer's budget not given, and no claim that the two members named are all. It is encoded as
   * such ({@link Coverage#PARTIAL} tables and member list), so rules that would need the rest are listed as not
   * checkable in the report's coverage rather than reporting the unknown rest as a hole.
   *
   * @return the group project: Kemi's part 276 605 €, own funding 55 321 € (20 %), JTF aid 80 %
   */
  public static GroupProject kestavanKasvunVoimallaParempaaBisnesta() {
    Organisation digipolis = org("Kemin Digipolis Oy", OrganisationKind.COMPANY);
    Organisation kemi = org("Kemin kaupunki", OrganisationKind.MUNICIPALITY);
    String name = "Kestävän kasvun voimalla parempaa bisnestä";
    // "hankkeen hakemisen Pohjois-Pohjanmaan ELY-keskukselta"
    String authority = "Pohjois-Pohjanmaan ELY-keskus";
    // "Oikeudenmukaisen siirtymän ... rahastosta (Just Transition Fund, JTF-rahasto)"
    ProgrammePlacement jtf = ProgrammePlacement.builder().fund(Fund.JTF).build();
    Project plan = Project.builder()
        .documentKind(DocumentKind.MUNICIPAL_DECISION)
        .name(name)
        // "Hankkeen suunniteltu toteutusaika 1.10.2024-30.9.2027."
        .start(LocalDate.of(2024, 10, 1))
        .end(LocalDate.of(2027, 9, 30))
        .authority(authority)
        .placement(jtf)
        .build();
    Project kemiProject = Project.builder()
        .documentKind(DocumentKind.MUNICIPAL_DECISION)
        .name(name)
        .applicant(kemi)
        .authority(authority)
        .placement(jtf)
        // "Hankkeen kokonaiskustannusarvio koko hankeajalle on Kemin kaupungin osalta 276 605 euroa";
        // no lines are given ("Kustannukset koostuvat pääosin palkkakuluista ja ostopalveluista"): PARTIAL.
        .costEstimate(CostEstimate.builder().coverage(Coverage.PARTIAL).statedNetApplied(eur(276_605)).build())
        // Only the own funding is printed; the aid is given as a rate, never as an amount, and no funding total
        // is printed, so the plan is PARTIAL and holds no aid line (221 284 € would be a derived figure).
        .fundingPlan(FundingPlan.builder()
            .coverage(Coverage.PARTIAL)
            // "kaupungin omarahoitusosuus on 20 %, 55 321 euroa"
            .addLine(FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(eur(55_321))
                .statedShare(Percentage.of(20)).build())
            // "johon haetaan 80 % tukiosuutta"
            .statedAidRate(Percentage.of(80))
            .build())
        // The text is the "Päätösehdotus"; the "Päätös" paragraph records only who presented the matter
        // ("Elinvoimajohtaja Kimmo Heikka ja elinkeinopäällikkö Hanna Alila selostivat asiaa kokouksessa.").
        .decision(Decision.builder()
            .body("Kaupunginhallitus")
            .outcome(DecisionOutcome.APPROVED)
            .text("Kaupunginhallitus hyväksyy Kestävän kasvun voimalla parempaa bisnestä -hankkeen hakemisen "
                + "Pohjois-Pohjanmaan ELY-keskukselta. Omarahoitusosuus katetaan elinkeinopalveluiden "
                + "talousarviosta.")
            .build())
        .build();
    return GroupProject.builder()
        .plan(plan)
        // The minute names the two members it speaks of, but not that they are all: PARTIAL.
        .memberCoverage(Coverage.PARTIAL)
        // "päätoteuttajana toimii Kemin Digipolis Oy ja Kemin kaupunki on mukana osatoteuttajana"
        .addMember(member("Digipolis", digipolis, MemberRole.MAIN_IMPLEMENTER))
        .addMember(GroupMember.builder().key("Kemi").organisation(kemi).role(MemberRole.CO_IMPLEMENTER)
            .project(kemiProject).build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------------

  /**
   * All five seeds in file order: 000 <i>(nimetön: tekoäly ja verkkokauppa)</i>, 001 <i>Meta Pilot
   * Factory</i>, 002 <i>DigiFocus</i>, 003 <i>Hallitustyöstä lisää asiakasarvoa</i>, 004 <i>Kestävän kasvun
   * voimalla parempaa bisnestä</i>.
   *
   * @return the seeds, each either a project or a group project
   */
  public static List<Seed> all() {
    return List.of(
        Seed.ofProject("000_1fd54de9332bf4bc.txt", tekoalyJaVerkkokauppa()),
        Seed.ofGroup("001_6464ae32cc4875d5.txt", metaPilotFactory()),
        Seed.ofGroup("002_fcc93842ad72cd55.txt", digiFocus()),
        Seed.ofGroup("003_a429a945fa8dac7e.txt", hallitustyostaLisaaAsiakasarvoa()),
        Seed.ofGroup("004_90368c95c4fd252a.txt", kestavanKasvunVoimallaParempaaBisnesta()));
  }

  // --- helpers -----------------------------------------------------------------------------------------

  private static FastMoney eur(long euros) {
    return Eur.of(euros);
  }

  private static Region region(String name) {
    return FINLAND.region(name);
  }

  private static List<Municipality> municipalities(String... names) {
    return Arrays.stream(names).map(FINLAND::municipality).collect(Collectors.toList());
  }

  private static Organisation org(String name, OrganisationKind kind) {
    return Organisation.builder().name(name).kind(kind).build();
  }

  private static Organisation org(String name, OrganisationKind kind, String businessId) {
    return Organisation.builder().name(name).kind(kind).businessId(BusinessId.parse(businessId)).build();
  }

  private static GroupMember member(String key, Organisation organisation, MemberRole role) {
    return GroupMember.builder().key(key).organisation(organisation).role(role).build();
  }

  private static CostLine cost(CostCategory category, long applied) {
    return CostLine.builder().category(category).applied(eur(applied)).build();
  }

  private static CostLine cost(CostCategory category, long applied, long approved) {
    return CostLine.builder().category(category).applied(eur(applied)).approved(eur(approved)).build();
  }

  private static FundingLine funding(FundingSource source, long applied, long approved, long sharePercent) {
    return FundingLine.builder().source(source).applied(eur(applied)).approved(eur(approved))
        .statedShare(Percentage.of(sharePercent)).build();
  }

  /** Seed 002: "TP3-6 250€ per yritys". */
  private static ParticipationFee fee250(String collectedBy) {
    return ParticipationFee.builder()
        .description("TP3-6 250€ per yritys")
        .addTier(FeeTier.builder().amount(eur(250)).build())
        .collectedBy(collectedBy)
        .build();
  }

  /** Seed 003's order: "Pohjois-Karjala …, Pohjois-Savo …, Etelä-Savo …". */
  private static Breakdown byRegion(long pohjoisKarjala, long pohjoisSavo, long etelaSavo) {
    return Breakdown.builder().dimension("maakunta")
        .addPart(BreakdownPart.of("Pohjois-Karjala", pohjoisKarjala))
        .addPart(BreakdownPart.of("Pohjois-Savo", pohjoisSavo))
        .addPart(BreakdownPart.of("Etelä-Savo", etelaSavo))
        .build();
  }

  private static Meeting forInformation(String body, LocalDate date) {
    return Meeting.builder().body(body).date(date).note("tiedoksi").build();
  }
}
