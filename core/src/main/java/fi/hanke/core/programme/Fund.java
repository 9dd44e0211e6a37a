package fi.hanke.core.programme;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * An EU fund of the programme (<i>rahasto</i>, sv. <i>fond</i>).
 */
public enum Fund {
  /** EAKR, Euroopan aluekehitysrahasto (sv. ERUF, Europeiska regionala utvecklingsfonden; ERDF). */
  ERDF("EAKR", "ERUF", "ERDF"),
  /** ESR+, Euroopan sosiaalirahasto plus (sv. ESF+, Europeiska socialfonden+; ESF+). */
  ESF_PLUS("ESR+", "ESF+", "ESF+"),
  /** JTF, oikeudenmukaisen siirtymän rahasto (sv. FRO, Fonden för en rättvis omställning; Just Transition Fund). */
  JTF("JTF", "FRO", "JTF");

  private final Term name;

  Fund(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   * Funds are named by their abbreviations: EAKR, ERUF, ERDF.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "EAKR"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
