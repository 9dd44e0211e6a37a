package fi.hanke.core.cost;

/**
 * What a flat rate is a percentage of (<i>prosenttimääräisen korvauksen laskentaperuste</i>, sv.
 * <i>beräkningsgrund för schablonersättning</i>). Which cost lines make up each base is profile data.
 */
public enum FlatRateBase {
  /** Palkkakustannukset: eligible staff costs (the base of the 40 % option). */
  STAFF_COSTS,
  /** Välittömät kustannukset: eligible direct costs (the base of the 7 % option). */
  DIRECT_COSTS,
  /** Välittömät investointikustannukset: eligible direct investment costs (the base of the 1.5 % option). */
  DIRECT_INVESTMENT_COSTS
}
