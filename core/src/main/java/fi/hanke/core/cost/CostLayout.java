package fi.hanke.core.cost;

/**
 * The layout a document prints its cost estimate in (<i>kustannusarvion esitystapa</i>, sv.
 * <i>kostnadsförslagets uppställning</i>).
 */
public enum CostLayout {
  /**
   * EURA 2021 as the ELY centres print it: "1 Palkkakustannukset, 2 Matkakustannukset, 3 Muut kustannukset,
   * 4 Ostopalvelut, Flat rate, 5 Tulot, 6 Kertakorvaus, Nettokustannusarvio".
   */
  EURA,
  /**
   * The regional councils' presentation to the regional cooperation group: "Henkilöstökustannukset,
   * Ostopalvelut, Matkakustannukset, Kone- ja laitehankinnat, Muut kustannukset, Välilliset kustannukset,
   * Kustannukset yhteensä".
   */
  REGIONAL_COUNCIL
}
