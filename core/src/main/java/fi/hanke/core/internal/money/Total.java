package fi.hanke.core.internal.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;
import fi.hanke.core.money.Eur;
import org.javamoney.moneta.Money;

/**
 * A running total of euro amounts (<i>juokseva summa</i>, sv. <i>löpande summa</i>) that ends exactly where
 * chaining {@link Money#add(MonetaryAmount)} and {@link Money#subtract(MonetaryAmount)} from
 * {@link Eur#zero()} ends: the same number with the same scale, the same currency and the same context, and
 * the same exception for an amount in another currency. It only skips making a {@code Money} at every step,
 * which Moneta does by writing the number out as text and parsing it back.
 *
 * <p>Each step follows Moneta 1.4: a zero amount leaves the total as it is; otherwise the amount's number is
 * added or subtracted with the context's {@link MathContext} (34 digits, half-even) and the result is
 * normalised as Moneta normalises the number of every new {@code Money} (zero becomes {@code 0}, a number with
 * decimals loses its trailing zeros). An amount that is not a {@code Money} in EUR goes through
 * {@code Money.add} itself.
 *
 * <pre>{@code
 * Total net = Total.zero();
 * for (CostLine line : estimate.lines()) {
 *   net = line.category().isDeducted() ? net.subtract(line.applied()) : net.add(line.applied());
 * }
 * Money result = net.money();
 * }</pre>
 *
 * <p>Not thread-safe: one total serves one computation. Internal: in a package that the module exports to
 * {@code fi.hanke.validation} only, for the rules' sums; not API.
 */
public final class Total {
  private static final MathContext MATH = Numbers.CONTEXT.get(MathContext.class);

  /** The total as a Money once one was needed (at the start, and after a step through Money itself). */
  private Money money;
  /** The number of the total, as the Money that chaining would have made holds it. */
  private BigDecimal number;
  /** Whether the start is in EUR with the pinned context, so that steps may skip making a Money. */
  private final boolean pinned;

  private Total(Money start) {
    this.money = start;
    this.number = Numbers.number(start);
    this.pinned = start.getContext() == Numbers.CONTEXT && start.getCurrency() == Numbers.CURRENCY;
  }

  /**
   * @return a total of zero euros in the pinned context, {@link Eur#zero()}
   */
  public static Total zero() {
    return new Total(Numbers.money(BigDecimal.ZERO));
  }

  /**
   * A total that starts at an amount: it ends where chaining {@code Money.add} and {@code Money.subtract} from
   * {@code start} ends. A start in another context or currency than {@link Eur}'s makes every step through
   * {@code Money} itself.
   *
   * @param start the amount to start from
   * @return the total
   * @throws NullPointerException if {@code start} is null
   */
  public static Total of(Money start) {
    return new Total(Objects.requireNonNull(start, "start"));
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
   * Subtracts a number of cents, as {@code total.subtract(Eur.ofCents(cents))}.
   *
   * @param cents the cents, may be negative
   * @return this total
   */
  public Total subtractCents(long cents) {
    if (!pinned) {
      return step(Numbers.money(BigDecimal.valueOf(cents, 2)), true);
    }
    if (cents != 0) {
      // Eur.ofCents(cents) holds its number as Moneta normalises it, and that is what Money.subtract takes
      step(normalised(BigDecimal.valueOf(cents, 2)), true);
    }
    return this;
  }

  /**
   * Adds an amount, as {@code total.add(amount)}.
   *
   * @param amount an amount in EUR
   * @return this total
   * @throws javax.money.MonetaryException if the amount is in another currency
   * @throws NullPointerException if {@code amount} is null
   */
  public Total add(MonetaryAmount amount) {
    return step(amount, false);
  }

  /**
   * Subtracts an amount, as {@code total.subtract(amount)}.
   *
   * @param amount an amount in EUR
   * @return this total
   * @throws javax.money.MonetaryException if the amount is in another currency
   * @throws NullPointerException if {@code amount} is null
   */
  public Total subtract(MonetaryAmount amount) {
    return step(amount, true);
  }

  /**
   * @return the total as {@code Money}: equal, number, scale and context alike, to what the chain of
   *     {@code Money.add} and {@code Money.subtract} gives
   */
  public Money money() {
    if (money == null) {
      money = Numbers.money(number);
    }
    return money;
  }

  /**
   * @return the sign of the total: −1, 0 or 1, as {@code money().signum()}
   */
  public int signum() {
    return number.signum();
  }

  /**
   * @return the total as a number with exactly two decimals, as {@link Eur#decimal(MonetaryAmount)} of
   *     {@link #money()}
   * @throws IllegalArgumentException if the total has more than 34 digits in cents
   */
  public BigDecimal decimal() {
    return Numbers.checked(number, "amount", " EUR").setScale(2, RoundingMode.UNNECESSARY);
  }

  private Total step(MonetaryAmount amount, boolean subtract) {
    if (!pinned || !(amount instanceof Money)
        || !Numbers.CURRENCY.getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())) {
      Money now = money();
      money = subtract ? now.subtract(amount) : now.add(amount);
      number = Numbers.number(money);
      return this;
    }
    if (!amount.isZero()) {
      step(Numbers.number(amount), subtract);
    }
    return this;
  }

  /** One step of Money.add or Money.subtract with a non-zero number, in the pinned context. */
  private void step(BigDecimal n, boolean subtract) {
    // Within 34 digits the exact sum is what adding with the MathContext gives, scale included, and far cheaper
    BigDecimal exact = subtract ? number.subtract(n) : number.add(n);
    number = normalised(exact.precision() <= MATH.getPrecision() ? exact
        : subtract ? number.subtract(n, MATH) : number.add(n, MATH));
    money = null;
  }

  /** The number as Moneta keeps it in a new Money: zero as 0, decimals without trailing zeros. */
  private static BigDecimal normalised(BigDecimal n) {
    if (n.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return n.scale() > 0 ? n.stripTrailingZeros() : n;
  }
}
