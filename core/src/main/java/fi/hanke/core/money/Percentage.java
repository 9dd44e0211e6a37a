package fi.hanke.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * A non-negative percentage (<i>prosenttiosuus, sv. procentandel</i>) such as a funding rate of 40 % or a
 * flat rate of 1.5 %.
 *
 * <p>Immutable. Two percentages are equal when their numeric values are equal: {@code 1.50 %} equals
 * {@code 1.5 %}. Amounts are computed exactly ({@link #exactOf(MonetaryAmount)}) and rounded only where the
 * caller names the rounding mode.
 */
public final class Percentage implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Digits, optionally a point or comma and decimals, optionally a percent sign. */
  private static final Pattern PERCENT =
      Pattern.compile("([+\\-\u2212])?([0-9]+)(?:[.,]([0-9]+))?(?:[ \u00A0\u202F]?%)?");

  /** The percent number, stripped of trailing zeros and never with a negative scale. */
  private final BigDecimal value;

  private Percentage(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns a whole percentage.
   *
   * @param percent the percent number, for example {@code 40} for 40 %
   * @return the percentage
   * @throws IllegalArgumentException if {@code percent} is negative
   */
  public static Percentage of(long percent) {
    return of(BigDecimal.valueOf(percent));
  }

  /**
   * Returns the percentage with the given percent number.
   *
   * @param percent the percent number, for example {@code 1.5} for 1.5 %
   * @return the percentage
   * @throws IllegalArgumentException if {@code percent} is negative
   * @throws NullPointerException if {@code percent} is null
   */
  public static Percentage of(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("percentage must not be negative: " + percent.toPlainString());
    }
    return new Percentage(normalise(percent));
  }

  /**
   * Parses a percentage as users type it: {@code "40"}, {@code "1.5"}, {@code "1,5"}, {@code "7 %"},
   * {@code "7%"}. Surrounding white space is allowed.
   *
   * @param text the percentage
   * @return the percentage
   * @throws IllegalArgumentException if the text is not a percentage of that form or is negative; the
   *     message quotes the text
   * @throws NullPointerException if {@code text} is null
   */
  public static Percentage parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = PERCENT.matcher(Eur.trim(text));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not a percentage: \"" + text + "\"; expected a number such as 40, 1.5, 1,5 or 7 %");
    }
    BigDecimal number = new BigDecimal(m.group(2) + (m.group(3) == null ? "" : "." + m.group(3)));
    if (m.group(1) != null && !m.group(1).equals("+") && number.signum() != 0) {
      throw new IllegalArgumentException("percentage must not be negative: \"" + text + "\"");
    }
    return new Percentage(normalise(number));
  }

  /**
   * Returns the percentage with the given ratio: {@code 0.4} gives 40 %.
   *
   * @param ratio the ratio, not negative
   * @return the percentage
   * @throws IllegalArgumentException if {@code ratio} is negative
   * @throws NullPointerException if {@code ratio} is null
   */
  public static Percentage ofRatio(BigDecimal ratio) {
    Objects.requireNonNull(ratio, "ratio");
    if (ratio.signum() < 0) {
      throw new IllegalArgumentException("ratio must not be negative: " + ratio.toPlainString());
    }
    return new Percentage(normalise(ratio.movePointRight(2)));
  }

  /**
   * Returns the percent number, stripped of trailing zeros: {@code 40} for 40 %, {@code 1.5} for 1.5 %.
   *
   * @return the percent number, never with a negative scale
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the ratio: {@code 0.4} for 40 %.
   *
   * @return the percent number divided by 100, stripped of trailing zeros
   */
  public BigDecimal ratio() {
    return normalise(value.movePointLeft(2));
  }

  /**
   * Returns this percentage of an amount exactly, without rounding: 1.5 % of 100.01 € is
   * {@code 1.50015}.
   *
   * @param base a euro amount to the cent
   * @return the exact product in euros
   * @throws IllegalArgumentException if {@code base} is not a euro amount to the cent
   */
  public BigDecimal exactOf(MonetaryAmount base) {
    return Eur.checkedNumber(base, "base").multiply(value).movePointLeft(2);
  }

  /**
   * Returns this percentage of an amount, rounded to the cent with the given mode.
   *
   * @param base a euro amount to the cent
   * @param mode how to round to the cent, for example {@link RoundingMode#HALF_UP} or
   *     {@link RoundingMode#DOWN}
   * @return the rounded amount in EUR
   * @throws IllegalArgumentException if {@code base} is not a euro amount to the cent, or the result is beyond
   *     the range of an amount (a percentage above 100 % of a large amount)
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
   * @throws NullPointerException if {@code mode} is null
   */
  public FastMoney of(MonetaryAmount base, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    return Eur.of(exactOf(base).setScale(2, mode));
  }

  /**
   * Returns this percentage of an amount, rounded to whole euros with the given mode, as documents that
   * print whole euros do.
   *
   * @param base a euro amount to the cent
   * @param mode how to round to the euro
   * @return the rounded amount in EUR
   * @throws IllegalArgumentException if {@code base} is not a euro amount to the cent, or the result is beyond
   *     the range of an amount (a percentage above 100 % of a large amount)
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
   * @throws NullPointerException if {@code mode} is null
   */
  public FastMoney ofWholeEuros(MonetaryAmount base, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    return Eur.of(exactOf(base).setScale(0, mode));
  }

  /**
   * Formats the percentage as documents print it: {@code "1,5 %"} for Finnish and Swedish (with a no-break
   * space, U+00A0, before the sign) and {@code "1.5%"} for every other locale.
   *
   * @param locale the locale of the document
   * @return the formatted percentage
   * @throws NullPointerException if {@code locale} is null
   */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String plain = value.toPlainString();
    return Eur.isNordic(locale) ? plain.replace('.', ',') + "\u00A0%" : plain + "%";
  }

  /**
   * Compares by numeric value.
   *
   * @param other the other percentage
   * @return negative, zero or positive as this is smaller than, equal to or larger than {@code other}
   */
  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  /**
   * Tests numeric equality: {@code 1.50 %} equals {@code 1.5 %}.
   *
   * @param obj the object to compare with
   * @return whether {@code obj} is a percentage with the same numeric value
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Percentage && value.equals(((Percentage) obj).value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the normalised value
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the percentage as {@code "40 %"} or {@code "1.5 %"}: plain number, space, percent sign.
   *
   * @return the percentage in a locale-independent form
   */
  @Override
  public String toString() {
    return value.toPlainString() + " %";
  }

  private static BigDecimal normalise(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
