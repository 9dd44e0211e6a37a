package fi.hanke.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import fi.hanke.core.internal.money.Numbers;
import fi.hanke.core.internal.money.Total;
import org.javamoney.moneta.FastMoney;

/**
 * Euro amounts to the cent (<i>euro, sv. euro</i>): static helpers that create, check, add, compare and
 * format amounts in EUR, each a Moneta {@link FastMoney}.
 *
 * <p>Every amount returned here is a {@code FastMoney} in {@link #CURRENCY} holding a whole number of cents,
 * within ±{@link #MAX} (92 233 720 368 547,75 €, the cents whose 1/100 000 units fit FastMoney's {@code long}).
 * An amount finer than a cent (for example {@code 1.234}) or beyond the range is rejected with an
 * {@link IllegalArgumentException} that names the field and the value; project documents never carry fractions
 * of a cent. Every method that takes an amount takes any {@link MonetaryAmount} in EUR (a host's
 * {@code org.javamoney.moneta.Money} too), and converts it.
 *
 * <p>Why {@code FastMoney} and not Moneta's {@code Money}: {@code Money}'s static initialiser always logs a line
 * through java.util.logging ({@code DefaultMonetaryContextFactory}), and silencing it would change global
 * logging state, which a library must not do. Hanke never loads {@code Money}; {@code FastMoney} is also exact
 * arithmetic on a {@code long}, where {@code Money} converts its number through text on every creation.
 */
public final class Eur {

  /** The currency of every amount: the euro, {@code EUR}. */
  public static final CurrencyUnit CURRENCY = Numbers.CURRENCY;

  /**
   * The monetary context of every amount created here: that of {@code FastMoney} (a {@code long} of
   * 1/100 000 units, scale 5, precision 19). Amounts are still whole cents.
   */
  public static final MonetaryContext CONTEXT = Numbers.CONTEXT;

  /** The largest amount, 92 233 720 368 547,75 €; the smallest is its negation. */
  public static final BigDecimal MAX = Numbers.MAX;

  private static final String SPACES = " \u00A0\u202F";

  /**
   * A plain decimal ({@code -20.5}) or a Finnish-style amount ({@code 273 907,00}): optional sign, digits
   * (in groups of three separated by a space, no-break space or narrow no-break space, or ungrouped),
   * optionally a decimal point or comma and decimals, optionally a euro sign.
   */
  private static final Pattern AMOUNT = Pattern.compile(
      "([+\\-\u2212])?([0-9]{1,3}(?:[" + SPACES + "][0-9]{3})+|[0-9]+)(?:[.,]([0-9]+))?(?:[" + SPACES + "]?€)?");

  private Eur() {}

  /**
   * Returns a whole number of euros.
   *
   * @param euros the number of euros, may be negative
   * @return the amount in EUR
   * @throws IllegalArgumentException if the amount is beyond ±{@link #MAX}
   */
  public static FastMoney of(long euros) {
    if (euros > Numbers.MAX_CENTS / 100 || euros < -Numbers.MAX_CENTS / 100) {
      throw Numbers.outOfRange("euro amount", euros + "");
    }
    return Numbers.ofCheckedCents(euros * 100);
  }

  /**
   * Returns the amount with the given number of euros.
   *
   * @param euros the number of euros, may be negative, at most two decimals after trailing zeros are
   *     stripped
   * @return the amount in EUR
   * @throws IllegalArgumentException if the amount is finer than a cent or beyond ±{@link #MAX}
   * @throws NullPointerException if {@code euros} is null
   */
  public static FastMoney of(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    return Numbers.ofCheckedCents(Numbers.checkedCents(euros, "euro amount", euros::toPlainString));
  }

  /**
   * Parses an amount of euros as users type or paste it. Accepted are a plain decimal such as
   * {@code "273907"}, {@code "273907.00"} or {@code "-20.5"}, and the Finnish style {@code "273 907,00"}
   * whose groups of three digits are separated by a space, a no-break space (U+00A0) or a narrow no-break
   * space (U+202F) and whose decimal separator is a comma. A trailing euro sign ({@code "273 907,00 €"})
   * and surrounding white space are allowed. A grouping comma or point ({@code "273,907.00"}) is not.
   *
   * @param text the amount
   * @return the amount in EUR
   * @throws IllegalArgumentException if the text is not an amount of that form, is finer than a cent or is
   *     beyond ±{@link #MAX}; the message quotes the text
   * @throws NullPointerException if {@code text} is null
   */
  public static FastMoney parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = AMOUNT.matcher(trim(text));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a euro amount: \"" + text
          + "\"; expected a decimal such as 273907.00, -20.5 or 273 907,00");
    }
    String digits = m.group(2).replaceAll("[" + SPACES + "]", "");
    String decimals = m.group(3) == null ? "" : "." + m.group(3);
    String sign = m.group(1) == null || m.group(1).equals("+") ? "" : "-";
    BigDecimal number = new BigDecimal(sign + digits + decimals);
    return Numbers.ofCheckedCents(Numbers.checkedCents(number, "euro amount", () -> "\"" + text + "\""));
  }

  /**
   * Returns the amount with the given number of cents.
   *
   * @param cents the number of cents, may be negative
   * @return the amount in EUR, for example {@code 12345} gives 123.45 EUR
   * @throws IllegalArgumentException if the amount is beyond ±{@link #MAX}
   */
  public static FastMoney ofCents(long cents) {
    return Numbers.ofCents(cents, "euro amount");
  }

  /**
   * Returns zero euros.
   *
   * @return 0.00 EUR
   */
  public static FastMoney zero() {
    return Numbers.ZERO;
  }

  /**
   * Checks that an amount is a euro amount to the cent within the range and returns it as a
   * {@code FastMoney}. Use it wherever an amount enters the model.
   *
   * @param amount the amount to check, of any type
   * @param field the name of the field or argument, used in messages
   * @return the same amount as a {@code FastMoney} in EUR
   * @throws NullPointerException if {@code amount} is null; the message names the field
   * @throws IllegalArgumentException if the amount is not in EUR, is finer than a cent or is beyond
   *     ±{@link #MAX}; the message names the field and the value
   */
  public static FastMoney require(MonetaryAmount amount, String field) {
    long cents = Numbers.cents(amount, field);
    // a FastMoney in EUR of whole cents is returned as it is: a new one would hold the same long
    if (amount instanceof FastMoney && amount.getCurrency() == CURRENCY) {
      return (FastMoney) amount;
    }
    return Numbers.ofCheckedCents(cents);
  }

  /**
   * The number of an amount as {@code number(require(amount, field))} would give it, without creating an
   * amount.
   */
  static BigDecimal checkedNumber(MonetaryAmount amount, String field) {
    return Numbers.decimalNumber(Numbers.cents(amount, field));
  }

  /**
   * Returns the number of euros with exactly two decimals.
   *
   * @param amount a euro amount to the cent
   * @return the number, for example {@code 273907.00}
   * @throws IllegalArgumentException as {@link #require(MonetaryAmount, String)}
   */
  public static BigDecimal decimal(MonetaryAmount amount) {
    return Numbers.twoDecimals(Numbers.cents(amount, "amount"));
  }

  /**
   * Returns the number of cents.
   *
   * @param amount a euro amount to the cent
   * @return the amount in cents, for example {@code 27390700} for 273 907,00 €
   * @throws IllegalArgumentException as {@link #require(MonetaryAmount, String)}
   */
  public static long cents(MonetaryAmount amount) {
    return Numbers.cents(amount, "amount");
  }

  /**
   * Adds amounts exactly.
   *
   * @param amounts euro amounts to the cent; none null
   * @return their exact sum, zero for none
   * @throws IllegalArgumentException if an amount is not a euro amount to the cent or the sum is beyond
   *     ±{@link #MAX}
   * @throws NullPointerException if {@code amounts} or one of them is null
   */
  public static FastMoney sum(Iterable<? extends MonetaryAmount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    Total total = Total.zero();
    int i = 0;
    for (MonetaryAmount amount : amounts) {
      total.addCents(Numbers.cents(amount, "amounts[" + i + "]"));
      i++;
    }
    if (!total.fits()) {
      throw Numbers.outOfRange("sum", total.number().toPlainString());
    }
    return total.money();
  }

  /**
   * Adds amounts exactly.
   *
   * @param amounts euro amounts to the cent; none null
   * @return their exact sum, zero for none
   * @throws IllegalArgumentException as {@link #sum(Iterable)}
   * @throws NullPointerException if {@code amounts} or one of them is null
   */
  public static FastMoney sum(MonetaryAmount... amounts) {
    Objects.requireNonNull(amounts, "amounts");
    return sum(java.util.Arrays.asList(amounts));
  }

  /**
   * Returns the share of a part in a total, {@code part / total}, rounded half-up to six decimals. For
   * display only: rules that compare shares compare exact products instead.
   *
   * @param part the part, a euro amount to the cent
   * @param total the total, a non-zero euro amount to the cent
   * @return the ratio, for example {@code 0.400000} for 40 of 100
   * @throws IllegalArgumentException if {@code total} is zero or an amount is not a euro amount to the cent
   */
  public static BigDecimal share(MonetaryAmount part, MonetaryAmount total) {
    BigDecimal p = checkedNumber(part, "part");
    BigDecimal t = checkedNumber(total, "total");
    if (t.signum() == 0) {
      throw new IllegalArgumentException("total must not be zero for a share (part " + p.toPlainString() + " EUR)");
    }
    return p.divide(t, 6, RoundingMode.HALF_UP);
  }

  /**
   * Formats an amount as documents print it. Finnish and Swedish ({@code fi}, {@code sv}) give
   * {@code "273 907,00 €"} where both spaces are no-break spaces (U+00A0); every other locale gets the
   * English form {@code "€273,907.00"}. A negative amount gets a hyphen-minus in front: {@code "-20,50 €"},
   * {@code "-€20.50"}. The formatting is done here with {@link DecimalFormat}, not with Moneta's formatting
   * service, so it does not depend on the JDK's locale data.
   *
   * @param amount a euro amount to the cent
   * @param locale the locale of the document
   * @return the formatted amount
   * @throws IllegalArgumentException as {@link #require(MonetaryAmount, String)}
   * @throws NullPointerException if {@code locale} is null
   */
  public static String format(MonetaryAmount amount, Locale locale) {
    BigDecimal number = decimal(amount);
    Objects.requireNonNull(locale, "locale");
    return (isNordic(locale) ? nordicFormat("#,##0.00\u00A0€") : englishFormat("€#,##0.00")).format(number);
  }

  /** Whether documents in this locale write numbers the Finnish/Swedish way. */
  static boolean isNordic(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("fi") || language.equals("sv");
  }

  /** A fresh format (DecimalFormat is not thread-safe) with comma decimals and no-break-space groups. */
  static DecimalFormat nordicFormat(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('\u00A0');
    symbols.setMinusSign('-');
    return decimalFormat(pattern, symbols);
  }

  /** A fresh format with point decimals and comma groups. */
  static DecimalFormat englishFormat(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator('.');
    symbols.setGroupingSeparator(',');
    symbols.setMinusSign('-');
    return decimalFormat(pattern, symbols);
  }

  private static DecimalFormat decimalFormat(String pattern, DecimalFormatSymbols symbols) {
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setParseBigDecimal(true);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format;
  }

  /** {@link Numbers#number(MonetaryAmount)}. */
  static BigDecimal number(MonetaryAmount amount) {
    return Numbers.number(amount);
  }

  /** {@link Numbers#isCents(BigDecimal)}. */
  static boolean isCents(BigDecimal number) {
    return Numbers.isCents(number);
  }

  /** Strips white space including no-break spaces, which {@link String#strip()} keeps. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
