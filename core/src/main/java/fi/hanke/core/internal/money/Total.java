package fi.hanke.core.internal.money;

import fi.hanke.core.money.Eur;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * A running total of euro amounts (<i>juokseva summa</i>, sv. <i>löpande summa</i>), exact whatever its size:
 * it counts in cents in a {@code long} with overflow checks, and goes on in {@code BigDecimal} once a step would
 * leave the long, so that no sum of amounts throws. The total is handed out as a number ({@link #decimal()},
 * {@link #number()}, {@link #signum()}, {@link #compareTo(Total)}), which any size allows, or as an amount
 * ({@link #money()}), which the range of {@link Eur} bounds.
 *
 * <pre>{@code
 * Total net = Total.zero();
 * for (CostLine line : estimate.lines()) {
 *   net = line.category().isDeducted() ? net.subtract(line.applied()) : net.add(line.applied());
 * }
 * FastMoney result = net.money();
 * }</pre>
 *
 * <p>Not thread-safe: one total serves one computation. Internal: in a package that the module exports to
 * {@code fi.hanke.validation} only, for the rules' sums; not API.
 */
public final class Total implements Comparable<Total> {
  /** The total in cents while {@link #big} is null. */
  private long cents;
  /** The exact total in cents once it left a long; null before. */
  private BigDecimal big;

  private Total(long cents) {
    this.cents = cents;
  }

  /**
   * @return a total of zero euros
   */
  public static Total zero() {
    return new Total(0);
  }

  /**
   * A total that starts at an amount.
   *
   * @param start a euro amount to the cent
   * @return the total
   * @throws IllegalArgumentException if {@code start} is not a euro amount to the cent within the range
   * @throws NullPointerException if {@code start} is null
   */
  public static Total of(MonetaryAmount start) {
    return new Total(Numbers.cents(start, "start"));
  }

  /**
   * The total of the items that {@code include} accepts, each adding {@code amount}: the sum behind the
   * model's "applied in a category" and "total applied" figures.
   *
   * @param items the items in order
   * @param include which items count
   * @param amount the amount of an item
   * @param <T> the item type
   * @return the total
   */
  public static <T> Total sum(Iterable<T> items, Predicate<? super T> include, Function<? super T, ? extends MonetaryAmount> amount) {
    Total sum = zero();
    for (T item : items) {
      if (include.test(item)) {
        sum.add(amount.apply(item));
      }
    }
    return sum;
  }

  /**
   * The net of the items: each adds {@code amount}, or subtracts it where {@code deducted} says so.
   *
   * @param items the items in order
   * @param deducted which items are deducted (income)
   * @param amount the amount of an item
   * @param <T> the item type
   * @return the total
   */
  public static <T> Total net(Iterable<T> items, Predicate<? super T> deducted, Function<? super T, ? extends MonetaryAmount> amount) {
    Total sum = zero();
    for (T item : items) {
      MonetaryAmount a = amount.apply(item);
      if (deducted.test(item)) {
        sum.subtract(a);
      } else {
        sum.add(a);
      }
    }
    return sum;
  }

  /**
   * The net of the items as {@link #net}, if every item has an amount.
   *
   * @param items the items in order
   * @param deducted which items are deducted (income)
   * @param amount the amount of an item, if it has one
   * @param <T> the item type
   * @return the total, or empty when there are no items or any lacks an amount
   */
  public static <T> Optional<Total> netOfAll(List<T> items, Predicate<? super T> deducted,
      Function<? super T, ? extends Optional<? extends MonetaryAmount>> amount) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    for (T item : items) {
      if (amount.apply(item).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(net(items, deducted, item -> amount.apply(item).get()));
  }

  /**
   * The sum of the absolute values of amounts, in cents, exactly: what the model compares with the range
   * so that no sum of the amounts, with any signs, leaves it.
   *
   * @param items the items
   * @param amount the amount of an item, if it has one
   * @param <T> the item type
   * @return the total of the absolute values
   */
  public static <T> Total absoluteSum(Iterable<T> items, Function<? super T, ? extends Optional<? extends MonetaryAmount>> amount) {
    Total sum = zero();
    for (T item : items) {
      Optional<? extends MonetaryAmount> a = amount.apply(item);
      if (a.isPresent()) {
        sum.addCents(Math.abs(Numbers.cents(a.get(), "amount")));
      }
    }
    return sum;
  }

  /**
   * Adds a number of cents.
   *
   * @param c the cents, may be negative
   * @return this total
   */
  public Total addCents(long c) {
    if (big == null) {
      long r = cents + c;
      if (((cents ^ r) & (c ^ r)) >= 0) { // no overflow: Math.addExact's test
        cents = r;
        return this;
      }
      big = BigDecimal.valueOf(cents);
    }
    big = big.add(BigDecimal.valueOf(c));
    return this;
  }

  /**
   * Subtracts a number of cents, as {@code total.subtract(Eur.ofCents(cents))}.
   *
   * @param c the cents, may be negative
   * @return this total
   */
  public Total subtractCents(long c) {
    if (c == Long.MIN_VALUE) {
      big = toCents().subtract(BigDecimal.valueOf(c));
      return this;
    }
    return addCents(-c);
  }

  /**
   * Adds an amount.
   *
   * @param amount a euro amount to the cent
   * @return this total
   * @throws IllegalArgumentException if the amount is not a euro amount to the cent within the range
   * @throws NullPointerException if {@code amount} is null
   */
  public Total add(MonetaryAmount amount) {
    return addCents(Numbers.cents(amount, "amount"));
  }

  /**
   * Subtracts an amount.
   *
   * @param amount a euro amount to the cent
   * @return this total
   * @throws IllegalArgumentException if the amount is not a euro amount to the cent within the range
   * @throws NullPointerException if {@code amount} is null
   */
  public Total subtract(MonetaryAmount amount) {
    return subtractCents(Numbers.cents(amount, "amount"));
  }

  /**
   * Adds another total.
   *
   * @param other the other total
   * @return this total
   */
  public Total add(Total other) {
    if (other.big == null) {
      return addCents(other.cents);
    }
    big = toCents().add(other.big);
    return this;
  }

  /**
   * @return whether the total is within the range of an amount, ±92 233 720 368 547,75 €, so that
   *     {@link #money()} gives it
   */
  public boolean fits() {
    return big == null && cents <= Numbers.MAX_CENTS && cents >= -Numbers.MAX_CENTS;
  }

  /**
   * Refuses amounts that add up, in absolute value, beyond the range: the check with which the model refuses,
   * at construction, a cost estimate, a funding plan, a group or a ledger of which some sum could not be an
   * amount. Meant for a total from {@link #absoluteSum}.
   *
   * @param what what was added up, for the message, e.g. {@code "costEstimate.lines[].applied"}
   * @return this total
   * @throws IllegalArgumentException if the total is beyond the range; the message names {@code what} and the
   *     total
   */
  public Total requireFits(String what) {
    if (!fits()) {
      throw new OutOfRange(what + " add up to " + decimal().toPlainString()
          + " EUR in absolute value, beyond the range of amounts, " + Numbers.RANGE
          + "; no sum of them could be an amount");
    }
    return this;
  }

  /**
   * @return the total as an amount
   * @throws IllegalArgumentException if the total is beyond the range of an amount ({@link #fits()}); the
   *     model refuses every document whose sums could be, so its own sums never are
   */
  public FastMoney money() {
    return money("sum");
  }

  /**
   * @param field what the message names
   * @return the total as an amount
   * @throws IllegalArgumentException if the total is beyond the range of an amount; the message names the field
   *     and the total
   */
  public FastMoney money(String field) {
    if (!fits()) {
      throw Numbers.outOfRange(field, decimal().toPlainString() + " EUR");
    }
    return Numbers.ofCheckedCents(cents);
  }

  /**
   * @return the total in cents
   * @throws ArithmeticException if it does not fit a long
   */
  public long cents() {
    if (big != null) {
      return big.longValueExact();
    }
    return cents;
  }

  /**
   * @return the sign of the total: −1, 0 or 1
   */
  public int signum() {
    return big == null ? Long.signum(cents) : big.signum();
  }

  /**
   * @return the total as a number with exactly two decimals, as {@link Eur#decimal(MonetaryAmount)} of the
   *     amount; of any size
   */
  public BigDecimal decimal() {
    return big == null ? Numbers.twoDecimals(cents) : big.movePointLeft(2);
  }

  /**
   * @return the total as the number of an amount ({@code Numbers.number(money())}), of any size
   */
  public BigDecimal number() {
    if (big == null) {
      return Numbers.decimalNumber(cents);
    }
    BigDecimal euros = big.movePointLeft(2).stripTrailingZeros();
    return euros.scale() < 0 ? euros.setScale(0) : euros;
  }

  /**
   * Compares by value.
   *
   * @param other the other total
   * @return negative, zero or positive as this is less than, equal to or more than {@code other}
   */
  @Override
  public int compareTo(Total other) {
    if (big == null && other.big == null) {
      return Long.compare(cents, other.cents);
    }
    return toCents().compareTo(other.toCents());
  }

  /** The total in cents as a BigDecimal. */
  private BigDecimal toCents() {
    return big == null ? BigDecimal.valueOf(cents) : big;
  }

  @Override
  public String toString() {
    return decimal().toPlainString() + " EUR";
  }
}
