package fi.hanke.core.cost;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * The cost model chosen for a project (<i>kustannusmalli</i>, sv. <i>kostnadsmodell</i>): a flat-rate option,
 * a lump sum or real costs. The rates and bases belong to the programme profile as dated data
 * ({@code fi.hanke.core.programme.FlatRate}); this enum only names the option as EURA does.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.2 (866/2021 §§8–15).
 */
public enum CostOption {
  /** "Flat rate 40 % kehittäminen": 40 % of staff costs covers all other costs (866/2021 §8). */
  FLAT_RATE_40("Flat rate 40 % kehittäminen", "Schablon 40 % utveckling", "Flat rate 40 % development"),
  /** "Flat rate 7 % kehittäminen": 7 % of direct costs covers indirect costs (866/2021 §9, §11). */
  FLAT_RATE_7("Flat rate 7 % kehittäminen", "Schablon 7 % utveckling", "Flat rate 7 % development"),
  /** "Flat rate 1,5 % investointi": 1.5 % of direct investment costs (866/2021 §10). */
  FLAT_RATE_1_5("Flat rate 1,5 % investointi", "Schablon 1,5 % investering", "Flat rate 1.5 % investment"),
  /** Food aid (aineellinen apu): 7 % + 7 % of the food purchases (866/2021 §12). */
  FOOD_AID("Aineellinen apu 7 % + 7 %", "Materiellt bistånd 7 % + 7 %", "Material assistance 7 % + 7 %"),
  /** "Kertakorvaus": a lump sum built on a draft budget, for projects up to 200 000 € (866/2021 §15). */
  LUMP_SUM("Kertakorvaus", "Engångsbelopp", "Lump sum"),
  /** "Vakioitu kertakorvaus": a standardised lump sum fixed by the managing authority (50 000 €). */
  STANDARD_LUMP_SUM("Vakioitu kertakorvaus", "Standardiserat engångsbelopp", "Standard lump sum"),
  /** "Todelliset kustannukset": real costs incurred and paid (866/2021 §2(2)(4)). */
  REAL_COSTS("Todelliset kustannukset", "Faktiska kostnader", "Real costs");

  private final Term name;

  CostOption(String finnish, String swedish, String english) {
    this.name = Term.of(finnish, swedish, english);
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   * The Finnish name is the label as EURA prints it.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "Flat rate 7 % kehittäminen"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
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
