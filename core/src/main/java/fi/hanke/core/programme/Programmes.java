package fi.hanke.core.programme;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.FlatRateBase;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme profiles Hanke ships (<i>ohjelmat</i>, sv. <i>program</i>). Each profile is immutable data;
 * the same instance is returned on every call.
 */
public final class Programmes {
  private Programmes() {}

  /**
   * Finland's 2021–2027 programme "Uudistuva ja osaava Suomi 2021–2027" (CCI 2021FI16FFPR001), with every
   * figure sourced in {@code domain/finnish-rules.md}.
   *
   * @return the profile
   */
  public static ProgrammeProfile finland2021to2027() {
    return Finland.PROFILE;
  }

  private static final class Finland {
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate END = LocalDate.of(2029, 12, 31);
    private static final Validity PERIOD = Validity.between(START, END);
    /** The Government's decision to add the two defence objectives (pending the Commission's approval). */
    private static final LocalDate AMENDMENT_2025 = LocalDate.of(2025, 10, 9);
    private static final List<CostCategory> DIRECT =
        List.of(CostCategory.STAFF, CostCategory.TRAVEL, CostCategory.OTHER, CostCategory.PURCHASED_SERVICES, CostCategory.EQUIPMENT);
    private static final List<CostCategory> ALL_BUT_LUMP_SUM =
        List.of(CostCategory.STAFF, CostCategory.TRAVEL, CostCategory.OTHER, CostCategory.PURCHASED_SERVICES,
            CostCategory.EQUIPMENT, CostCategory.FLAT_RATE, CostCategory.INCOME);

    static final ProgrammeProfile PROFILE = ProgrammeProfile.builder()
        .programme(Programme.UUDISTUVA_JA_OSAAVA_SUOMI_2021_2027)
        .code("2021FI16FFPR001")
        .nameFi("Uudistuva ja osaava Suomi 2021–2027")
        .nameSv("Förnyelse och kompetens i Finland 2021–2027")
        .eligibility(PERIOD)
        // §4.1: priorities and their funds. The names of TL 1–6 as the programme lists them (Pohjois-Pohjanmaan
        // liitto, "EU:n alue- ja rakennepolitiikan ohjelmakauden 2021-2027 valmistelu" and its news of 11.3.2021,
        // https://www.pohjois-pohjanmaa.fi/eun-alue-ja-rakennepolitiikan-ohjelmakauden-2021-2027-valmistelu/);
        // TL 3 is ERDF (Etelä-Savon maakuntaliitto 3.8.2022: "EAKR toimintalinjan 3 Saavutettavampi Suomi");
        // TL 6 is ESF+ material aid (https://rakennerahastot.fi/aineellinen-apu-esr-rahastosta).
        .addPriority(priority(1, "Innovatiivinen Suomi", Fund.ERDF))
        .addPriority(priority(2, "Hiilineutraali Suomi", Fund.ERDF))
        .addPriority(priority(3, "Saavutettavampi Suomi", Fund.ERDF))
        .addPriority(priority(4, "Työllistävä, osaava ja osallistava Suomi", Fund.ESF_PLUS))
        .addPriority(priority(5, "Sosiaalisten innovaatioiden Suomi", Fund.ESF_PLUS))
        .addPriority(priority(6, "Aineellista puutetta torjuva Suomi", Fund.ESF_PLUS))
        // the name of TL 7 as seed 001 prints it (the programme's list says "Oikeudenmukaisen siirtymän rahasto (JTF)")
        .addPriority(priority(7, "Oikeudenmukaisen siirtymän Suomi", Fund.JTF))
        .addSpecificObjective(objective("1.1", 1, "Tutkimus- ja innovointivalmiuksien ja kehittyneiden teknologioiden käyttöönoton parantaminen", Fund.ERDF))
        .addSpecificObjective(objective("1.2", 1, "Digitalisaation etujen hyödyntäminen kansalaisten, yritysten ja julkishallinnon hyväksi", Fund.ERDF))
        // the Finnish title of 1.3 (SME growth and competitiveness) was not seen at source
        .addSpecificObjective(SpecificObjective.builder().code("1.3").priority(1).fund(Fund.ERDF).validity(PERIOD).build())
        .addSpecificObjective(objective("2.1", 2, "Energiatehokkuustoimenpiteiden edistäminen ja kasvihuonekaasujen vähentäminen", Fund.ERDF))
        .addSpecificObjective(objective("2.2", 2, "Ilmastonmuutokseen sopeutumisen, riskien ehkäisemisen ja katastrofivalmiuden ja -palautuvuuden edistäminen", Fund.ERDF))
        .addSpecificObjective(objective("2.3", 2, "Kiertotalouteen siirtymisen edistäminen", Fund.ERDF))
        // TL 3 has one specific objective (local accessibility, ERDF); its code 3.1 follows the programme's numbering
        // (one objective per priority is numbered N.1, as 5.1 and 7.1 are) and its title was not seen at source
        .addSpecificObjective(SpecificObjective.builder().code("3.1").priority(3).fund(Fund.ERDF).validity(PERIOD)
            .source("TL 3 Saavutettavampi Suomi, EAKR (Etelä-Savon maakuntaliitto 3.8.2022); code by the programme's"
                + " numbering and title not verified")
            .build())
        .addSpecificObjective(objective("4.1", 4, "Polkuja töihin", Fund.ESF_PLUS))
        .addSpecificObjective(objective("4.2", 4, "Uutta osaamista työelämään", Fund.ESF_PLUS))
        .addSpecificObjective(objective("4.3", 4, "Yhdenvertaiseen osallisuuteen", Fund.ESF_PLUS))
        .addSpecificObjective(objective("5.1", 5, "Turvaverkkoja nuorten tulevaisuuteen", Fund.ESF_PLUS))
        // TL 6 has one specific objective (material aid to the most deprived, ESF+, Ruokavirasto, 2023–2027): the
        // programme has five ESF+ objectives in all ("Erityistavoitteita on yhteensä viisi", Työttömien
        // Keskusjärjestö's guide to the programme), 4.1–4.3, 5.1 and this one. Its code 6.1 follows the
        // programme's numbering and its title was not seen at source.
        .addSpecificObjective(SpecificObjective.builder().code("6.1").priority(6).fund(Fund.ESF_PLUS).validity(PERIOD)
            .source("TL 6 Aineellista puutetta torjuva Suomi, ESR+ (rakennerahastot.fi/aineellinen-apu-esr-rahastosta);"
                + " code by the programme's numbering and title not verified")
            .build())
        .addSpecificObjective(objective("7.1", 7, "Turpeesta luopumisen alueellisesti oikeudenmukainen siirtymä", Fund.JTF))
        // The two defence objectives added by the 2025 amendment (Government decision 9.10.2025, ~300 M€ moved from
        // ERDF and ESF+; https://tem.fi/-/uudistuva-ja-osaava-suomi-ohjelma-300-milj.-euron-uudelleenkohdistukset-
        // puolustusvalmiuksien-vahvistamiseksi-suomessa). Their titles are TEM's; they are ERDF objectives
        // (Regulation (EU) 2025/1914 adds them to the ERDF Regulation 2021/1058, Art. 3(1)(a) and (c)).
        // NOT VERIFIED: their codes and priorities in the amended programme (not published in the sources read; they
        // are placed here, as their EU policy objectives are, under TL 1 (policy objective 1) and TL 3 (policy
        // objective 3) with the next free codes), and the date from which they apply: the Commission's approval of
        // the amendment was pending on 9.10.2025 and expenditure under an added objective is eligible from the date
        // the amendment was submitted (CPR Art. 63(7)); the Government decision's date stands for both.
        .addSpecificObjective(added("1.4", 1,
            "Puolustusteollisuutta ja kaksikäyttöisyyttä tukevan teollisuuskapasiteetin vahvistaminen"))
        .addSpecificObjective(added("3.2", 3,
            "Sotilaallista liikkuvuutta edistävän kaksikäyttöisen liikenneinfrastruktuurin kehittäminen"))
        // §1.2: the flat-rate options
        .addFlatRate(FlatRate.builder()
            .option(CostOption.FLAT_RATE_40).rate(Percentage.of(40)).base(FlatRateBase.STAFF_COSTS)
            .addBaseCategory(CostCategory.STAFF)
            .addClaimableCategories(CostCategory.STAFF, CostCategory.FLAT_RATE, CostCategory.INCOME)
            .addFunds(Fund.ERDF, Fund.ESF_PLUS, Fund.JTF)
            .addProjectTypes(ProjectType.DEVELOPMENT)
            .validity(PERIOD).source("866/2021 §8").build())
        .addFlatRate(FlatRate.builder()
            .option(CostOption.FLAT_RATE_7).rate(Percentage.of(7)).base(FlatRateBase.DIRECT_COSTS)
            .addAllBaseCategories(DIRECT)
            .addAllClaimableCategories(ALL_BUT_LUMP_SUM)
            .addFunds(Fund.ERDF, Fund.ESF_PLUS, Fund.JTF)
            .addProjectTypes(ProjectType.DEVELOPMENT)
            .conditions(FlatRateConditions.builder()
                .purchasedServicesShareOfStaff(Percentage.of(30))
                .travelShareOfStaff(Percentage.of(20))
                .build())
            .validity(PERIOD).source("866/2021 §9 (EAKR, JTF), §11 (ESR+, JTF)").build())
        .addFlatRate(FlatRate.builder()
            .option(CostOption.FLAT_RATE_1_5).rate(Percentage.parse("1.5")).base(FlatRateBase.DIRECT_INVESTMENT_COSTS)
            .addBaseCategories(CostCategory.EQUIPMENT, CostCategory.OTHER, CostCategory.PURCHASED_SERVICES)
            // §10(2): the direct investment costs (machines, other investments, materials, purchased services,
            // buildings and land, communication, audit) are claimed; no staff or travel costs: §10(3) "Hankkeen
            // muut kuin 2 momentissa tarkoitetut kustannukset korvataan prosenttimääräisinä" (audit-2026.md §2 row 10)
            .addClaimableCategories(CostCategory.OTHER, CostCategory.PURCHASED_SERVICES, CostCategory.EQUIPMENT,
                CostCategory.FLAT_RATE, CostCategory.INCOME)
            .addFunds(Fund.ERDF, Fund.JTF)
            // investment projects, and the investments of development projects (§10(1), 757/2021 §9(1)(1)(a))
            .addProjectTypes(ProjectType.INVESTMENT, ProjectType.DEVELOPMENT)
            .validity(PERIOD).source("866/2021 §10").build())
        // §3.2: aid ceilings
        .addAidCeiling(ceiling(ProjectType.DEVELOPMENT, 80, "867/2021 §4(1)"))
        .addAidCeiling(ceiling(ProjectType.INVESTMENT, 70, "867/2021 §4(2)"))
        .addAidCeiling(ceiling(ProjectType.FOOD_AID, 100, "757/2021 §17(2)"))
        // §1.4: travel unit costs
        .addTravelDayRate(travel(TravelDayKind.DOMESTIC_STAFF, 176))
        .addTravelDayRate(travel(TravelDayKind.DOMESTIC_TARGET_GROUP, 132))
        .addTravelDayRate(travel(TravelDayKind.ABROAD_EUROPE, 368))
        .addTravelDayRate(travel(TravelDayKind.ABROAD_OUTSIDE_EUROPE, 720))
        .addTravelUnitCostOptions(CostOption.FLAT_RATE_7, CostOption.LUMP_SUM)
        // §1.5: lump sums; the standardised lump sums were fixed on 17.5.2022
        .addDraftBudgetLumpSumMaximum(Dated.of(Eur.of(200_000), PERIOD))
        // CPR Art. 53(2): operations of at most 200 000 € in simplified cost options unless State aid;
        // 866/2021 §2(3) (audit-2026.md §3 rank 4)
        .addSimplifiedCostsThreshold(Dated.of(Eur.of(200_000), PERIOD))
        .addStandardLumpSum(Dated.of(Eur.of(50_000), Validity.between(LocalDate.of(2022, 5, 17), END)))
        // §1.3: staff hours
        .addStaffHoursPerYear(Dated.of(1720, PERIOD))
        // JTF: 14 regions under their territorial just transition plans (programme amendment approved by the
        // Government 20.10.2022): Itä- and Pohjois-Suomi's seven regions, Etelä-Pohjanmaa, Keski-Suomi,
        // Pohjanmaa, Satakunta, Kymenlaakso, Etelä-Karjala, and in Pirkanmaa only Parkano, Kihniö, Virrat and
        // Punkalaidun (rakennerahastot.fi/oikeudenmukaisen-siirtyman-rahasto-jtf "14 JTF-maakunnassa";
        // pirkanmaa.fi "Pirkanmaalla JTF-alueeseen kuuluvat Parkano, Kihniö, Virrat ja Punkalaidun";
        // epliitto.fi; audit-2026.md §3 rank 6)
        .addFundTerritory(FundTerritory.builder().fund(Fund.JTF)
            .addWholeRegions("04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19")
            .addMunicipalities("250", "581", "619", "936")
            .validity(PERIOD)
            .source("(EU) 2021/1056 Art. 8, 11; territorial just transition plans; rakennerahastot.fi/oikeudenmukaisen-siirtyman-rahasto-jtf")
            .build())
        .build();

    private static Priority priority(int number, String name, Fund fund) {
      return Priority.builder().number(number).nameFi(name).addFund(fund).build();
    }

    private static SpecificObjective objective(String code, int priority, String name, Fund fund) {
      return SpecificObjective.builder().code(code).priority(priority).nameFi(name).fund(fund).validity(PERIOD).build();
    }

    /** An ERDF objective added by the amendment of 2025 (Government decision 9.10.2025). */
    private static SpecificObjective added(String code, int priority, String name) {
      return SpecificObjective.builder().code(code).priority(priority).nameFi(name).fund(Fund.ERDF)
          .validity(Validity.between(AMENDMENT_2025, END))
          .source("Valtioneuvoston päätös 9.10.2025 (tem.fi); Regulation (EU) 2025/1914; code, priority and start"
              + " date not verified")
          .build();
    }

    private static AidCeiling ceiling(ProjectType type, int percent, String source) {
      return AidCeiling.builder().projectType(type).rate(Percentage.of(percent)).validity(PERIOD).source(source).build();
    }

    private static TravelDayRate travel(TravelDayKind kind, int euros) {
      return TravelDayRate.builder().kind(kind).amount(Eur.of(euros)).validity(PERIOD).build();
    }
  }
}
