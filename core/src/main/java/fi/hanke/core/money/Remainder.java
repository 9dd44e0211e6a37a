package fi.hanke.core.money;

import java.util.Objects;

/**
 * Where the cents left over from an {@link Allocation} go (<i>jakojäännös, sv. restbelopp</i>): each part is
 * first rounded toward zero to the cent, and the policy places the leftover cents so that the parts add up
 * exactly to the total.
 *
 * <p>Immutable; create with {@link #toPart(int)} or {@link #largestRemainder()}.
 */
public final class Remainder {

  private static final Remainder LARGEST_REMAINDER = new Remainder(-1);

  /** The index of the part that takes every leftover cent, or -1 for the largest remainder method. */
  private final int index;

  private Remainder(int index) {
    this.index = index;
  }

  /**
   * All leftover cents go to one part, for example the lead partner or the last row of a table.
   *
   * @param index the zero-based index of that part; checked against the number of parts when splitting
   * @return the policy
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static Remainder toPart(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("remainder part index must not be negative: " + index);
    }
    return new Remainder(index);
  }

  /**
   * The largest remainder (Hamilton) method: one cent each to the parts whose exact shares had the largest
   * fractions of a cent cut off, ties to the lower index. Every part then differs from its exact share by
   * less than a cent.
   *
   * @return the policy
   */
  public static Remainder largestRemainder() {
    return LARGEST_REMAINDER;
  }

  /**
   * Tells whether this is the largest remainder method.
   *
   * @return true for {@link #largestRemainder()}, false for {@link #toPart(int)}
   */
  public boolean isLargestRemainder() {
    return index < 0;
  }

  /**
   * The index of the part that takes every leftover cent, for a {@link #toPart(int)} policy.
   *
   * @return the zero-based index
   * @throws IllegalStateException if this is the largest remainder method
   */
  public int partIndex() {
    if (index < 0) {
      throw new IllegalStateException("the largest remainder method has no single part index");
    }
    return index;
  }

  /**
   * Tests equality: same policy and, for {@link #toPart(int)}, same index.
   *
   * @param obj the object to compare with
   * @return whether {@code obj} is the same policy
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Remainder && index == ((Remainder) obj).index;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(index);
  }

  /**
   * Returns {@code "Remainder.toPart(2)"} or {@code "Remainder.largestRemainder()"}.
   *
   * @return the factory call that makes this policy
   */
  @Override
  public String toString() {
    return index < 0 ? "Remainder.largestRemainder()" : "Remainder.toPart(" + index + ")";
  }
}
