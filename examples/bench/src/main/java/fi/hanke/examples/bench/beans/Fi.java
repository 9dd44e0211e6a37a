package fi.hanke.examples.bench.beans;

import fi.hanke.core.cost.FlatRateBase;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Formats message parameters the Finnish way: {@code 273 907,00 €}, {@code 7 %}, {@code 1.3.2024}. */
final class Fi {
  private Fi() {}

  static String euros(BigDecimal amount) {
    return format("#,##0.00\u00a0€", 2).format(amount);
  }

  static String decimal(BigDecimal value) {
    return format("#,##0.00", Math.max(2, value.scale())).format(value);
  }

  static String count(long value) {
    return format("#,##0", 0).format(value);
  }

  static String percent(BigDecimal percent) {
    BigDecimal p = percent.stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString().replace('.', ',') + "\u00a0%";
  }

  static String date(LocalDate date) {
    return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }

  /** The base of a flat rate in the form the message needs: "7 %:a välittömistä kustannuksista". */
  static String base(FlatRateBase base) {
    switch (base) {
      case STAFF_COSTS:
        return "palkkakustannuksista";
      case DIRECT_COSTS:
        return "välittömistä kustannuksista";
      default:
        return "välittömistä investointikustannuksista";
    }
  }

  private static DecimalFormat format(String pattern, int maximumFraction) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setMaximumFractionDigits(maximumFraction);
    return f;
  }
}
