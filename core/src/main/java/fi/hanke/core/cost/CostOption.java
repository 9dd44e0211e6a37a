package fi.hanke.core.cost;

/**
 * The cost model chosen for a project (<i>kustannusmalli</i>, sv. <i>kostnadsmodell</i>): a flat-rate option,
 * a lump sum or real costs. The rates and bases belong to the programme profile as dated data
 * ({@code fi.hanke.core.programme.FlatRate}); this enum only names the option as EURA does.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.2 (866/2021 §§8–15).
 */
public enum CostOption {
  /** "Flat rate 40 % kehittäminen": 40 % of staff costs covers all other costs (866/2021 §8). */
  FLAT_RATE_40("Flat rate 40 % kehittäminen"),
  /** "Flat rate 7 % kehittäminen": 7 % of direct costs covers indirect costs (866/2021 §9, §11). */
  FLAT_RATE_7("Flat rate 7 % kehittäminen"),
  /** "Flat rate 1,5 % investointi": 1.5 % of direct investment costs (866/2021 §10). */
  FLAT_RATE_1_5("Flat rate 1,5 % investointi"),
  /** Food aid (aineellinen apu): 7 % + 7 % of the food purchases (866/2021 §12). */
  FOOD_AID("Aineellinen apu 7 % + 7 %"),
  /** "Kertakorvaus": a lump sum built on a draft budget, for projects up to 200 000 € (866/2021 §15). */
  LUMP_SUM("Kertakorvaus"),
  /** "Vakioitu kertakorvaus": a standardised lump sum fixed by the managing authority (50 000 €). */
  STANDARD_LUMP_SUM("Vakioitu kertakorvaus"),
  /** "Todelliset kustannukset": real costs incurred and paid (866/2021 §2(2)(4)). */
  REAL_COSTS("Todelliset kustannukset");

  private final String euraLabel;

  CostOption(String euraLabel) {
    this.euraLabel = euraLabel;
  }

  /** @return the label as EURA prints it, e.g. "Flat rate 7 % kehittäminen" */
  public String euraLabel() {
    return euraLabel;
  }

  /** @return true for the flat-rate options (40 %, 7 %, 1.5 %, food aid) */
  public boolean isFlatRate() {
    return this == FLAT_RATE_40 || this == FLAT_RATE_7 || this == FLAT_RATE_1_5 || this == FOOD_AID;
  }

  /** @return true for the lump-sum options */
  public boolean isLumpSum() {
    return this == LUMP_SUM || this == STANDARD_LUMP_SUM;
  }
}
