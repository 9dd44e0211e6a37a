package fi.hanke.core.money;

import fi.hanke.core.internal.money.Total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fast paths of the money arithmetic give exactly what the code before them gave ({@link EurBefore}): the
 * same {@code Money} (number and scale, context, currency), the same {@code BigDecimal} (scale included, since
 * messages print as many decimals as a number has), or the same exception with the same message, for amounts
 * of every kind: pinned euro amounts from cents and from decimals with negative and positive scales, results of
 * Moneta's own arithmetic, amounts in another context or type ({@code FastMoney}), in another currency, finer
 * than a cent, and amounts at and beyond the 34 digits the pinned context holds.
 */
class MoneyFastPathPropertiesTest {

  /** A number of 1 to 37 random digits (so beyond 34 too), sign and scale −6…4, zero well represented. */
  static final Gen<BigDecimal> NUMBERS = numbers(37, -6, 4, 0);

  /** Amounts whose number has at most two decimals and at most 34 digits in cents: what the model holds. */
  static final Gen<BigDecimal> CENT_NUMBERS = numbers(34, -4, 2, 2);

  /**
   * Random numbers of up to {@code maxDigits} digits with a scale in [minScale, maxScale]; with {@code cents}
   * = 2, the digits are cut so that the number has at most 34 digits in cents.
   */
  private static Gen<BigDecimal> numbers(int maxDigits, int minScale, int maxScale, int cents) {
    return longs().all().zip(integers().between(1, maxDigits), integers().between(minScale, maxScale),
        (seed, digits, scale) -> {
          Random r = new Random(seed);
          int n = cents == 0 ? digits : Math.max(1, Math.min(digits, 34 - cents + scale));
          StringBuilder s = new StringBuilder(r.nextBoolean() ? "-" : "");
          for (int i = 0; i < n; i++) {
            s.append(r.nextInt(10));
          }
          return new BigDecimal(new BigInteger(s.toString()), scale);
        }).mix(integers().between(-3, 3).map(i -> BigDecimal.valueOf(i, 0)), 10);
  }

  /** Every kind of amount a caller may hand in. */
  static final Gen<MonetaryAmount> AMOUNTS = Generate.frequency(List.of(
      pair(4, longs().all().mix(longs().between(-1_000_000, 1_000_000)).map(Eur::ofCents)),
      pair(4, CENT_NUMBERS.map(Eur::of)),
      pair(2, CENT_NUMBERS.zip(CENT_NUMBERS, (a, b) -> Eur.of(a).add(Eur.of(b)))),
      pair(1, CENT_NUMBERS.zip(integers().between(-100, 100), (a, k) -> Eur.of(a).multiply(k))),
      pair(2, NUMBERS.map(n -> Money.of(n, "EUR"))),
      pair(1, NUMBERS.map(n -> Money.of(n, Eur.CURRENCY, Eur.CONTEXT))),
      pair(1, longs().between(-1_000_000_000_000L, 1_000_000_000_000L).zip(integers().between(0, 5),
          (unscaled, scale) -> FastMoney.of(BigDecimal.valueOf(unscaled, scale), Monetary.getCurrency("EUR")))),
      pair(1, CENT_NUMBERS.map(n -> Money.of(n, "SEK")))));

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static org.quicktheories.api.Pair<Integer, Gen<MonetaryAmount>> pair(int weight, Gen<? extends MonetaryAmount> gen) {
    return org.quicktheories.api.Pair.of(weight, (Gen) gen);
  }

  /** What a call gave: the value with its exact representation, or the exception and its message. */
  static String outcome(Supplier<?> call) {
    try {
      return describe(call.get());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  static String describe(Object value) {
    if (value instanceof java.util.Optional) {
      return ((java.util.Optional<?>) value).map(v -> "Optional " + describe(v)).orElse("Optional.empty");
    }
    if (value instanceof Money) {
      Money m = (Money) value;
      return "Money " + m.getCurrency().getCurrencyCode() + " " + describe(m.getNumber().numberValueExact(BigDecimal.class))
          + " " + m.getContext();
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return d.unscaledValue() + "E" + (-d.scale());
    }
    return String.valueOf(value);
  }

  @Test
  void theNumberOfAnAmountIsTheExactNumberMonetaGives() {
    qt().forAll(AMOUNTS).checkAssert(a ->
        assertEquals(describe(EurBefore.number(a)), describe(Eur.number(a)), a::toString));
    // rounded to 34 digits when made, Money keeps trailing zeros with decimals: 2.000…0 (33 decimals)
    Money rounded = Money.of(new BigDecimal("1.99999999999999999999999999999999999"), Eur.CURRENCY, Eur.CONTEXT);
    assertEquals(describe(EurBefore.number(rounded)), describe(Eur.number(rounded)));
    Money negativeScale = Eur.of(new BigDecimal("3E+5")).add(Eur.of(new BigDecimal("1E+5")));
    assertEquals(describe(EurBefore.number(negativeScale)), describe(Eur.number(negativeScale)));
  }

  @Test
  void requireDecimalCentsAndShareAgreeWithTheReference() {
    qt().forAll(AMOUNTS, AMOUNTS).checkAssert((a, b) -> {
      assertEquals(outcome(() -> EurBefore.require(a, "x")), outcome(() -> Eur.require(a, "x")), a::toString);
      assertEquals(outcome(() -> EurBefore.decimal(a)), outcome(() -> Eur.decimal(a)), a::toString);
      assertEquals(outcome(() -> EurBefore.cents(a)), outcome(() -> Eur.cents(a)), a::toString);
      assertEquals(outcome(() -> EurBefore.share(a, b)), outcome(() -> Eur.share(a, b)), () -> a + " / " + b);
    });
  }

  @Test
  void exactPercentagesAgreeWithTheReference() {
    qt().forAll(AMOUNTS, integers().between(0, 200_000), integers().between(0, 4)).checkAssert((a, p, scale) -> {
      Percentage rate = Percentage.of(BigDecimal.valueOf(p, scale));
      assertEquals(outcome(() -> EurBefore.exactOf(rate, a)), outcome(() -> rate.exactOf(a)), () -> rate + " of " + a);
    });
  }

  @Test
  void sumsAgreeWithTheReference() {
    qt().forAll(lists().of(AMOUNTS.mix(Generate.constant((MonetaryAmount) null), 2)).ofSizeBetween(0, 12))
        .checkAssert(amounts -> assertEquals(outcome(() -> EurBefore.sum(amounts)), outcome(() -> Eur.sum(amounts)),
            amounts::toString));
  }

  @Test
  void decimalsAndZeroAgreeWithTheReference() {
    qt().forAll(NUMBERS).checkAssert(n ->
        assertEquals(outcome(() -> EurBefore.of(n)), outcome(() -> Eur.of(n)), n::toString));
    assertEquals(describe(EurBefore.zero()), describe(Eur.zero()));
  }

  @Test
  void aTotalEndsWhereTheChainOfMoneyAddAndSubtractEnds() {
    qt().forAll(lists().of(AMOUNTS.mix(CENT_NUMBERS.map(n -> (MonetaryAmount) Eur.of(n.signum() == 0 ? n : n.negate())), 30))
        .ofSizeBetween(0, 12), longs().all())
        .checkAssert((amounts, signs) -> {
          Supplier<Money> chain = () -> {
            Money m = Eur.zero();
            for (int i = 0; i < amounts.size(); i++) {
              m = (signs >> i & 1) == 0 ? m.add(amounts.get(i)) : m.subtract(amounts.get(i));
            }
            return m;
          };
          Supplier<Total> total = () -> {
            Total t = Total.zero();
            for (int i = 0; i < amounts.size(); i++) {
              t = (signs >> i & 1) == 0 ? t.add(amounts.get(i)) : t.subtract(amounts.get(i));
            }
            return t;
          };
          assertEquals(outcome(chain), outcome(() -> total.get().money()), amounts::toString);
          assertEquals(outcome(() -> EurBefore.decimal(chain.get())), outcome(() -> total.get().decimal()), amounts::toString);
        });
  }

  @Test
  void aTotalFromAnyStartLessCentsEndsWhereMoneySubtractEnds() {
    // every kind of amount AMOUNTS draws, as a Money (a FastMoney converted), so no draw is discarded
    qt().forAll(AMOUNTS.map(a -> (MonetaryAmount) (a instanceof Money ? a : Money.from(a))),
            lists().of(longs().all().mix(longs().between(-100_000, 100_000))).ofSizeBetween(0, 4))
        .checkAssert((start, cents) -> {
          Supplier<Money> chain = () -> {
            Money m = (Money) start;
            for (long c : cents) {
              m = m.subtract(Eur.ofCents(c));
            }
            return m;
          };
          Supplier<Money> total = () -> {
            Total t = Total.of((Money) start);
            for (long c : cents) {
              t.subtractCents(c);
            }
            return t.money();
          };
          assertEquals(outcome(chain), outcome(total), () -> start + " " + cents);
        });
  }

  @Test
  void theLargestAmountsAndOneCentBeyondAgreeWithTheReference() {
    BigDecimal largest = new BigDecimal("9999999999999999999999999999999999").movePointLeft(2);
    for (BigDecimal n : List.of(largest, largest.negate(), largest.add(new BigDecimal("0.01")),
        largest.negate().subtract(new BigDecimal("0.01")), BigDecimal.valueOf(Long.MAX_VALUE, 2),
        BigDecimal.valueOf(Long.MAX_VALUE, 2).add(new BigDecimal("0.01")), BigDecimal.valueOf(Long.MIN_VALUE, 2))) {
      for (MonetaryAmount a : List.of(Money.of(n, "EUR"), Money.of(n, Eur.CURRENCY, Eur.CONTEXT),
          Money.of(n, Eur.CURRENCY, Eur.CONTEXT).add(Money.of(n, Eur.CURRENCY, Eur.CONTEXT)),
          Money.of(n.round(MathContext.DECIMAL128), Eur.CURRENCY, Eur.CONTEXT))) {
        assertEquals(outcome(() -> EurBefore.require(a, "x")), outcome(() -> Eur.require(a, "x")), a::toString);
        assertEquals(outcome(() -> EurBefore.cents(a)), outcome(() -> Eur.cents(a)), a::toString);
        assertEquals(outcome(() -> EurBefore.sum(List.of(a, a))), outcome(() -> Eur.sum(List.of(a, a))), a::toString);
        assertEquals(outcome(() -> Eur.zero().add(a).add(a).subtract(Eur.ofCents(1))),
            outcome(() -> Total.zero().add(a).add(a).subtract(Eur.ofCents(1)).money()), a::toString);
      }
    }
  }
}
