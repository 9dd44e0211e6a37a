package fi.hanke.core.cost;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * How staff costs are declared (<i>palkkakustannusten ilmoitustapa</i>, sv. <i>lönekostnadsmodell</i>).
 * Source: {@code domain/finnish-rules.md} §1.3 (866/2021 §§6–7).
 */
public enum StaffCostModel {
  /** "Palkkojen yksikkökustannukset": hourly unit cost = annual gross cost / 1 720 h (866/2021 §6). */
  UNIT_COST_1720("Palkkojen yksikkökustannukset", "Enhetskostnader för löner", "Unit costs for wages"),
  /** "Vakiosivukulumalli": real wages plus a fixed side-cost percentage (866/2021 §7). */
  FIXED_SIDE_COST_PERCENTAGE("Vakiosivukulumalli", "Modell med fast procentsats för lönebikostnader", "Fixed side-cost percentage");

  private final Term name;

  StaffCostModel(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   * The Finnish name is the label as EURA prints it.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "Palkkojen yksikkökustannukset"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
