package fi.hanke.examples.pictures;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats of the axes, as documents in each language write amounts. */
final class Axes {
  private Axes() {}

  /**
   * @param language the language: Finnish, Swedish or English
   * @return whole euros: {@code 250 000 €} in Finnish and Swedish (no-break spaces), {@code €250,000} otherwise
   */
  static NumberFormat euros(Locale language) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    boolean nordic = !language.getLanguage().equals("en");
    symbols.setGroupingSeparator(nordic ? '\u00A0' : ',');
    symbols.setDecimalSeparator(nordic ? ',' : '.');
    symbols.setMinusSign('-');
    return new DecimalFormat(nordic ? "#,##0\u00A0€" : "€#,##0", symbols);
  }
}
