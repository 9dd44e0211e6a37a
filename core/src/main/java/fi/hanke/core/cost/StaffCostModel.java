package fi.hanke.core.cost;

/**
 * How staff costs are declared (<i>palkkakustannusten ilmoitustapa</i>, sv. <i>lönekostnadsmodell</i>).
 * Source: {@code domain/finnish-rules.md} §1.3 (866/2021 §§6–7).
 */
public enum StaffCostModel {
  /** "Palkkojen yksikkökustannukset": hourly unit cost = annual gross cost / 1 720 h (866/2021 §6). */
  UNIT_COST_1720("Palkkojen yksikkökustannukset"),
  /** "Vakiosivukulumalli": real wages plus a fixed side-cost percentage (866/2021 §7). */
  FIXED_SIDE_COST_PERCENTAGE("Vakiosivukulumalli");

  private final String euraLabel;

  StaffCostModel(String euraLabel) {
    this.euraLabel = euraLabel;
  }

  /** @return the label as EURA prints it */
  public String euraLabel() {
    return euraLabel;
  }
}
