package fi.hanke.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import fi.hanke.core.internal.money.Numbers;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * Splitting an amount into parts to the cent (<i>jako, sv. fördelning</i>), for example a budget between
 * partners or years, so that the parts add up exactly to the total.
 *
 * <p>Each part is first {@code total × weight / Σ weights} rounded toward zero to the cent; the cents left
 * over (fewer than the number of parts, negative for a negative total) are then placed by a
 * {@link Remainder} policy.
 */
public final class Allocation {

  private Allocation() {}

  /**
   * Splits an amount in proportion to weights.
   *
   * @param total the amount to split, a euro amount to the cent; may be negative
   * @param weights the weights of the parts, in order; none negative and not all zero
   * @param remainder where the leftover cents go
   * @return the parts, in the order of the weights, adding up exactly to {@code total}
   * @throws IllegalArgumentException if {@code total} is not a euro amount to the cent, there are no weights,
   *     a weight is negative, all weights are zero, or the remainder's part index is out of range
   * @throws NullPointerException if an argument or a weight is null
   */
  public static List<FastMoney> split(MonetaryAmount total, List<BigDecimal> weights, Remainder remainder) {
    BigDecimal totalCents = BigDecimal.valueOf(Numbers.cents(total, "total"));
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(remainder, "remainder");
    int n = weights.size();
    if (n == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    BigDecimal weightSum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal w = Objects.requireNonNull(weights.get(i), () -> "weights must not contain null");
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weights[" + i + "] must not be negative: " + w.toPlainString());
      }
      weightSum = weightSum.add(w);
    }
    if (weightSum.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero: " + weights);
    }
    if (!remainder.isLargestRemainder() && remainder.partIndex() >= n) {
      throw new IllegalArgumentException(
          "remainder part index " + remainder.partIndex() + " is out of range for " + n + " parts");
    }

    // cents[i] = totalCents × w[i] / W truncated toward zero; fraction[i] = what was cut off, times W.
    BigDecimal[] cents = new BigDecimal[n];
    BigDecimal[] fraction = new BigDecimal[n];
    BigDecimal leftover = totalCents;
    for (int i = 0; i < n; i++) {
      BigDecimal numerator = totalCents.multiply(weights.get(i));
      cents[i] = numerator.divide(weightSum, 0, RoundingMode.DOWN);
      fraction[i] = numerator.subtract(cents[i].multiply(weightSum)).abs();
      leftover = leftover.subtract(cents[i]);
    }

    if (remainder.isLargestRemainder()) {
      List<Integer> order = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      // largest fraction first; List.sort is stable, so ties keep the lower index first
      order.sort(Comparator.comparing((Integer i) -> fraction[i]).reversed());
      BigDecimal step = BigDecimal.valueOf(leftover.signum());
      int count = leftover.abs().intValueExact();
      for (int k = 0; k < count; k++) {
        int i = order.get(k);
        cents[i] = cents[i].add(step);
      }
    } else {
      int i = remainder.partIndex();
      cents[i] = cents[i].add(leftover);
    }

    List<FastMoney> parts = new ArrayList<>(n);
    for (BigDecimal c : cents) {
      parts.add(Numbers.ofCents(c.longValueExact(), "part"));
    }
    return Collections.unmodifiableList(parts);
  }

  /**
   * Splits an amount into equal parts; leftover cents go by the policy, so with
   * {@link Remainder#largestRemainder()} the first parts get one cent more.
   *
   * @param total the amount to split, a euro amount to the cent; may be negative
   * @param parts the number of parts, at least one
   * @param remainder where the leftover cents go
   * @return the parts, adding up exactly to {@code total}
   * @throws IllegalArgumentException if {@code parts} is less than one, {@code total} is not a euro amount to
   *     the cent or the remainder's part index is out of range
   * @throws NullPointerException if an argument is null
   */
  public static List<FastMoney> split(MonetaryAmount total, int parts, Remainder remainder) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1: " + parts);
    }
    return split(total, Collections.nCopies(parts, BigDecimal.ONE), remainder);
  }
}
