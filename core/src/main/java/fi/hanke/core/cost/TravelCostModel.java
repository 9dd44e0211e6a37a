package fi.hanke.core.cost;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * How travel costs are declared (<i>matkakustannusten ilmoitustapa</i>, sv. <i>resekostnadsmodell</i>).
 * Source: {@code domain/finnish-rules.md} §1.4 (866/2021 §13, §17).
 */
public enum TravelCostModel {
  /** "Matkakustannusten yksikkökustannukset": unit costs per travel day (176/132/368/720 €). */
  UNIT_COSTS("Matkakustannusten yksikkökustannukset", "Enhetskostnader för resor", "Unit costs for travel"),
  /** "Todelliset matkakustannukset": real costs within the collective agreement or State rules. */
  REAL_COSTS("Todelliset matkakustannukset", "Faktiska resekostnader", "Real travel costs");

  private final Term name;

  TravelCostModel(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   * The Finnish name is the label as EURA prints it.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "Matkakustannusten yksikkökustannukset"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
