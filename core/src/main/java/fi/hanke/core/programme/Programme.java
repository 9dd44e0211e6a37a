package fi.hanke.core.programme;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * The programme or funding instrument a document belongs to (<i>ohjelma</i>, sv. <i>program</i>), as the
 * document names it: "Uudistuva ja osaava Suomi 2021–2027", the previous period's "Kestävää kasvua ja työtä
 * 2014–2020", an Interreg programme, the Recovery and Resilience Facility, a national grant. A
 * {@link ProgrammeProfile} describes one of them ({@link ProgrammeProfile#programme()}); a document of another
 * is outside that profile, and the profile's rules do not judge it.
 */
public enum Programme {
  /** Uudistuva ja osaava Suomi 2021–2027 (sv. Förnyelse och kompetens i Finland 2021–2027), CCI 2021FI16FFPR001. */
  UUDISTUVA_JA_OSAAVA_SUOMI_2021_2027("Uudistuva ja osaava Suomi 2021–2027",
      "Förnyelse och kompetens i Finland 2021–2027", "Innovation and Skills in Finland 2021–2027"),
  /** Kestävää kasvua ja työtä 2014–2020 (sv. Hållbar tillväxt och jobb 2014–2020), the previous period (EURA 2014). */
  KESTAVAA_KASVUA_JA_TYOTA_2014_2020("Kestävää kasvua ja työtä 2014–2020", "Hållbar tillväxt och jobb 2014–2020",
      "Sustainable Growth and Jobs 2014–2020"),
  /** Interreg, Euroopan alueellinen yhteistyö (sv. europeiskt territoriellt samarbete), any period. */
  INTERREG("Interreg (Euroopan alueellinen yhteistyö)", "Interreg (europeiskt territoriellt samarbete)",
      "Interreg (European territorial cooperation)"),
  /** Elpymis- ja palautumistukiväline, RRF (sv. faciliteten för återhämtning och resiliens). */
  RRF("elpymis- ja palautumistukiväline (RRF)", "faciliteten för återhämtning och resiliens (RRF)",
      "Recovery and Resilience Facility (RRF)"),
  /** Kansallinen rahoitus (sv. nationell finansiering): a grant funded by Finland alone. */
  NATIONAL("kansallinen rahoitus", "nationell finansiering", "national funding"),
  /** Muu ohjelma (sv. annat program): a programme none of the others names. */
  OTHER("muu ohjelma", "annat program", "another programme");

  private final Term name;

  Programme(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name people read, e.g. "Uudistuva ja osaava Suomi 2021–2027"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
