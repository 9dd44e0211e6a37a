package fi.hanke.core.internal.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.logging.Filter;
import java.util.logging.Logger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;

/**
 * Internal: the number handling behind {@link fi.hanke.core.money.Eur} and {@link Total} (<i>euromäärien
 * luvut</i>, sv. <i>eurobeloppens tal</i>), in a package that the module exports to {@code fi.hanke.validation}
 * only; it holds the currency and the context that {@code Eur} publishes, so that it needs nothing of
 * {@code Eur} (no package cycle). Not API: call {@code Eur} instead.
 */
public final class Numbers {

  /** The currency of every amount: the euro; published as {@code Eur.CURRENCY}. */
  public static final CurrencyUnit CURRENCY;

  /** {@code Money} with {@link MathContext#DECIMAL128}; published as {@code Eur.CONTEXT}. */
  public static final MonetaryContext CONTEXT;

  /** The logger through which Moneta announces its default context when {@code Money} is initialised. */
  private static final String MONETA_CONTEXT_LOGGER = "org.javamoney.moneta.DefaultMonetaryContextFactory";

  static {
    // Moneta logs an INFO record ("Using custom MathContext: precision=256, ...") through java.util.logging
    // when class org.javamoney.moneta.Money is initialised; with the JDK's default logging configuration
    // that line lands on the host's stderr. A library must not print, so Money is initialised here, once,
    // with a filter on that one logger that drops its records; the previous filter is put back at once.
    // The local variable keeps the logger strongly reachable so that Moneta gets this same instance.
    //
    // This is still a brief change of a global logger, and issue 11 asked for none. It cannot be avoided with
    // Moneta 1.4.5 (nor with the project's master branch): Money's static initialiser always runs
    // DefaultMonetaryContextFactory.getContext(), and every branch of it logs through JUL (INFO for a configured
    // precision, for each named MathContext and for the default DECIMAL64, WARNING for an invalid one, SEVERE on
    // an error), whatever javamoney.properties or MonetaryConfigProvider says; Money.of with an explicit context
    // still initialises the class first. So no Money exists without that record, and the API speaks Money
    // (DESIGN.md, "Money is exact"). What is done to limit it: the filter is put back only if it is still the
    // one set here, so a filter a host installs meanwhile is not overwritten.
    Logger monetaLogger = Logger.getLogger(MONETA_CONTEXT_LOGGER);
    Filter previous = monetaLogger.getFilter();
    Filter silence = logRecord -> false;
    monetaLogger.setFilter(silence);
    try {
      Class.forName("org.javamoney.moneta.Money", true, Numbers.class.getClassLoader());
      CURRENCY = Monetary.getCurrency("EUR");
      CONTEXT = MonetaryContextBuilder.of(Money.class).set(MathContext.DECIMAL128).build();
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    } finally {
      if (monetaLogger.getFilter() == silence) {
        monetaLogger.setFilter(previous);
      }
    }
  }

  /** Largest precision (significant digits) an amount may have; that of {@link MathContext#DECIMAL128}. */
  public static final int MAX_PRECISION = MathContext.DECIMAL128.getPrecision();

  private Numbers() {}

  /**
   * The number of an amount as an exact BigDecimal: {@code amount.getNumber().numberValueExact(BigDecimal.class)},
   * which for a {@code Money} is its number with trailing zeros stripped where it has decimals. For a
   * {@code Money} the same BigDecimal is read from {@link Money#getNumberStripped()} and {@link Money#getScale()},
   * which use its number as it is: {@code getNumber()} converts it through Moneta's tables of number types,
   * the costliest step of every euro check and sum here.
   */
  public static BigDecimal number(MonetaryAmount amount) {
    if (!(amount instanceof Money)) {
      return amount.getNumber().numberValueExact(BigDecimal.class);
    }
    Money money = (Money) amount;
    if (isWholeLong(money)) {
      return BigDecimal.valueOf(money.getNumber().longValue());
    }
    BigDecimal stripped = money.getNumberStripped();
    int scale = money.getScale();
    if (stripped.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return scale > 0 || stripped.scale() == scale ? stripped : stripped.setScale(scale);
  }

  /**
   * Whether a Money holds a whole number of at most 18 digits with scale 0, as {@code Eur.of(long)} and most
   * sums leave it: {@code getNumber().longValue()} then reads that number as it is, where
   * {@link Money#getNumberStripped()} would divide its trailing zeros away and make a new BigDecimal.
   */
  public static boolean isWholeLong(Money money) {
    return money.getScale() == 0 && money.getPrecision() <= 18;
  }

  /** Creates Money with the pinned context from an already checked number. */
  public static Money money(BigDecimal checkedNumber) {
    return Money.of(checkedNumber, CURRENCY, CONTEXT);
  }

  /**
   * Checks that a number is to the cent and fits the pinned context; returns it unchanged.
   *
   * @param unit what the message shows after the number, e.g. {@code " EUR"}
   */
  public static BigDecimal checked(BigDecimal number, String field, String unit) {
    if (isCents(number)) {
      return number;
    }
    throw rejection(number, field, number.toPlainString() + unit);
  }

  /** Why a number that is not {@link #isCents(BigDecimal) to the cent} is rejected; {@code shown} names it. */
  public static IllegalArgumentException rejection(BigDecimal number, String field, String shown) {
    if (number.stripTrailingZeros().scale() > 2) {
      return new IllegalArgumentException(field + " " + shown + " is finer than a cent; at most two decimals are allowed");
    }
    return new IllegalArgumentException(field + " " + shown + " has more than " + MAX_PRECISION + " digits");
  }

  /**
   * Whether a number is a whole number of cents with at most {@link #MAX_PRECISION} digits in cents. The
   * cents of a non-zero number have {@code precision − scale + 2} digits whatever its trailing zeros, and
   * zero has one, so only a number with more than two decimals needs stripping.
   */
  public static boolean isCents(BigDecimal number) {
    BigDecimal n = number.scale() > 2 ? number.stripTrailingZeros() : number;
    if (n.scale() > 2) {
      return false;
    }
    return n.signum() == 0 || (long) n.precision() - n.scale() + 2 <= MAX_PRECISION;
  }
}
