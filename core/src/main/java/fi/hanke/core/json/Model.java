package fi.hanke.core.json;

import static fi.hanke.core.json.ObjectCodec.describe;
import static fi.hanke.core.json.Scalars.AMOUNT;
import static fi.hanke.core.json.Scalars.BOOLEAN;
import static fi.hanke.core.json.Scalars.BUSINESS_ID;
import static fi.hanke.core.json.Scalars.COUNT;
import static fi.hanke.core.json.Scalars.DATE;
import static fi.hanke.core.json.Scalars.DECIMAL;
import static fi.hanke.core.json.Scalars.INTEGER;
import static fi.hanke.core.json.Scalars.MONTH_PERIOD;
import static fi.hanke.core.json.Scalars.MUNICIPALITY;
import static fi.hanke.core.json.Scalars.NON_BLANK;
import static fi.hanke.core.json.Scalars.PERCENTAGE;
import static fi.hanke.core.json.Scalars.REGION;
import static fi.hanke.core.json.Scalars.STRING;
import static fi.hanke.core.json.Scalars.YEAR;
import static fi.hanke.core.json.Scalars.enumOf;

import fi.hanke.core.Coverage;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisRegulation;
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
import fi.hanke.core.money.Hedge;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.programme.ProjectType;
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
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import java.util.List;

/**
 * The tables of hanke/1: every model type of a project or group project described once, field by field, in the
 * order the writer writes them. Field names are the names of the Java accessors; the descriptions go into the
 * JSON Schema with the Finnish terms of EURA 2021.
 */
final class Model {
  private Model() {}

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION = describe("Organisation",
      Organisation.class, Organisation::builder, Organisation.Builder::build,
      "Organisaatio (sv. organisation): an organisation that applies for or carries out a project.")
      .required("name", Organisation::name, NON_BLANK, Organisation.Builder::name,
          "Virallinen nimi: the official name, as in the trade register or the application.")
      .optional("businessId", Organisation::businessId, BUSINESS_ID, Organisation.Builder::businessId,
          "Y-tunnus (sv. FO-nummer), absent for an organisation that has none.")
      .required("kind", Organisation::kind, enumOf(OrganisationKind.class), Organisation.Builder::kind,
          "Organisaatiotyyppi (sv. organisationstyp): the legal kind.")
      .build();

  static final ObjectCodec<Call, Call.Builder> CALL = describe("Call", Call.class, Call::builder, Call.Builder::build,
      "Hakuilmoitus (sv. ansökningsomgång): the call for applications a project answers.")
      .required("name", Call::name, STRING, Call.Builder::name, "The name of the call.")
      .optional("id", Call::id, STRING, Call.Builder::id, "Hakuilmoituksen tunnus: the call's identifier, e.g. ESAELY-049.")
      .build();

  static final ObjectCodec<ProgrammePlacement, ProgrammePlacement.Builder> PLACEMENT = describe("ProgrammePlacement",
      ProgrammePlacement.class, ProgrammePlacement::builder, ProgrammePlacement.Builder::build,
      "Ohjelmasijoitus (sv. placering i programmet): programme, priority, specific objective, fund, support form"
          + " and project type.")
      .optional("programme", ProgrammePlacement::programme, enumOf(Programme.class), ProgrammePlacement.Builder::programme,
          "Ohjelma (sv. program): the programme the document names, e.g. UUDISTUVA_JA_OSAAVA_SUOMI_2021_2027 or"
              + " KESTAVAA_KASVUA_JA_TYOTA_2014_2020; absent where it names none.")
      .optional("priority", ProgrammePlacement::priority, INTEGER, ProgrammePlacement.Builder::priority,
          "Toimintalinja (sv. insatsområde): the number of the priority, e.g. 4.")
      .optional("specificObjective", ProgrammePlacement::specificObjective, STRING,
          ProgrammePlacement.Builder::specificObjective,
          "Erityistavoite (sv. specifikt mål): the code of the specific objective, e.g. \"4.2\".")
      .optional("fund", ProgrammePlacement::fund, enumOf(Fund.class), ProgrammePlacement.Builder::fund,
          "Rahasto (sv. fond): ERDF = EAKR, ESF_PLUS = ESR+, JTF.")
      .optional("supportForm", ProgrammePlacement::supportForm, STRING, ProgrammePlacement.Builder::supportForm,
          "Tukimuoto: the support form as the document writes it.")
      .defaulted("projectType", ProgrammePlacement::projectType, enumOf(ProjectType.class),
          ProgrammePlacement.Builder::projectType,
          "Hanketyyppi (sv. projekttyp): decides the aid ceiling; DEVELOPMENT when absent.")
      .build();

  static final ObjectCodec<CostModel, CostModel.Builder> COST_MODEL = describe("CostModel", CostModel.class,
      CostModel::builder, CostModel.Builder::build,
      "Kustannusarviota ohjaavat kustannusmallivalinnat (sv. val av kostnadsmodell): the cost option, how staff and"
          + " travel costs are declared, and whether VAT is included.")
      .required("option", CostModel::option, enumOf(CostOption.class), CostModel.Builder::option,
          "Kustannusmalli (sv. kostnadsmodell): the flat-rate option, lump sum or real costs.")
      .optional("staffCostModel", CostModel::staffCostModel, enumOf(StaffCostModel.class),
          CostModel.Builder::staffCostModel, "Palkkakustannusten ilmoitustapa (sv. lönekostnadsmodell).")
      .optional("travelCostModel", CostModel::travelCostModel, enumOf(TravelCostModel.class),
          CostModel.Builder::travelCostModel, "Matkakustannusten ilmoitustapa (sv. resekostnadsmodell).")
      .optional("vatIncluded", CostModel::vatIncluded, BOOLEAN, CostModel.Builder::vatIncluded,
          "Sisältyykö arvonlisävero kustannuksiin: whether VAT is included in the costs.")
      .build();

  static final ObjectCodec<CostLine, CostLine.Builder> COST_LINE = describe("CostLine", CostLine.class,
      CostLine::builder, CostLine.Builder::build,
      "Kustannusarvion rivi (sv. rad i kostnadsförslaget): a category with the amount applied for and, once"
          + " decided, approved; income is the positive amount printed and is deducted in the net cost.")
      .required("category", CostLine::category, enumOf(CostCategory.class), CostLine.Builder::category,
          "Kustannuslaji (sv. kostnadsslag).")
      .required("applied", CostLine::applied, AMOUNT, CostLine.Builder::applied, "Haetut yhteensä: applied for.")
      .unlessDefault("appliedHedge", CostLine::appliedHedge, Hedge.EXACT, enumOf(Hedge.class),
          CostLine.Builder::appliedHedge, "How the amount applied for is stated: EXACT (the default), AT_MOST (enintään) or ABOUT (arviolta, noin).")
      .optional("approved", CostLine::approved, AMOUNT, CostLine.Builder::approved, "Hyväksytyt yhteensä: approved.")
      .map("appliedByYear", CostLine::appliedByYear, YEAR, AMOUNT, CostLine.Builder::putAppliedByYear,
          "The applied amount by calendar year, keyed by the year (\"2025\"), where the document gives it.")
      .optional("label", CostLine::label, STRING, CostLine.Builder::label,
          "The label as the document prints it, where it differs from the category's standard label.")
      .build();

  static final ObjectCodec<CostEstimate, CostEstimate.Builder> COST_ESTIMATE = describe("CostEstimate",
      CostEstimate.class, CostEstimate::builder, CostEstimate.Builder::build,
      "Kustannusarvio (sv. kostnadsförslag): the lines in document order and the totals the document states.")
      .defaulted("layout", CostEstimate::layout, enumOf(CostLayout.class), CostEstimate.Builder::layout,
          "Esitystapa (sv. uppställning): the layout the document prints the estimate in; EURA when absent.")
      .unlessDefault("coverage", CostEstimate::coverage, Coverage.COMPLETE, enumOf(Coverage.class),
          CostEstimate.Builder::coverage, "Kattavuus: COMPLETE (the default; the whole table is printed, a line not"
              + " printed is zero) or PARTIAL (only the stated lines and totals are known).")
      .list("lines", CostEstimate::lines, COST_LINE, CostEstimate.Builder::addLine, "The lines, in document order.")
      .optional("statedNetApplied", CostEstimate::statedNetApplied, AMOUNT, CostEstimate.Builder::statedNetApplied,
          "Nettokustannusarvio yhteensä: the net total applied for, as stated.")
      .unlessDefault("statedNetAppliedHedge", CostEstimate::statedNetAppliedHedge, Hedge.EXACT, enumOf(Hedge.class),
          CostEstimate.Builder::statedNetAppliedHedge, "How the net total applied for is stated: EXACT (the default),"
              + " AT_MOST (enintään) or ABOUT (arviolta, noin).")
      .optional("statedNetApproved", CostEstimate::statedNetApproved, AMOUNT,
          CostEstimate.Builder::statedNetApproved, "The net total approved, as stated.")
      .build();

  static final ObjectCodec<FundingLine, FundingLine.Builder> FUNDING_LINE = describe("FundingLine",
      FundingLine.class, FundingLine::builder, FundingLine.Builder::build,
      "Rahoitussuunnitelman rivi (sv. rad i finansieringsplanen): a source with the amounts and the printed share.")
      .required("source", FundingLine::source, enumOf(FundingSource.class), FundingLine.Builder::source,
          "Rahoituslähde (sv. finansieringskälla).")
      .required("applied", FundingLine::applied, AMOUNT, FundingLine.Builder::applied, "Haetut yhteensä: applied for.")
      .unlessDefault("appliedHedge", FundingLine::appliedHedge, Hedge.EXACT, enumOf(Hedge.class),
          FundingLine.Builder::appliedHedge, "How the amount applied for is stated: EXACT (the default), AT_MOST (enintään) or ABOUT (arviolta, noin).")
      .optional("approved", FundingLine::approved, AMOUNT, FundingLine.Builder::approved,
          "Hyväksytyt yhteensä: approved.")
      .optional("statedShare", FundingLine::statedShare, PERCENTAGE, FundingLine.Builder::statedShare,
          "Osuus %: the share the document prints, kept as printed.")
      .optional("label", FundingLine::label, STRING, FundingLine.Builder::label,
          "The label as the document prints it, where it differs from the source's standard label.")
      .build();

  static final ObjectCodec<RegionalAidShare, RegionalAidShare.Builder> REGIONAL_AID_SHARE = describe(
      "RegionalAidShare", RegionalAidShare.class, RegionalAidShare::builder, RegionalAidShare.Builder::build,
      "Tuen maakunnallinen jako (sv. stödets fördelning per landskap): one region's part of the aid.")
      .required("region", RegionalAidShare::region, REGION, RegionalAidShare.Builder::region, "Maakunta: the region.")
      .required("amount", RegionalAidShare::amount, AMOUNT, RegionalAidShare.Builder::amount,
          "The region's part of the aid.")
      .build();

  static final ObjectCodec<FundingPlan, FundingPlan.Builder> FUNDING_PLAN = describe("FundingPlan",
      FundingPlan.class, FundingPlan::builder, FundingPlan.Builder::build,
      "Rahoitussuunnitelma (sv. finansieringsplan): lines by source, stated totals and aid rate, and the regional"
          + " split of the aid.")
      .unlessDefault("coverage", FundingPlan::coverage, Coverage.COMPLETE, enumOf(Coverage.class),
          FundingPlan.Builder::coverage, "Kattavuus: COMPLETE (the default; the whole table is printed, a source not"
              + " printed is zero) or PARTIAL (only the stated lines and totals are known).")
      .list("lines", FundingPlan::lines, FUNDING_LINE, FundingPlan.Builder::addLine, "The lines, in document order.")
      .optional("statedTotalApplied", FundingPlan::statedTotalApplied, AMOUNT, FundingPlan.Builder::statedTotalApplied,
          "Rahoitussuunnitelma yhteensä: the total applied for, as stated.")
      .unlessDefault("statedTotalAppliedHedge", FundingPlan::statedTotalAppliedHedge, Hedge.EXACT,
          enumOf(Hedge.class), FundingPlan.Builder::statedTotalAppliedHedge, "How the total applied for is stated:"
              + " EXACT (the default), AT_MOST (enintään) or ABOUT (arviolta, noin).")
      .optional("statedTotalApproved", FundingPlan::statedTotalApproved, AMOUNT,
          FundingPlan.Builder::statedTotalApproved, "The total approved, as stated.")
      .optional("statedAidRate", FundingPlan::statedAidRate, PERCENTAGE, FundingPlan.Builder::statedAidRate,
          "The aid rate the document states, e.g. \"80\" for EU + valtio 80 %.")
      .list("regionalSplit", FundingPlan::regionalSplit, REGIONAL_AID_SHARE, FundingPlan.Builder::addRegionalSplit,
          "Tuen maakunnallinen jako: the split of the aid by region.")
      .build();

  static final ObjectCodec<BreakdownPart, BreakdownPart.Builder> BREAKDOWN_PART = describe("BreakdownPart",
      BreakdownPart.class, BreakdownPart::builder, BreakdownPart.Builder::build,
      "Tavoitteen erittelyn osa (sv. del av målets fördelning): \"Pohjois-Karjala 100\".")
      .required("key", BreakdownPart::key, NON_BLANK, BreakdownPart.Builder::key,
          "What the part is (a region, an age group), as the document writes it.")
      .required("quantity", BreakdownPart::quantity, COUNT, BreakdownPart.Builder::quantity, "The quantity.")
      .build();

  static final ObjectCodec<Breakdown, Breakdown.Builder> BREAKDOWN = describe("Breakdown", Breakdown.class,
      Breakdown::builder, Breakdown.Builder::build,
      "Tavoitteen erittely (sv. fördelning av målet): a breakdown of a target along one dimension.")
      .required("dimension", Breakdown::dimension, STRING, Breakdown.Builder::dimension,
          "The dimension, e.g. \"maakunta\" or \"ikäryhmä\".")
      .list("parts", Breakdown::parts, BREAKDOWN_PART, Breakdown.Builder::addPart, "The parts, in document order.")
      .defaulted("complete", Breakdown::complete, BOOLEAN, Breakdown.Builder::complete,
          "true if the parts add up to the target, false for an \"of whom\" subset; true when absent.")
      .build();

  static final ObjectCodec<Target, Target.Builder> TARGET = describe("Target", Target.class, Target::builder,
      Target.Builder::build,
      "Tavoite (sv. mål): a quantity, or a range, of a unit, with optional breakdowns.")
      .required("description", Target::description, STRING, Target.Builder::description,
          "What is counted, as the document writes it.")
      .required("quantity", Target::quantity, COUNT, Target.Builder::quantity,
          "The quantity, or the lower end of a range.")
      .optional("upTo", Target::upTo, COUNT, Target.Builder::upTo, "The upper end of a range (\"25–30\").")
      .optional("bound", Target::bound, enumOf(TargetBound.class), Target.Builder::bound,
          "Vähintään / noin / enintään: how the quantity is meant.")
      .optional("unit", Target::unit, STRING, Target.Builder::unit, "The unit, e.g. \"yritystä\".")
      .optional("indicator", Target::indicator, STRING, Target.Builder::indicator,
          "The indicator code, e.g. EECO11 or RCO01.")
      .list("breakdowns", Target::breakdowns, BREAKDOWN, Target.Builder::addBreakdown,
          "Erittelyt: the breakdowns, in document order.")
      .build();

  static final ObjectCodec<FeeTier, FeeTier.Builder> FEE_TIER = describe("FeeTier", FeeTier.class, FeeTier::builder,
      FeeTier.Builder::build,
      "Osallistumismaksun porras (sv. avgiftsnivå): an amount and when it applies.")
      .required("amount", FeeTier::amount, AMOUNT, FeeTier.Builder::amount, "The fee per participant.")
      .optional("condition", FeeTier::condition, STRING, FeeTier.Builder::condition,
          "The condition as the document writes it.")
      .optional("turnoverAbove", FeeTier::turnoverAbove, AMOUNT, FeeTier.Builder::turnoverAbove,
          "The turnover (liikevaihto) above which the tier applies.")
      .optional("companySize", FeeTier::companySize, enumOf(CompanySize.class), FeeTier.Builder::companySize,
          "Yrityksen kokoluokka: the company size the tier applies to.")
      .build();

  static final ObjectCodec<ParticipationFee, ParticipationFee.Builder> PARTICIPATION_FEE = describe(
      "ParticipationFee", ParticipationFee.class, ParticipationFee::builder, ParticipationFee.Builder::build,
      "Osallistumismaksu (sv. deltagaravgift): a fee charged from participants, with its tiers.")
      .optional("description", ParticipationFee::description, STRING, ParticipationFee.Builder::description,
          "What the fee is for.")
      .list("tiers", ParticipationFee::tiers, FEE_TIER, ParticipationFee.Builder::addTier, "The tiers.")
      .optional("collectedBy", ParticipationFee::collectedBy, STRING, ParticipationFee.Builder::collectedBy,
          "The key of the group member that invoices the fee (laskuttaa).")
      .build();

  static final ObjectCodec<SizeClassAmount, SizeClassAmount.Builder> SIZE_CLASS_AMOUNT = describe(
      "SizeClassAmount", SizeClassAmount.class, SizeClassAmount::builder, SizeClassAmount.Builder::build,
      "Kokoluokkakohtainen summa (sv. belopp per storleksklass): an amount for a company size, or for all sizes.")
      .optional("size", SizeClassAmount::size, enumOf(CompanySize.class), SizeClassAmount.Builder::size,
          "Yrityksen kokoluokka; absent for every size.")
      .required("amount", SizeClassAmount::amount, AMOUNT, SizeClassAmount.Builder::amount, "The amount.")
      .build();

  static final ObjectCodec<DeMinimisMeasure, DeMinimisMeasure.Builder> DE_MINIMIS_MEASURE = describe(
      "DeMinimisMeasure", DeMinimisMeasure.class, DeMinimisMeasure::builder, DeMinimisMeasure.Builder::build,
      "De minimis -toimenpide (sv. de minimis-åtgärd): a service's market value per company and the company's own"
          + " contribution by size class.")
      .required("name", DeMinimisMeasure::name, NON_BLANK, DeMinimisMeasure.Builder::name, "The measure's name.")
      .defaulted("regulation", DeMinimisMeasure::regulation, enumOf(DeMinimisRegulation.class),
          DeMinimisMeasure.Builder::regulation, "De minimis -asetus; GENERAL_2023_2831 when absent.")
      .required("marketValue", DeMinimisMeasure::marketValue, AMOUNT, DeMinimisMeasure.Builder::marketValue,
          "Markkinahinta: the market value of the service per company.")
      .list("contributions", DeMinimisMeasure::contributions, SIZE_CLASS_AMOUNT,
          DeMinimisMeasure.Builder::addContribution, "Omarahoitus: the company's own contribution by size class.")
      .list("statedAid", DeMinimisMeasure::statedAid, SIZE_CLASS_AMOUNT, DeMinimisMeasure.Builder::addStatedAid,
          "The aid per company as the document states it.")
      .build();

  static final ObjectCodec<DeMinimisParticipant, DeMinimisParticipant.Builder> DE_MINIMIS_PARTICIPANT = describe(
      "DeMinimisParticipant", DeMinimisParticipant.class, DeMinimisParticipant::builder,
      DeMinimisParticipant.Builder::build,
      "De minimis -tuensaaja (sv. mottagare av stöd av mindre betydelse): a company planned to take part in a"
          + " measure.")
      .required("businessId", DeMinimisParticipant::businessId, BUSINESS_ID, DeMinimisParticipant.Builder::businessId,
          "Y-tunnus of the company.")
      .optional("name", DeMinimisParticipant::name, STRING, DeMinimisParticipant.Builder::name, "The company's name.")
      .required("size", DeMinimisParticipant::size, enumOf(CompanySize.class), DeMinimisParticipant.Builder::size,
          "Yrityksen kokoluokka.")
      .required("measure", DeMinimisParticipant::measure, STRING, DeMinimisParticipant.Builder::measure,
          "The name of the de minimis measure of the same work package.")
      .required("grantedOn", DeMinimisParticipant::grantedOn, DATE, DeMinimisParticipant.Builder::grantedOn,
          "Myöntämispäivä: the date the aid is granted.")
      .build();

  static final ObjectCodec<WorkPackage, WorkPackage.Builder> WORK_PACKAGE = describe("WorkPackage",
      WorkPackage.class, WorkPackage::builder, WorkPackage.Builder::build,
      "Työpaketti (sv. arbetspaket): a work package of the project plan.")
      .required("code", WorkPackage::code, NON_BLANK, WorkPackage.Builder::code, "The code, e.g. \"TP3\".")
      .required("title", WorkPackage::title, STRING, WorkPackage.Builder::title, "The title.")
      .list("periods", WorkPackage::periods, MONTH_PERIOD, WorkPackage.Builder::addPeriod,
          "The spells of months the package runs.")
      .optional("description", WorkPackage::description, STRING, WorkPackage.Builder::description, "A description.")
      .list("responsibleMembers", WorkPackage::responsibleMembers, STRING, WorkPackage.Builder::addResponsibleMember,
          "Vastuutoteuttaja: the keys of the responsible group members.")
      .optional("costBearer", WorkPackage::costBearer, STRING, WorkPackage.Builder::costBearer,
          "The key of the member that bears the package's costs.")
      .list("targets", WorkPackage::targets, TARGET, WorkPackage.Builder::addTarget, "The package's targets.")
      .list("participationFees", WorkPackage::participationFees, PARTICIPATION_FEE,
          WorkPackage.Builder::addParticipationFee, "Osallistumismaksut: participation fees.")
      .list("deMinimisMeasures", WorkPackage::deMinimisMeasures, DE_MINIMIS_MEASURE,
          WorkPackage.Builder::addDeMinimisMeasure, "De minimis measures.")
      .list("deMinimisParticipants", WorkPackage::deMinimisParticipants, DE_MINIMIS_PARTICIPANT,
          WorkPackage.Builder::addDeMinimisParticipant, "Companies planned to take part in the measures.")
      .build();

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING = describe("Meeting", Meeting.class, Meeting::builder,
      Meeting.Builder::build,
      "Käsittely kokouksessa (sv. behandling i möte): a meeting that handled the project.")
      .required("body", Meeting::body, STRING, Meeting.Builder::body, "The body, as the document writes it.")
      .required("date", Meeting::date, DATE, Meeting.Builder::date, "The date of the meeting.")
      .optional("note", Meeting::note, STRING, Meeting.Builder::note, "A note, e.g. \"tiedoksi\".")
      .build();

  static final ObjectCodec<Assessment, Assessment.Builder> ASSESSMENT = describe("Assessment", Assessment.class,
      Assessment::builder, Assessment.Builder::build,
      "Rahoittajan arvio (sv. finansiärens bedömning): points, recommendation and meetings.")
      .optional("points", Assessment::points, DECIMAL, Assessment.Builder::points,
          "Pisteet: the points scored, e.g. \"20.5\".")
      .optional("maximumPoints", Assessment::maximumPoints, DECIMAL, Assessment.Builder::maximumPoints,
          "The maximum points, e.g. \"39\".")
      .optional("recommended", Assessment::recommended, BOOLEAN, Assessment.Builder::recommended,
          "Puoltaa: whether the funding authority recommends approval.")
      .list("meetings", Assessment::meetings, MEETING, Assessment.Builder::addMeeting, "The meetings.")
      .optional("regionalProgrammeLink", Assessment::regionalProgrammeLink, STRING,
          Assessment.Builder::regionalProgrammeLink, "The link to the regional programme (maakuntaohjelma).")
      .optional("preparer", Assessment::preparer, STRING, Assessment.Builder::preparer, "Käsittelijä / valmistelija.")
      .optional("reasoning", Assessment::reasoning, STRING, Assessment.Builder::reasoning, "The reasoning.")
      .build();

  static final ObjectCodec<Decision, Decision.Builder> DECISION = describe("Decision", Decision.class,
      Decision::builder, Decision.Builder::build, "Päätös (sv. beslut): a decision on the project.")
      .optional("body", Decision::body, STRING, Decision.Builder::body, "The body that decided.")
      .optional("date", Decision::date, DATE, Decision.Builder::date, "The date of the decision.")
      .optional("outcome", Decision::outcome, enumOf(DecisionOutcome.class), Decision.Builder::outcome,
          "The outcome.")
      .optional("text", Decision::text, STRING, Decision.Builder::text, "The decision's text.")
      .build();

  static final ObjectCodec<Project, Project.Builder> PROJECT = describe("Project", Project.class, Project::builder,
      Project.Builder::build,
      "Hanke (sv. projekt): one beneficiary's project as an application, assessment or decision states it.")
      .optional("documentKind", Project::documentKind, enumOf(DocumentKind.class), Project.Builder::documentKind,
          "Asiakirjan laji: the kind of document the project was read from.")
      .optional("documentDate", Project::documentDate, DATE, Project.Builder::documentDate,
          "The date of the document itself.")
      .optional("name", Project::name, NON_BLANK, Project.Builder::name, "Hankkeen julkinen nimi: the public name.")
      .optional("applicant", Project::applicant, ORGANISATION, Project.Builder::applicant,
          "Hakija: the applicant.")
      .optional("applicationNumber", Project::applicationNumber, NON_BLANK, Project.Builder::applicationNumber,
          "Hakemusnumero: the EURA application number, e.g. \"204298\".")
      .optional("diaryNumber", Project::diaryNumber, STRING, Project.Builder::diaryNumber, "Dnro: the diary number.")
      .optional("received", Project::received, DATE, Project.Builder::received,
          "Saapumispäivämäärä: the date the application arrived.")
      .optional("start", Project::start, DATE, Project.Builder::start, "Alkamispäivämäärä: the first day.")
      .optional("end", Project::end, DATE, Project.Builder::end, "Päättymispäivämäärä: the last day.")
      .optional("authority", Project::authority, STRING, Project.Builder::authority,
          "Viranomainen: the funding authority.")
      .optional("call", Project::call, CALL, Project.Builder::call, "Hakuilmoitus: the call answered.")
      .defaulted("placement", Project::placement, PLACEMENT, Project.Builder::placement,
          "Ohjelmasijoitus: the placement in the programme; empty (a development project) when absent.")
      .optional("nationwide", Project::nationwide, BOOLEAN, Project.Builder::nationwide,
          "Onko hankkeen toiminta valtakunnallista: whether the project is nationwide.")
      .optional("deMinimisServices", Project::deMinimisServices, BOOLEAN, Project.Builder::deMinimisServices,
          "Käytetäänkö hankkeessa de minimis -tuettuja palveluita: whether the services to companies are de minimis aid, as stated.")
      .list("regions", Project::regions, REGION, Project.Builder::addRegion,
          "Maakunnat / toteuttamisalue: the regions of implementation, by code.")
      .list("municipalities", Project::municipalities, MUNICIPALITY, Project.Builder::addMunicipality,
          "Kunnat: the municipalities of implementation, by code.")
      .optional("costModel", Project::costModel, COST_MODEL, Project.Builder::costModel, "The cost-model choices.")
      .optional("costEstimate", Project::costEstimate, COST_ESTIMATE, Project.Builder::costEstimate,
          "Kustannusarvio: the cost estimate.")
      .optional("fundingPlan", Project::fundingPlan, FUNDING_PLAN, Project.Builder::fundingPlan,
          "Rahoitussuunnitelma: the funding plan.")
      .list("workPackages", Project::workPackages, WORK_PACKAGE, Project.Builder::addWorkPackage,
          "Työpaketit: the work packages, in document order.")
      .list("targets", Project::targets, TARGET, Project.Builder::addTarget, "Tavoitteet: the project-level targets.")
      .optional("assessment", Project::assessment, ASSESSMENT, Project.Builder::assessment,
          "Rahoittajan arvio: the funding authority's assessment.")
      .optional("decision", Project::decision, DECISION, Project.Builder::decision, "Päätös: the decision.")
      .build();

  static final ObjectCodec<GroupMember, GroupMember.Builder> GROUP_MEMBER = describe("GroupMember",
      GroupMember.class, GroupMember::builder, GroupMember.Builder::build,
      "Ryhmähankkeen toteuttaja (sv. genomförare i gruppprojekt): the main implementer (päätoteuttaja) or a"
          + " co-implementer (osatoteuttaja).")
      .required("key", GroupMember::key, NON_BLANK, GroupMember.Builder::key,
          "The short key work packages use to name the member, e.g. \"Miksei\".")
      .required("organisation", GroupMember::organisation, ORGANISATION, GroupMember.Builder::organisation,
          "The organisation.")
      .required("role", GroupMember::role, enumOf(MemberRole.class), GroupMember.Builder::role,
          "Toteuttajatyyppi: MAIN_IMPLEMENTER (päätoteuttaja), CO_IMPLEMENTER (osatoteuttaja) or UNKNOWN (the"
              + " document does not say).")
      .optional("roleLabel", GroupMember::roleLabel, NON_BLANK, GroupMember.Builder::roleLabel,
          "The document's own word for the role, where it uses one (pääpartneri, osahakija, koordinoija), as written.")
      .optional("applicationNumber", GroupMember::applicationNumber, NON_BLANK, GroupMember.Builder::applicationNumber,
          "The member's own application number.")
      .optional("project", GroupMember::project, PROJECT, GroupMember.Builder::project,
          "The member's own project (its budget and funding plan), where the document gives it.")
      .build();

  static final ObjectCodec<GroupProject, GroupProject.Builder> GROUP_PROJECT = describe("GroupProject",
      GroupProject.class, GroupProject::builder, GroupProject.Builder::build,
      "Ryhmähanke (sv. gruppprojekt): beneficiaries implementing one joint plan, each on its own application.")
      .optional("groupId", GroupProject::groupId, NON_BLANK, GroupProject.Builder::groupId,
          "Ryhmähanketunnus: the group id, e.g. \"R-01136\".")
      .required("plan", GroupProject::plan, PROJECT, GroupProject.Builder::plan,
          "The shared plan and the totals declared for the whole group.")
      .unlessDefault("memberCoverage", GroupProject::memberCoverage, Coverage.COMPLETE, enumOf(Coverage.class),
          GroupProject.Builder::memberCoverage, "COMPLETE (the default: every member is named) or PARTIAL (the"
              + " document names only some members).")
      .list("members", GroupProject::members, GROUP_MEMBER, GroupProject.Builder::addMember,
          "The members, in document order.")
      .list("applicationNumbers", GroupProject::applicationNumbers, STRING, GroupProject.Builder::addApplicationNumber,
          "The application numbers the document lists for the group.")
      .build();

  /** Every table, in the order of the schema's definitions. */
  static final List<ObjectCodec<?, ?>> ALL = List.of(PROJECT, GROUP_PROJECT, GROUP_MEMBER, ORGANISATION, CALL,
      PLACEMENT, COST_MODEL, COST_ESTIMATE, COST_LINE, FUNDING_PLAN, FUNDING_LINE, REGIONAL_AID_SHARE, WORK_PACKAGE,
      TARGET, BREAKDOWN, BREAKDOWN_PART, PARTICIPATION_FEE, FEE_TIER, DE_MINIMIS_MEASURE, SIZE_CLASS_AMOUNT,
      DE_MINIMIS_PARTICIPANT, ASSESSMENT, MEETING, DECISION);
}
