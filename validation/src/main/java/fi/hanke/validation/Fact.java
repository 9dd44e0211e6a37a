package fi.hanke.validation;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * A fact a rule needs the document to state before it can check anything (<i>tarvittava tieto</i>, sv.
 * <i>uppgift som behövs</i>). Each rule declares its facts ({@link Rule#facts()}); the validator runs a rule on a
 * project or group only when the document states every one, and otherwise lists the rule in the report's
 * {@link ReportCoverage coverage} as not checkable, naming the facts it lacked. Nothing is inferred from absence:
 * on a {@link fi.hanke.core.Coverage#PARTIAL PARTIAL} table a line not printed is unknown, not zero.
 *
 * <p>Facts of a project are read from the project; facts of a group project from the group and its shared plan.
 */
public enum Fact {
  /** Alkamis- tai päättymispäivä: the start or the end date. */
  PERIOD(Term.of("toteutusaika", "genomförandetid", "the project period")),
  /** Alkamispäivä: the start date. */
  START(Term.of("alkamispäivä", "startdatum", "the start date")),
  /** Päättymispäivä: the end date. */
  END(Term.of("päättymispäivä", "slutdatum", "the end date")),
  /** Saapumispäivä: the date the application was received. */
  RECEIVED(Term.of("hakemuksen saapumispäivä", "ansökans ankomstdatum", "the date the application was received")),
  /** Kokoukset: at least one meeting of the assessment, with its date. */
  MEETINGS(Term.of("käsittelykokoukset", "sammanträden", "the meetings")),
  /** Päätöspäivä: the date of the decision. */
  DECISION_DATE(Term.of("päätöspäivä", "beslutsdatum", "the decision date")),
  /** Erityistavoite: the specific objective. */
  OBJECTIVE(Term.of("erityistavoite", "specifikt mål", "the specific objective")),
  /** Toimintalinja: the priority. */
  PRIORITY(Term.of("toimintalinja", "insatsområde", "the priority")),
  /** Rahasto: the fund. */
  FUND(Term.of("rahasto", "fond", "the fund")),
  /**
   * Ohjelma: the document names its programme ({@link fi.hanke.core.project.ProgrammePlacement#programme()}), or a
   * group's plan names it for the members' own projects.
   */
  PROGRAMME(Term.of("ohjelma", "program", "the programme")),
  /**
   * Profiilin ohjelma: the document belongs to the validator's programme as far as it says: it names the profile's
   * programme or names none (most documents do not, and are checked as documents of the profile). A document that
   * names another programme (a 2014–2020 project, Interreg, a national grant) lacks it, so no rule that presumes the
   * profile's law, rates or catalogues runs on it.
   */
  IN_PROFILE(Term.of("ohjelmaan kuuluva asiakirja", "dokument inom programmet", "a document of the profile's programme")),
  /** Maakunnat: the regions of implementation. */
  REGIONS(Term.of("maakunnat", "landskap", "the regions")),
  /** Kunnat: the municipalities of implementation. */
  MUNICIPALITIES(Term.of("kunnat", "kommuner", "the municipalities")),
  /** Y-tunnus: a business id of the applicant (or, in a group, of a member). */
  BUSINESS_IDS(Term.of("Y-tunnus", "FO-nummer", "a business id")),
  /** Kustannusmalli: the cost option. */
  COST_MODEL(Term.of("kustannusmalli", "kostnadsmodell", "the cost model")),
  /**
   * Yksi kustannusmalli: the cost estimate follows one cost model: a single beneficiary's or a member's own, or a
   * group total whose members all state the plan's option (members may use different models, 757/2021 §4(15)).
   */
  ONE_COST_MODEL(Term.of("yksi kustannusmalli", "en kostnadsmodell", "one cost model for the whole table")),
  /** Kustannusarvion rivejä: at least one line of the cost estimate. */
  COST_ESTIMATE(Term.of("kustannusarvion rivit", "kostnadsförslagets rader", "lines of the cost estimate")),
  /** Koko kustannusarvio: the whole table of the cost estimate (COMPLETE), so a line not printed is zero. */
  COST_LINES(Term.of("koko kustannusarvio", "hela kostnadsförslaget", "the whole cost estimate")),
  /** Nettokustannukset: the net cost, stated or computable from a whole table. */
  NET_COST(Term.of("nettokustannukset", "nettokostnader", "the net cost")),
  /** Ilmoitettu nettokustannusarvio: the net total the document states. */
  STATED_NET_COST(Term.of("ilmoitettu nettokustannusarvio", "angivet nettokostnadsförslag", "the stated net cost")),
  /** Koko rahoitussuunnitelma: the whole funding plan (COMPLETE), so a source not printed is zero. */
  FUNDING_LINES(Term.of("koko rahoitussuunnitelma", "hela finansieringsplanen", "the whole funding plan")),
  /** Rahoitus yhteensä: the funding total, stated or computable from a whole plan. */
  FUNDING_TOTAL(Term.of("rahoitus yhteensä", "finansiering totalt", "the funding total")),
  /** Ilmoitettu rahoitus yhteensä: the funding total the document states. */
  STATED_FUNDING_TOTAL(Term.of("ilmoitettu rahoitus yhteensä", "angiven finansiering totalt", "the stated funding total")),
  /** EU- ja valtion tuki: the EU and State aid applied for. */
  AID(Term.of("EU- ja valtion tuki", "EU- och statligt stöd", "the EU and State aid")),
  /** Hankkeen kustannukset: the project's cost, as its net cost or, failing that, its funding total. */
  PROJECT_COST(Term.of("hankkeen kokonaiskustannukset", "projektets totala kostnader", "the project's total cost")),
  /** Tukiosuus: the aid rate the document states ("johon haetaan 80 % tukiosuutta"). */
  STATED_AID_RATE(Term.of("ilmoitettu tukiosuus", "angiven stödandel", "the stated aid rate")),
  /** Osuus %: a share printed beside a funding line. */
  STATED_SHARES(Term.of("rahoitusosuudet", "finansieringsandelar", "the printed shares")),
  /** Tuen maakunnallinen jako: the split of the aid by region. */
  REGIONAL_SPLIT(Term.of("tuen maakunnallinen jako", "stödets fördelning per landskap", "the regional split of the aid")),
  /** Työpaketit: the work packages. */
  WORK_PACKAGES(Term.of("työpaketit", "arbetspaket", "the work packages")),
  /** Tavoitteet: the targets. */
  TARGETS(Term.of("tavoitteet", "mål", "the targets")),
  /** De minimis -toimenpiteet: de minimis measures of the work packages. */
  DE_MINIMIS_MEASURES(Term.of("de minimis -toimenpiteet", "de minimis-åtgärder", "the de minimis measures")),
  /** De minimis -osallistujat: companies planned to receive de minimis aid. */
  DE_MINIMIS_PARTICIPANTS(Term.of("de minimis -tuen saajat", "mottagare av de minimis-stöd", "the de minimis recipients")),
  /** De minimis -rekisteri: a register of aid already granted, given to the validator (not a document fact). */
  DE_MINIMIS_REGISTER(Term.of("de minimis -rekisteri", "de minimis-register", "a de minimis register")),
  /** Pisteet: the assessment's points and their maximum. */
  POINTS(Term.of("arviointipisteet", "bedömningspoäng", "the assessment points")),
  /** Toteuttajat: at least one member of the group. */
  MEMBERS(Term.of("toteuttajat", "genomförare", "the members")),
  /** Kaikki toteuttajat: the whole member list (memberCoverage COMPLETE). */
  MEMBER_LIST_COMPLETE(Term.of("kaikki toteuttajat", "alla genomförare", "the whole member list")),
  /** Toteuttajien roolit: every member's role (none UNKNOWN). */
  MEMBER_ROLES(Term.of("toteuttajien roolit", "genomförarnas roller", "the members' roles")),
  /** Osahankkeiden budjetit: at least one member's own cost estimate or funding plan. */
  MEMBER_BUDGETS(Term.of("osahankkeiden budjetit", "delprojektens budgetar", "the members' own budgets")),
  /** Hakija: the applicant and its kind. */
  APPLICANT(Term.of("hakija", "sökande", "the applicant")),
  /** Arvonlisävero: whether VAT is included in the costs. */
  VAT(Term.of("arvonlisäverokäsittely", "mervärdesskattens behandling", "whether VAT is included")),
  /** Osallistumismaksut: participation fees of the work packages. */
  PARTICIPATION_FEES(Term.of("osallistumismaksut", "deltagaravgifter", "the participation fees")),
  /** Rahastoa nimeävä otsikko: a label of the document that names a fund ("Haettu EAKR- ja valtion rahoitus"). */
  FUND_LABELS(Term.of("rahaston nimeävät otsikot", "rubriker som nämner en fond", "labels naming a fund")),
  /** De minimis -ilmoitus: whether the project's services to companies are de minimis aid, as the document says. */
  DE_MINIMIS_DECLARATION(Term.of("ilmoitus de minimis -tuetuista palveluista", "uppgift om tjänster med de minimis-stöd",
      "whether services are de minimis aid")),
  /** Viranomainen: the funding authority. */
  AUTHORITY(Term.of("rahoittava viranomainen", "finansierande myndighet", "the funding authority"));

  private final Term term;

  Fact(Term term) {
    this.term = term;
  }

  /**
   * @param locale a language
   * @return what the fact is, as people read it, in Finnish, Swedish or English
   */
  public String displayName(Locale locale) {
    return term.in(locale);
  }
}
