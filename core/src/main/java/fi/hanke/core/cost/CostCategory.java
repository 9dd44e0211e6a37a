package fi.hanke.core.cost;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * A line of the cost estimate (<i>kustannusarvion kustannuslaji</i>, sv. <i>kostnadsslag</i>), as EURA 2021
 * and the regional councils print them.
 *
 * <p>The ELY-centre layout numbers the lines "1 Palkkakustannukset … 6 Kertakorvaus"; the regional-council
 * layout names them "Henkilöstökustannukset, Ostopalvelut, Matkakustannukset, Kone- ja laitehankinnat, Muut
 * kustannukset, Välilliset kustannukset". Both map onto these categories. Source:
 * {@code domain/finnish-rules.md} §2.
 */
public enum CostCategory {
  /** 1 Palkkakustannukset / Henkilöstökustannukset (sv. lönekostnader): staff costs. */
  STAFF("1 Palkkakustannukset", "Henkilöstökustannukset", "Lönekostnader", "Staff costs"),
  /** 2 Matkakustannukset (sv. resekostnader): travel, by unit costs per day or real costs. */
  TRAVEL("2 Matkakustannukset", "Matkakustannukset", "Resekostnader", "Travel costs"),
  /** 3 Muut kustannukset (sv. övriga kostnader): other direct itemised costs. */
  OTHER("3 Muut kustannukset", "Muut kustannukset", "Övriga kostnader", "Other costs"),
  /** 4 Ostopalvelut (sv. köpta tjänster): purchased services for the substantive work. */
  PURCHASED_SERVICES("4 Ostopalvelut", "Ostopalvelut", "Köpta tjänster", "Purchased services"),
  /** Kone- ja laitehankinnat (sv. anskaffning av maskiner och anordningar): equipment, in the older layout. */
  EQUIPMENT("Kone- ja laitehankinnat", "Kone- ja laitehankinnat", "Maskiner och anordningar", "Equipment"),
  /** Flat rate / Välilliset kustannukset (sv. schablonersättning): the flat-rate line of the cost model. */
  FLAT_RATE("Flat rate", "Välilliset kustannukset", "Schablonersättning", "Flat rate"),
  /** 5 Tulot, vähennetään kustannuksista (sv. intäkter): project income, deducted from the costs. */
  INCOME("5 Tulot (vähennetään kustannuksista)", "Tulot", "Intäkter (dras av)", "Income (deducted)"),
  /** 6 Kertakorvaus hankkeen tuotokset (sv. engångsbelopp): lump sums for the project's outputs. */
  LUMP_SUM("6 Kertakorvaus hankkeen tuotokset", "Kertakorvaus", "Engångsbelopp", "Lump sum");

  private final Term name;
  private final String councilLabel;

  CostCategory(String elyLabel, String councilLabel, String swedish, String english) {
    this.name = Term.of(elyLabel, swedish, english);
    this.councilLabel = councilLabel;
  }

  /** @return true for income, which is deducted from the other lines in the net cost */
  public boolean isDeducted() {
    return this == INCOME;
  }

  /**
   * The label as the document prints it in the given layout: a thing of its own beside
   * {@link #displayName(Locale)}, because the two Finnish layouts name some categories differently. Always
   * Finnish, as the documents are.
   *
   * @param layout the layout of the document
   * @return e.g. "1 Palkkakustannukset" (ELY) or "Henkilöstökustannukset" (regional council)
   */
  public String label(CostLayout layout) {
    return layout == CostLayout.REGIONAL_COUNCIL ? councilLabel : name.finnish();
  }

  /**
   * The name in a language: Finnish (the ELY label), Swedish or English.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
