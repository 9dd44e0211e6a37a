package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.internal.money.Numbers;
import fi.hanke.core.internal.money.Total;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 * Eur on {@code FastMoney} gives what Eur on Moneta's {@code Money} gave ({@link EurBefore}, the reference kept
 * word for word): the same numbers to the cent ({@code decimal}, {@code cents}, {@code share}, the value of
 * {@code require} and {@code sum}, exact percentages by value), and the same exception with the same message,
 * for amounts of every kind: Eur's own amounts from cents and from decimals, a host's {@code Money} and
 * {@code FastMoney} (whole cents or finer), amounts in another currency, and amounts at and beyond the range.
 * The one change: an amount or a sum beyond ±92 233 720 368 547,75 € (FastMoney's range at cents), which the
 * reference took up to 34 digits, is refused with a message naming the field and the value. The numbers the
 * library hands out ({@link Eur#number}, {@link Total#number()}) are those that Money's chain of additions from
 * zero kept, scale included, since messages print as many decimals as a number has.
 */
class MoneyFastPathPropertiesTest {

  /** A number of 1 to 37 random digits (so beyond the range too), sign and scale −6…4, zero well represented. */
  static final Gen<BigDecimal> NUMBERS = numbers(37, -6, 4, 0);

  /** Numbers with at most two decimals and at most 19 digits in cents: in range and a little beyond. */
  static final Gen<BigDecimal> CENT_NUMBERS = numbers(19, -4, 2, 2);

  /** Numbers with at most two decimals within the range: what the model holds. */
  static final Gen<BigDecimal> IN_RANGE = CENT_NUMBERS.map(n -> n.abs().compareTo(Eur.MAX) <= 0 ? n
      : n.remainder(Eur.MAX));

  /**
   * Random numbers of up to {@code maxDigits} digits with a scale in [minScale, maxScale]; with {@code cents}
   * = 2, the digits are cut so that the number has at most {@code maxDigits} digits in cents.
   */
  private static Gen<BigDecimal> numbers(int maxDigits, int minScale, int maxScale, int cents) {
    return longs().all().zip(integers().between(1, maxDigits), integers().between(minScale, maxScale),
        (seed, digits, scale) -> {
          Random r = new Random(seed);
          int n = cents == 0 ? digits : Math.max(1, Math.min(digits, maxDigits - cents + scale));
          StringBuilder s = new StringBuilder(r.nextBoolean() ? "-" : "");
          for (int i = 0; i < n; i++) {
            s.append(r.nextInt(10));
          }
          return new BigDecimal(new BigInteger(s.toString()), scale);
        }).mix(integers().between(-3, 3).map(i -> BigDecimal.valueOf(i, 0)), 10)
        .mix(Generate.pick(List.of(Eur.MAX, Eur.MAX.negate(), Eur.MAX.add(new BigDecimal("0.01")),
            Eur.MAX.negate().subtract(new BigDecimal("0.01")), new BigDecimal("92233720368547.7"),
            new BigDecimal("92233720368548"), new BigDecimal("1E+13"), new BigDecimal("-1E+14"))), 5);
  }

  /** Every kind of amount a caller may hand in. */
  static final Gen<MonetaryAmount> AMOUNTS = Generate.frequency(List.of(
      pair(4, longs().between(-Numbers.MAX_CENTS, Numbers.MAX_CENTS)
          .mix(longs().between(-1_000_000, 1_000_000)).map(Eur::ofCents)),
      pair(4, IN_RANGE.map(Eur::of)),
      pair(2, IN_RANGE.zip(IN_RANGE, (a, b) -> Eur.of(a.divideToIntegralValue(BigDecimal.valueOf(2)))
          .add(Eur.of(b.divideToIntegralValue(BigDecimal.valueOf(2)))))),
      pair(2, NUMBERS.map(n -> Money.of(n, "EUR"))),
      pair(2, CENT_NUMBERS.map(n -> Money.of(n, "EUR"))),
      pair(1, longs().between(-1_000_000_000_000L, 1_000_000_000_000L).zip(integers().between(0, 5),
          (unscaled, scale) -> FastMoney.of(BigDecimal.valueOf(unscaled, scale), Monetary.getCurrency("EUR")))),
      pair(1, longs().all().map(units -> FastMoney.of(BigDecimal.valueOf(units, 5), Monetary.getCurrency("EUR")))),
      pair(1, IN_RANGE.map(n -> Money.of(n, "SEK"))),
      pair(1, IN_RANGE.map(n -> FastMoney.of(n, "SEK")))));

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static org.quicktheories.api.Pair<Integer, Gen<MonetaryAmount>> pair(int weight, Gen<? extends MonetaryAmount> gen) {
    return org.quicktheories.api.Pair.of(weight, (Gen) gen);
  }

  /** What a call gave: the value with its exact representation, or the exception (as documented) and its message. */
  static String outcome(Supplier<?> call) {
    try {
      return describe(call.get());
    } catch (RuntimeException e) {
      // the range refusal is an IllegalArgumentException of an internal type, which the importer tells apart
      Class<?> type = e instanceof IllegalArgumentException ? IllegalArgumentException.class : e.getClass();
      return type.getName() + ": " + e.getMessage();
    }
  }

  /** A number without trailing zeros, and a whole number with scale 0: {@code Numbers.decimalNumber}'s form. */
  static BigDecimal normal(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * A value as the tests compare it: an amount by its currency and value (Money and FastMoney hold the same
   * value in different forms), a BigDecimal exactly, scale included.
   */
  static String describe(Object value) {
    if (value instanceof java.util.Optional) {
      return ((java.util.Optional<?>) value).map(v -> "Optional " + describe(v)).orElse("Optional.empty");
    }
    if (value instanceof MonetaryAmount) {
      MonetaryAmount m = (MonetaryAmount) value;
      return "amount " + m.getCurrency().getCurrencyCode() + " "
          + m.getNumber().numberValueExact(BigDecimal.class).stripTrailingZeros().toPlainString();
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return d.unscaledValue() + "E" + (-d.scale());
    }
    return String.valueOf(value);
  }

  /** Whether the reference took an amount (in EUR, to the cent) that is beyond the range now. */
  static boolean beyond(MonetaryAmount a) {
    if (a == null || !a.getCurrency().getCurrencyCode().equals("EUR")) {
      return false;
    }
    BigDecimal n = a.getNumber().numberValueExact(BigDecimal.class).stripTrailingZeros();
    return n.scale() <= 2 && n.abs().compareTo(Eur.MAX) > 0;
  }

  /** The outcome of the reference, with an amount beyond the range refused as Eur refuses it now. */
  static String expected(Supplier<?> reference, String field, MonetaryAmount a) {
    if (beyond(a)) {
      BigDecimal n = a.getNumber().numberValueExact(BigDecimal.class);
      return IllegalArgumentException.class.getName() + ": " + field + " " + n.toPlainString()
          + " EUR is beyond the range of amounts, ±92233720368547.75 EUR";
    }
    return outcome(reference);
  }

  @Test
  void theNumberOfAnAmountIsTheNumberOfMoneysChainFromZero() {
    qt().forAll(AMOUNTS).checkAssert(a -> {
      if (beyond(a) || !a.getCurrency().getCurrencyCode().equals("EUR")) {
        return;
      }
      String reference = outcome(() -> EurBefore.number(EurBefore.zero().add(EurBefore.require(a, "x"))));
      assertEquals(reference, outcome(() -> Eur.number(Eur.require(a, "x"))), a::toString);
    });
  }

  @Test
  void requireDecimalCentsAndShareAgreeWithTheReference() {
    qt().forAll(AMOUNTS, AMOUNTS).checkAssert((a, b) -> {
      assertEquals(expected(() -> EurBefore.require(a, "x"), "x", a), outcome(() -> Eur.require(a, "x")), a::toString);
      assertEquals(expected(() -> EurBefore.decimal(a), "amount", a), outcome(() -> Eur.decimal(a)), a::toString);
      assertEquals(expected(() -> EurBefore.cents(a), "amount", a), outcome(() -> Eur.cents(a)), a::toString);
      String part = expected(() -> EurBefore.require(a, "part"), "part", a);
      String share = part.startsWith("amount ") ? expected(() -> EurBefore.share(a, b), "total", b) : part;
      assertEquals(share, outcome(() -> Eur.share(a, b)), () -> a + " / " + b);
    });
  }

  @Test
  void exactPercentagesAgreeWithTheReferenceByValue() {
    qt().forAll(AMOUNTS, integers().between(0, 200_000), integers().between(0, 4)).checkAssert((a, p, scale) -> {
      Percentage rate = Percentage.of(BigDecimal.valueOf(p, scale));
      assertEquals(expected(() -> EurBefore.exactOf(rate, a).stripTrailingZeros(), "base", a),
          outcome(() -> rate.exactOf(a).stripTrailingZeros()), () -> rate + " of " + a);
    });
  }

  @Test
  void sumsAgreeWithTheReference() {
    qt().forAll(lists().of(AMOUNTS.mix(Generate.constant((MonetaryAmount) null), 2)).ofSizeBetween(0, 12))
        .checkAssert(amounts -> {
          String actual = outcome(() -> Eur.sum(amounts));
          for (int i = 0; i < amounts.size(); i++) {
            MonetaryAmount a = amounts.get(i);
            String field = "amounts[" + i + "]";
            String reference = expected(() -> EurBefore.require(a, field), field, a);
            if (reference.startsWith(IllegalArgumentException.class.getName())
                || reference.startsWith(NullPointerException.class.getName())) {
              assertEquals(reference, actual, amounts::toString);
              return;
            }
          }
          BigDecimal total = BigDecimal.ZERO;
          for (MonetaryAmount a : amounts) {
            total = total.add(EurBefore.number(a));
          }
          if (total.abs().compareTo(Eur.MAX) > 0) {
            assertTrue(actual.startsWith(IllegalArgumentException.class.getName() + ": sum "), actual);
            assertTrue(actual.endsWith(" is beyond the range of amounts, ±92233720368547.75 EUR"), actual);
            assertEquals(0, new BigDecimal(actual.split(" ")[2]).compareTo(total), actual);
          } else {
            assertEquals(outcome(() -> EurBefore.sum(amounts)), actual, amounts::toString);
          }
        });
  }

  @Test
  void decimalsAndZeroAgreeWithTheReference() {
    qt().forAll(NUMBERS).checkAssert(n -> {
      String reference = n.stripTrailingZeros().scale() <= 2 && n.abs().compareTo(Eur.MAX) > 0
          ? IllegalArgumentException.class.getName() + ": euro amount " + n.toPlainString()
              + " is beyond the range of amounts, ±92233720368547.75 EUR"
          : outcome(() -> EurBefore.of(n));
      assertEquals(reference, outcome(() -> Eur.of(n)), n::toString);
    });
    assertEquals(describe(EurBefore.zero()), describe(Eur.zero()));
  }

  @Test
  void aTotalIsExactAndEndsWhereTheChainOfMoneyAddAndSubtractEnds() {
    qt().forAll(lists().of(AMOUNTS.mix(IN_RANGE.map(n -> (MonetaryAmount) Eur.of(n.negate())), 30))
        .ofSizeBetween(0, 12), longs().all())
        .checkAssert((amounts, signs) -> {
          for (MonetaryAmount a : amounts) {
            if (!a.getCurrency().getCurrencyCode().equals("EUR") || beyond(a)
                || a.getNumber().numberValueExact(BigDecimal.class).stripTrailingZeros().scale() > 2) {
              return; // refused as Eur.require refuses it, checked above
            }
          }
          Money chain = EurBefore.zero();
          Total total = Total.zero();
          for (int i = 0; i < amounts.size(); i++) {
            Money a = EurBefore.require(amounts.get(i), "x");
            chain = (signs >> i & 1) == 0 ? chain.add(a) : chain.subtract(a);
            total = (signs >> i & 1) == 0 ? total.add(amounts.get(i)) : total.subtract(amounts.get(i));
          }
          BigDecimal exact = EurBefore.number(chain);
          // the value of the chain, in the one form Hanke gives every number: the chain's own form depends on how it
          // came about (12.50 + 87.50 is 1E+2 there, 100 made whole is 100), which soak seeds met at random
          assertEquals(describe(normal(exact)), describe(total.number()), amounts::toString);
          assertEquals(describe(exact.setScale(2)), describe(total.decimal()), amounts::toString);
          assertEquals(Integer.signum(exact.signum()), total.signum(), amounts::toString);
          if (exact.abs().compareTo(Eur.MAX) <= 0) {
            assertEquals(describe(chain), describe(total.money()), amounts::toString);
          } else {
            assertTrue(!total.fits(), amounts::toString);
          }
        });
  }

  @Test
  void aTotalFromAnyStartLessCentsIsExact() {
    qt().forAll(IN_RANGE, lists().of(longs().all().mix(longs().between(-100_000, 100_000))).ofSizeBetween(0, 4))
        .checkAssert((start, cents) -> {
          BigDecimal exact = start;
          Total t = Total.of(Eur.of(start));
          for (long c : cents) {
            exact = exact.subtract(BigDecimal.valueOf(c, 2));
            t.subtractCents(c);
          }
          assertEquals(0, exact.compareTo(t.decimal()), () -> start + " " + cents);
          assertEquals(describe(exact.setScale(2)), describe(t.decimal()), () -> start + " " + cents);
        });
  }

  @Test
  void theLargestAmountsAndOneCentBeyond() {
    FastMoney largest = Eur.of(Eur.MAX);
    assertEquals(Numbers.MAX_CENTS, Eur.cents(largest));
    assertEquals(-Numbers.MAX_CENTS, Eur.cents(Eur.ofCents(-Numbers.MAX_CENTS)));
    assertEquals("java.lang.IllegalArgumentException: euro amount 92233720368547.76 EUR is beyond the range of"
        + " amounts, ±92233720368547.75 EUR", outcome(() -> Eur.ofCents(Numbers.MAX_CENTS + 1)));
    assertEquals("java.lang.IllegalArgumentException: euro amount 92233720368548 is beyond the range of"
        + " amounts, ±92233720368547.75 EUR", outcome(() -> Eur.of(92_233_720_368_548L)));
    assertEquals("java.lang.IllegalArgumentException: euro amount \"92 233 720 368 547,76\" is beyond the range"
        + " of amounts, ±92233720368547.75 EUR", outcome(() -> Eur.parse("92 233 720 368 547,76")));
    assertEquals("java.lang.IllegalArgumentException: x 92233720368547.76 EUR is beyond the range of amounts,"
        + " ±92233720368547.75 EUR", outcome(() -> Eur.require(Money.of(new BigDecimal("92233720368547.76"), "EUR"), "x")));
    assertEquals("java.lang.IllegalArgumentException: sum 184467440737095.5 is beyond the range of amounts,"
        + " ±92233720368547.75 EUR", outcome(() -> Eur.sum(largest, largest)));
    Total twice = Total.zero().add(largest).add(largest).subtract(Eur.ofCents(1));
    assertEquals("184467440737095.49", twice.decimal().toPlainString());
    assertTrue(!twice.fits());
    Total many = Total.zero();
    for (int i = 0; i < 2_000; i++) {
      many.add(largest);
    }
    assertEquals(Eur.MAX.multiply(BigDecimal.valueOf(2_000)), many.decimal());
    assertEquals(1, many.signum());
  }

  @Test
  void readingTheCentsOfAFastMoneyIsExactAcrossItsWholeRange() {
    qt().forAll(longs().all().mix(longs().between(-Numbers.MAX_CENTS, Numbers.MAX_CENTS), 50)
        .mix(longs().between(-10_000_000_000_000L, 10_000_000_000_000L), 30)).checkAssert(units -> {
          FastMoney m = FastMoney.of(BigDecimal.valueOf(units, 5), Eur.CURRENCY);
          BigDecimal exact = BigDecimal.valueOf(units, 5);
          String reference = exact.stripTrailingZeros().scale() > 2
              ? "java.lang.IllegalArgumentException: amount " + exact.stripTrailingZeros().toPlainString()
                  + " EUR is finer than a cent; at most two decimals are allowed"
              : describe(exact.setScale(2));
          assertEquals(reference, outcome(() -> Eur.decimal(m)), exact::toPlainString);
        });
  }
}
