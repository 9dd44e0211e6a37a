package fi.hanke.core.internal.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import org.javamoney.moneta.FastMoney;

/**
 * Internal: the number handling behind {@link fi.hanke.core.money.Eur} and {@link Total} (<i>euromäärien
 * luvut</i>, sv. <i>eurobeloppens tal</i>), in a package that the module exports to {@code fi.hanke.validation}
 * only; it holds the currency and the context that {@code Eur} publishes, so that it needs nothing of
 * {@code Eur} (no package cycle). Not API: call {@code Eur} instead.
 *
 * <p>Every amount is a Moneta {@link FastMoney}: a {@code long} of 1/100 000 euros. Hanke's amounts are whole
 * cents, so an amount is {@code cents × 1 000} in that long, and every whole number of cents whose
 * {@code × 1 000} fits a long is in range: at most {@link #MAX_CENTS} cents, ±92 233 720 368 547,75 €. Nothing
 * here touches {@code org.javamoney.moneta.Money} (whose static initialiser logs through java.util.logging) nor
 * Moneta's default amount factory, so using Hanke changes no global logging state and prints nothing.
 */
public final class Numbers {

  /** The currency of every amount: the euro; published as {@code Eur.CURRENCY}. */
  public static final CurrencyUnit CURRENCY = Monetary.getCurrency("EUR");

  /** One cent; every amount is made as {@code CENT.multiply(cents)}, a multiplication of longs. */
  private static final FastMoney CENT = FastMoney.of(BigDecimal.valueOf(1, 2), CURRENCY);

  /** Zero euros. */
  public static final FastMoney ZERO = CENT.multiply(0L);

  /** {@code FastMoney}'s own context (scale 5, precision 19); published as {@code Eur.CONTEXT}. */
  public static final MonetaryContext CONTEXT = CENT.getContext();

  /** The most cents an amount may have either way: {@code Long.MAX_VALUE / 1 000}, 92 233 720 368 547,75 €. */
  public static final long MAX_CENTS = Long.MAX_VALUE / 1000;

  /** {@link #MAX_CENTS} in euros: 92233720368547.75. */
  public static final BigDecimal MAX = BigDecimal.valueOf(MAX_CENTS, 2);

  /** How the range is written in messages. */
  static final String RANGE = "±" + MAX.toPlainString() + " EUR";

  /** The units of FastMoney in a cent. */
  private static final long UNITS_PER_CENT = 1000;

  /**
   * Below this many euros (10<sup>10</sup>) {@link #units(FastMoney)} reads the long through a double, which
   * is exact there: the units are below 2<sup>50</sup>, so the one rounding of {@code units / 10⁵} and the one
   * of {@code × 10⁵} are each less than a quarter of a unit off.
   */
  private static final double DOUBLE_EXACT_BELOW = 1e10;

  /**
   * What {@link #fastCents} gives for an amount that is not a FastMoney in EUR of whole cents: no amount has
   * it, since the cents of a FastMoney are at least {@code Long.MIN_VALUE / 1 000}.
   */
  private static final long NOT_CENTS = Long.MIN_VALUE;

  private Numbers() {}

  /**
   * The amount of a number of cents.
   *
   * @param cents the cents, at most {@link #MAX_CENTS} either way
   * @param field what the message names
   * @throws IllegalArgumentException beyond the range; the message names the field and the value
   */
  public static FastMoney ofCents(long cents, String field) {
    if (cents > MAX_CENTS || cents < -MAX_CENTS) {
      throw outOfRange(field, BigDecimal.valueOf(cents, 2).toPlainString() + " EUR");
    }
    return ofCheckedCents(cents);
  }

  /** The amount of a number of cents already known to be in range. */
  public static FastMoney ofCheckedCents(long cents) {
    return cents == 0 ? ZERO : CENT.multiply(cents);
  }

  /**
   * The units (1/100 000 euros) of a FastMoney: the long it holds. FastMoney has no accessor for it; below
   * 10<sup>10</sup> € it is read through {@code getNumber().doubleValue()}, which divides the long by
   * 10<sup>5</sup> as a double without making anything but the number value (see {@link #DOUBLE_EXACT_BELOW}),
   * and above that exactly through BigDecimal.
   */
  static long units(FastMoney amount) {
    double euros = amount.getNumber().doubleValue();
    if (euros < DOUBLE_EXACT_BELOW && euros > -DOUBLE_EXACT_BELOW) {
      return Math.round(euros * 100_000);
    }
    BigDecimal n = amount.getNumber().numberValue(BigDecimal.class);
    return n.scaleByPowerOfTen(5).longValueExact();
  }

  /**
   * The cents of an amount if it is a FastMoney in EUR holding whole cents (every amount Hanke makes), else
   * {@code Long.MIN_VALUE}, which no such amount has.
   */
  public static long fastCents(MonetaryAmount amount) {
    if (amount instanceof FastMoney && isEuro(amount.getCurrency())) {
      long units = units((FastMoney) amount);
      if (units % UNITS_PER_CENT == 0) {
        return units / UNITS_PER_CENT;
      }
    }
    return NOT_CENTS;
  }

  /** Whether a currency is the euro: the same instance as {@link #CURRENCY} or one with its code. */
  public static boolean isEuro(CurrencyUnit currency) {
    return currency == CURRENCY || CURRENCY.getCurrencyCode().equals(currency.getCurrencyCode());
  }

  /**
   * The cents of a euro amount to the cent within the range, of any type.
   *
   * @param field what messages name
   * @throws NullPointerException if {@code amount} is null; the message names the field
   * @throws IllegalArgumentException if the amount is not in EUR, is finer than a cent or is beyond the
   *     range; the message names the field and the value
   */
  public static long cents(MonetaryAmount amount, String field) {
    long cents = fastCents(amount);
    if (cents != NOT_CENTS) {
      return cents;
    }
    Objects.requireNonNull(amount, () -> field + " must not be null");
    BigDecimal number = amount.getNumber().numberValueExact(BigDecimal.class);
    if (!isEuro(amount.getCurrency())) {
      throw new IllegalArgumentException(
          field + " must be in EUR but is " + amount.getCurrency().getCurrencyCode() + " " + number.toPlainString());
    }
    return checkedCents(number, field, () -> number.toPlainString() + " EUR");
  }

  /**
   * The cents of a number that must be to the cent and within the range.
   *
   * @param shown how the message shows the number; asked only when the number is refused, since writing a number
   *     out for every amount that is read cost 3 % of reading a document
   * @throws IllegalArgumentException otherwise, naming the field and {@code shown}
   */
  public static long checkedCents(BigDecimal number, String field, Supplier<String> shown) {
    if (!isCents(number)) {
      throw rejection(number, field, shown.get());
    }
    return number.movePointRight(2).longValueExact();
  }

  /**
   * The number of an amount as an exact BigDecimal in the form Moneta's {@code Money} gave it, which messages
   * and written documents have always shown: for whole cents in EUR, see {@link #decimalNumber(long)}; for
   * anything else {@code amount.getNumber().numberValueExact(BigDecimal.class)}.
   */
  public static BigDecimal number(MonetaryAmount amount) {
    long cents = fastCents(amount);
    if (cents != NOT_CENTS) {
      return decimalNumber(cents);
    }
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /**
   * Cents as the number of an amount, in the normal form Moneta's {@code Money} kept: a whole number of euros
   * with scale 0 ({@code 12}), otherwise without trailing zeros ({@code 12.5}, {@code 12.05}). The one
   * conversion of cents to a number that is handed out.
   */
  public static BigDecimal decimalNumber(long cents) {
    if (cents % 100 == 0) {
      return BigDecimal.valueOf(cents / 100);
    }
    return cents % 10 == 0 ? BigDecimal.valueOf(cents / 10, 1) : BigDecimal.valueOf(cents, 2);
  }

  /**
   * A number as the number of an amount made from it has always been: zero as {@code 0}, a number with decimals
   * without trailing zeros ({@code 100.00} as {@code 1E+2}, {@code 12.50} as {@code 12.5}), a whole number as it
   * is. For the rules that compute with a number they used to make an amount of, so that what they hand out
   * keeps its decimals.
   */
  public static BigDecimal asMade(BigDecimal number) {
    if (number.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return number.scale() > 0 ? number.stripTrailingZeros() : number;
  }

  /** Cents as a number with exactly two decimals, as {@code Eur.decimal} gives it. */
  public static BigDecimal twoDecimals(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Why a number that is not {@link #isCents(BigDecimal) to the cent within the range} is rejected. */
  public static IllegalArgumentException rejection(BigDecimal number, String field, String shown) {
    if (number.stripTrailingZeros().scale() > 2) {
      return new IllegalArgumentException(field + " " + shown + " is finer than a cent; at most two decimals are allowed");
    }
    return outOfRange(field, shown);
  }

  /** Why an amount beyond the range is rejected: the message names the field and the value. */
  public static IllegalArgumentException outOfRange(String field, String shown) {
    return new OutOfRange(field + " " + shown + " is beyond the range of amounts, " + RANGE);
  }

  /**
   * Whether a number is a whole number of cents within ±{@link #MAX}. Only a number with more than two
   * decimals needs stripping.
   */
  public static boolean isCents(BigDecimal number) {
    BigDecimal n = number.scale() > 2 ? number.stripTrailingZeros() : number;
    if (n.scale() > 2) {
      return false;
    }
    if (n.signum() == 0) {
      return true;
    }
    // at most 15 digits in cents are always in range (MAX_CENTS has 16); 16 to 19 compare with the range
    if ((long) n.precision() - n.scale() + 2 <= 15) {
      return true;
    }
    return (long) n.precision() - n.scale() + 2 <= 19 && n.abs().compareTo(MAX) <= 0;
  }
}
