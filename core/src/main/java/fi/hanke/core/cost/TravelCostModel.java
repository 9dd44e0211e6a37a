package fi.hanke.core.cost;

/**
 * How travel costs are declared (<i>matkakustannusten ilmoitustapa</i>, sv. <i>resekostnadsmodell</i>).
 * Source: {@code domain/finnish-rules.md} §1.4 (866/2021 §13, §17).
 */
public enum TravelCostModel {
  /** "Matkakustannusten yksikkökustannukset": unit costs per travel day (176/132/368/720 €). */
  UNIT_COSTS("Matkakustannusten yksikkökustannukset"),
  /** "Todelliset matkakustannukset": real costs within the collective agreement or State rules. */
  REAL_COSTS("Todelliset matkakustannukset");

  private final String euraLabel;

  TravelCostModel(String euraLabel) {
    this.euraLabel = euraLabel;
  }

  /** @return the label as EURA prints it */
  public String euraLabel() {
    return euraLabel;
  }
}
