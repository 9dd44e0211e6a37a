package fi.hanke.core.money;

import fi.hanke.core.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a document states an amount (<i>ilmaisutapa</i>, sv. <i>uttryckssätt</i>): exactly, as an upper bound
 * ("enintään 240 000 euroa") or as an estimate ("arviolta 180 000 euroa", "noin 512 340 euroa"). Rules compare
 * a bound as ≤ and an estimate within its own {@linkplain #allowance(BigDecimal) allowance}; exact figures as
 * written.
 */
public enum Hedge {
  /** Tarkka (sv. exakt): the amount as written. */
  EXACT(Term.of("tarkka", "exakt", "exact")),
  /** Enintään (sv. högst): the true amount is at most the figure, and not below zero. */
  AT_MOST(Term.of("enintään", "högst", "at most")),
  /** Arviolta, noin (sv. cirka, omkring): the true amount is near the figure, within its allowance. */
  ABOUT(Term.of("noin", "cirka", "about"));

  private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

  private final Term term;

  Hedge(Term term) {
    this.term = term;
  }

  /**
   * @param locale a language
   * @return the word people read, in Finnish, Swedish or English
   */
  public String displayName(Locale locale) {
    return term.in(locale);
  }

  /**
   * How far an estimate may be from the true amount: the larger of 1 % of the figure and half the unit of its
   * last non-zero whole digit (so "noin 180 000" allows ± 5 000 €, "noin 512 340" ± 5 123,40 €). Zero for exact
   * figures and bounds.
   *
   * @param figure the figure as written, in euros
   * @return the allowance in euros, never negative
   */
  public BigDecimal allowance(BigDecimal figure) {
    if (this != ABOUT) {
      return BigDecimal.ZERO;
    }
    BigDecimal abs = figure.abs();
    BigDecimal percent = abs.multiply(ONE_PERCENT).setScale(2, RoundingMode.HALF_UP);
    BigDecimal whole = abs.setScale(0, RoundingMode.DOWN);
    if (whole.signum() == 0) {
      return percent;
    }
    BigDecimal stripped = whole.stripTrailingZeros();
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(Math.max(0, -stripped.scale()));
    BigDecimal half = unit.divide(BigDecimal.valueOf(2));
    return percent.max(half).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * @param figure the figure as written, in euros
   * @return the lowest true amount the figure allows
   */
  public BigDecimal low(BigDecimal figure) {
    return this == AT_MOST ? BigDecimal.ZERO.min(figure) : figure.subtract(allowance(figure));
  }

  /**
   * @param figure the figure as written, in euros
   * @return the highest true amount the figure allows
   */
  public BigDecimal high(BigDecimal figure) {
    return figure.add(allowance(figure));
  }
}
