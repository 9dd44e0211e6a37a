package fi.hanke.core.internal.money;

import fi.hanke.core.money.Eur;
import java.math.BigDecimal;
import java.math.MathContext;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Internal: the number handling behind {@link Eur} and {@link Total} (<i>euromäärien luvut</i>, sv.
 * <i>eurobeloppens tal</i>), in a package that the module exports to {@code fi.hanke.validation} only. Not
 * API: call {@link Eur} instead.
 */
public final class Numbers {

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
    return Money.of(checkedNumber, Eur.CURRENCY, Eur.CONTEXT);
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
