package fi.hanke.core.imports;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * The layout the importer recognised in a text (<i>asiakirjan muoto</i>, sv. <i>handlingens uppställning</i>).
 */
public enum DocumentLayout {
  /**
   * EURA 2021 -tuloste (sv. utskrift ur EURA 2021): "Hankkeen perustiedot", "Kustannusarvion tiivistelmä",
   * "Rahoitussuunnitelman tiivistelmä", "Rahoittajan arvio hankkeesta", or the shorter "Kustannusarvion
   * jakaantuminen".
   */
  EURA_PRINTOUT(Term.of("EURA 2021 -tuloste", "utskrift ur EURA 2021", "EURA 2021 printout")),
  /**
   * Maakunnan liiton esityslistan asia (sv. ärende på landskapsförbundets föredragningslista): "Vastuuviranomainen",
   * "Kokonaiskustannusarvio (€)", "Kokonaisrahoitussuunnitelma (€)", or the compact "Haettu tuki /
   * kokonaiskustannukset: X e / Y e".
   */
  AGENDA_ITEM(Term.of("esityslistan asia", "ärende på föredragningslistan", "agenda item")),
  /**
   * Toimielimen tai viranhaltijan pöytäkirja (sv. protokoll): prose, e.g. a city board's decision to apply
   * for its part of a group project.
   */
  COUNCIL_MINUTES(Term.of("pöytäkirja", "protokoll", "council minutes")),
  /** Hankeluettelo (sv. projektförteckning): one project a line, with name, applicant and an amount. */
  PROJECT_LIST(Term.of("hankeluettelo", "projektförteckning", "list of projects")),
  /**
   * Toisen ohjelman asiakirja (sv. handling från ett annat program): Interreg, the recovery and resilience
   * facility, national grants, the 2014–2020 period. Recognised and not read into the model.
   */
  OTHER_PROGRAMME(Term.of("toisen ohjelman asiakirja", "handling från ett annat program",
      "document of another programme")),
  /** Ei tunnistettu (sv. inte igenkänd): not a programme document the importer knows. */
  UNRECOGNISED(Term.of("tunnistamaton asiakirja", "okänd handling", "unrecognised document"));

  private final Term term;

  DocumentLayout(Term term) {
    this.term = term;
  }

  /**
   * @param locale a language
   * @return the name people read, in Finnish, Swedish or English
   */
  public String displayName(Locale locale) {
    return term.in(locale);
  }

  /** @return true when the importer read projects from a layout of this kind */
  public boolean isProgrammeDocument() {
    return this != OTHER_PROGRAMME && this != UNRECOGNISED;
  }
}
