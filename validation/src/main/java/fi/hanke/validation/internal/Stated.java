package fi.hanke.validation.internal;

import fi.hanke.core.money.Hedge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount as a document states it: the figure, how it is hedged, and so the range of true amounts it allows
 * (one point for an exact figure, zero to the figure for "enintään", the figure ± its allowance for "noin").
 * Sums and differences of stated amounts are ranges too, so a rule compares what the figures allow, and reports
 * only a gap that no true amounts within them could close.
 */
public final class Stated {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;
  private final Hedge hedge;
  private final BigDecimal low;
  private final BigDecimal high;

  private Stated(BigDecimal value, Hedge hedge, BigDecimal low, BigDecimal high) {
    this.value = Objects.requireNonNull(value, "value");
    this.hedge = Objects.requireNonNull(hedge, "hedge");
    this.low = low;
    this.high = high;
  }

  /**
   * @param value a figure in euros
   * @return the figure stated exactly
   */
  public static Stated exact(BigDecimal value) {
    return new Stated(value, Hedge.EXACT, value, value);
  }

  /**
   * @param value a figure in euros
   * @param hedge how it is stated
   * @return the figure with the range its hedge allows
   */
  public static Stated of(BigDecimal value, Hedge hedge) {
    return hedge == Hedge.EXACT ? exact(value) : new Stated(value, hedge, hedge.low(value), hedge.high(value));
  }

  /** @return the figure as written (for a sum, the sum of the figures) */
  public BigDecimal value() {
    return value;
  }

  /** @return EXACT when every figure in it is exact, else the loosest hedge among them */
  public Hedge hedge() {
    return hedge;
  }

  /** @return true if it is exact */
  public boolean isExact() {
    return hedge == Hedge.EXACT;
  }

  /** @return the lowest true amount it allows */
  public BigDecimal low() {
    return low;
  }

  /** @return the highest true amount it allows */
  public BigDecimal high() {
    return high;
  }

  /**
   * @param other another stated amount
   * @return the sum, with the range of the sums
   */
  public Stated plus(Stated other) {
    return new Stated(value.add(other.value), looser(other), low.add(other.low), high.add(other.high));
  }

  /**
   * @param other another stated amount
   * @return the difference, with the range of the differences
   */
  public Stated minus(Stated other) {
    return new Stated(value.subtract(other.value), looser(other), low.subtract(other.high), high.subtract(other.low));
  }

  /**
   * How far apart two stated amounts that should be equal are, beyond what their hedges allow: zero when some
   * true amounts within both ranges are equal, else the signed distance between the ranges (positive when this
   * one is above). For two exact figures, their difference.
   *
   * @param other the amount this one should equal
   * @return the gap in euros
   */
  public BigDecimal gapTo(Stated other) {
    if (low.compareTo(other.high) > 0) {
      return low.subtract(other.high);
    }
    if (high.compareTo(other.low) < 0) {
      return high.subtract(other.low);
    }
    return BigDecimal.ZERO;
  }

  /**
   * Compares a printed rate with the share this amount is of a whole, to the precision the rate is printed with
   * (a whole percent: ±0,5 percentage points), over every pair of true amounts the two figures allow.
   *
   * @param whole the whole, positive at its lowest
   * @param printed the rate as printed, in percent
   * @return empty when some true amounts give the printed rate; else the share (in percent, to six decimals
   *     more than printed) nearest to it that the figures give
   */
  public java.util.Optional<BigDecimal> shareContradicting(Stated whole, BigDecimal printed) {
    int scale = Math.max(0, printed.scale());
    BigDecimal lowest = low.multiply(HUNDRED).divide(whole.high, scale + 6, RoundingMode.HALF_UP);
    BigDecimal highest = high.multiply(HUNDRED).divide(whole.low, scale + 6, RoundingMode.HALF_UP);
    BigDecimal halfUnit = BigDecimal.valueOf(5, scale + 1);
    if (lowest.subtract(printed).compareTo(halfUnit) > 0) {
      return java.util.Optional.of(lowest);
    }
    if (printed.subtract(highest).compareTo(halfUnit) > 0) {
      return java.util.Optional.of(highest);
    }
    return java.util.Optional.empty();
  }

  private Hedge looser(Stated other) {
    if (hedge == Hedge.ABOUT || other.hedge == Hedge.ABOUT) {
      return Hedge.ABOUT;
    }
    return hedge == Hedge.AT_MOST || other.hedge == Hedge.AT_MOST ? Hedge.AT_MOST : Hedge.EXACT;
  }

  @Override
  public String toString() {
    return isExact() ? value.toPlainString() : hedge + " " + value.toPlainString() + " [" + low + ", " + high + "]";
  }
}
