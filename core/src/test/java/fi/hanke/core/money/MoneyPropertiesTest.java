package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyPropertiesTest {

  private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

  /** Totals in cents, from minus to plus ten billion euros, with small amounts well represented. */
  private static final Gen<Long> TOTAL_CENTS =
      longs().between(-1_000_000_000_000L, 1_000_000_000_000L).mix(longs().between(-500, 500));

  /** A weight with up to three decimals, zero allowed. */
  private static final Gen<BigDecimal> WEIGHT =
      integers().between(0, 100_000).mix(integers().between(0, 3)).map(i -> BigDecimal.valueOf(i, 3));

  /**
   * Weights with up to three decimals, zero allowed, never all zero: up to eleven weights with one positive
   * weight put among them, so no draw is discarded.
   */
  private static final Gen<List<BigDecimal>> WEIGHTS = lists().of(WEIGHT).ofSizeBetween(0, 11)
      .zip(integers().between(1, 100_000).map(i -> BigDecimal.valueOf(i, 3)), integers().between(0, 11),
          (others, positive, at) -> {
            List<BigDecimal> all = new ArrayList<>(others);
            all.add(at % (others.size() + 1), positive);
            return all;
          });

  private static BigDecimal exactShare(long totalCents, List<BigDecimal> weights, int i) {
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    // exact enough: 40 digits of a quotient, compared against a one-cent bound
    return BigDecimal.valueOf(totalCents, 2).multiply(weights.get(i))
        .divide(sum, new java.math.MathContext(40, RoundingMode.HALF_EVEN));
  }

  @Test
  void allocationAlwaysAddsUpExactlyToTheTotal() {
    qt().forAll(TOTAL_CENTS, WEIGHTS, booleans().all(), integers().between(0, 11))
        .checkAssert((t, w, hamilton, index) -> {
          Remainder r = hamilton ? Remainder.largestRemainder() : Remainder.toPart(index % w.size());
          List<FastMoney> parts = Allocation.split(Eur.ofCents(t), w, r);
          assertEquals(w.size(), parts.size());
          assertEquals(Eur.ofCents(t), Eur.sum(parts));
        });
  }

  @Test
  void largestRemainderPartsAreWithinOneCentOfTheirExactShares() {
    qt().forAll(TOTAL_CENTS, WEIGHTS)
        .checkAssert((t, w) -> {
          List<FastMoney> parts = Allocation.split(Eur.ofCents(t), w, Remainder.largestRemainder());
          for (int i = 0; i < parts.size(); i++) {
            BigDecimal diff = Eur.decimal(parts.get(i)).subtract(exactShare(t, w, i)).abs();
            assertTrue(diff.compareTo(ONE_CENT) < 0, "part " + i + " off by " + diff);
          }
        });
  }

  @Test
  void toPartPartsAreWithinOneCentTimesThePartCountOfTheirExactShares() {
    qt().forAll(TOTAL_CENTS, WEIGHTS, integers().between(0, 11))
        .checkAssert((t, w, k) -> {
          int index = k % w.size();
          List<FastMoney> parts = Allocation.split(Eur.ofCents(t), w, Remainder.toPart(index));
          BigDecimal bound = ONE_CENT.multiply(BigDecimal.valueOf(parts.size()));
          for (int i = 0; i < parts.size(); i++) {
            BigDecimal diff = Eur.decimal(parts.get(i)).subtract(exactShare(t, w, i)).abs();
            assertTrue(diff.compareTo(i == index ? bound : ONE_CENT) < 0, "part " + i + " off by " + diff);
          }
        });
  }

  @Test
  void equalSplitPartsDifferByAtMostOneCentAndAddUp() {
    qt().forAll(TOTAL_CENTS, integers().between(1, 50))
        .checkAssert((t, n) -> {
          List<FastMoney> parts = Allocation.split(Eur.ofCents(t), n, Remainder.largestRemainder());
          long max = parts.stream().mapToLong(Eur::cents).max().getAsLong();
          long min = parts.stream().mapToLong(Eur::cents).min().getAsLong();
          assertTrue(max - min <= 1);
          assertEquals(Eur.ofCents(t), Eur.sum(parts));
        });
  }

  @Test
  void percentageHalfUpStaysWithinHalfACentOfTheExactProduct() {
    BigDecimal halfCent = new BigDecimal("0.005");
    qt().forAll(TOTAL_CENTS, integers().between(0, 200_000))
        .checkAssert((cents, p) -> {
          Percentage percentage = Percentage.of(BigDecimal.valueOf(p, 3));
          FastMoney base = Eur.ofCents(cents);
          BigDecimal diff = Eur.decimal(percentage.of(base, RoundingMode.HALF_UP))
              .subtract(percentage.exactOf(base)).abs();
          assertTrue(diff.compareTo(halfCent) <= 0, percentage + " of " + base + " off by " + diff);
        });
  }

  @Test
  void sumIsOrderIndependent() {
    qt().forAll(lists().of(TOTAL_CENTS).ofSizeBetween(0, 30), longs().all())
        .checkAssert((cents, seed) -> {
          List<FastMoney> amounts = cents.stream().map(Eur::ofCents).collect(Collectors.toList());
          List<FastMoney> shuffled = new ArrayList<>(amounts);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(Eur.sum(amounts), Eur.sum(shuffled));
          assertEquals(cents.stream().mapToLong(Long::longValue).sum(), Eur.cents(Eur.sum(shuffled)));
        });
  }

  @Test
  void sumIsAssociative() {
    qt().forAll(TOTAL_CENTS, TOTAL_CENTS, TOTAL_CENTS)
        .checkAssert((a, b, c) -> {
          FastMoney x = Eur.ofCents(a);
          FastMoney y = Eur.ofCents(b);
          FastMoney z = Eur.ofCents(c);
          assertEquals(Eur.sum(Eur.sum(x, y), z), Eur.sum(x, Eur.sum(y, z)));
          assertEquals(Eur.sum(x, y, z), Eur.sum(Eur.sum(x, y), z));
        });
  }

  @Test
  void finnishFormatParsesBackToTheSameAmount() {
    qt().forAll(longs().between(-9_223_372_036_854_775L, 9_223_372_036_854_775L))
        .checkAssert(cents -> {
          FastMoney m = Eur.ofCents(cents);
          assertEquals(m, Eur.parse(Eur.format(m, java.util.Locale.forLanguageTag("fi"))));
        });
  }
}
