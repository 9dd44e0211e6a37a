package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static List<BigDecimal> weights(String... w) {
    return Arrays.stream(w).map(BigDecimal::new).collect(Collectors.toList());
  }

  @Test
  void equalSplitOfHundredIntoThreeGivesTheExtraCentToTheFirstPartByLargestRemainder() {
    assertEquals(List.of(Eur.parse("33.34"), Eur.parse("33.33"), Eur.parse("33.33")),
        Allocation.split(Eur.of(100), 3, Remainder.largestRemainder()));
  }

  @Test
  void toPartGivesAllLeftoverCentsToTheNamedPart() {
    assertEquals(List.of(Eur.parse("33.33"), Eur.parse("33.33"), Eur.parse("33.34")),
        Allocation.split(Eur.of(100), 3, Remainder.toPart(2)));
    assertEquals(List.of(Eur.parse("0.00"), Eur.parse("0.00"), Eur.parse("0.00"), Eur.parse("0.03")),
        Allocation.split(Eur.ofCents(3), 4, Remainder.toPart(3)));
  }

  @Test
  void largestRemainderFavoursTheLargestCutOffFraction() {
    // exact shares 0.0625, 0.0375 → cut to 0.06 and 0.03; leftover 1 cent goes to the larger fraction (0.75)
    assertEquals(List.of(Eur.parse("0.06"), Eur.parse("0.04")),
        Allocation.split(Eur.ofCents(10), weights("5", "3"), Remainder.largestRemainder()));
  }

  @Test
  void negativeTotalsRoundTowardZeroAndLeftoverCentsAreNegative() {
    assertEquals(List.of(Eur.parse("-33.34"), Eur.parse("-33.33"), Eur.parse("-33.33")),
        Allocation.split(Eur.of(-100), 3, Remainder.largestRemainder()));
    assertEquals(List.of(Eur.parse("-33.33"), Eur.parse("-33.34"), Eur.parse("-33.33")),
        Allocation.split(Eur.of(-100), 3, Remainder.toPart(1)));
  }

  @Test
  void zeroWeightsGetNothingUnderLargestRemainder() {
    assertEquals(List.of(Eur.parse("0.00"), Eur.parse("50.01"), Eur.parse("50.00")),
        Allocation.split(Eur.parse("100.01"), weights("0", "1", "1"), Remainder.largestRemainder()));
  }

  @Test
  void fractionalWeightsWork() {
    assertEquals(List.of(Eur.parse("25.00"), Eur.parse("75.00")),
        Allocation.split(Eur.of(100), weights("0.125", "0.375"), Remainder.largestRemainder()));
  }

  @Test
  void badWeightsAreRejected() {
    Remainder r = Remainder.largestRemainder();
    FastMoney t = Eur.of(1);
    assertThrows(IllegalArgumentException.class, () -> Allocation.split(t, List.of(), r));
    assertThrows(IllegalArgumentException.class, () -> Allocation.split(t, weights("0", "0"), r));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Allocation.split(t, weights("1", "-1"), r));
    assertTrue(e.getMessage().contains("weights[1]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Allocation.split(t, 0, r));
  }

  @Test
  void outOfRangeRemainderIndexIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Remainder.toPart(-1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Allocation.split(Eur.of(1), 3, Remainder.toPart(3)));
    assertTrue(e.getMessage().contains("3"), e.getMessage());
  }

  @Test
  void subCentTotalIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Allocation.split(FastMoney.of(new BigDecimal("1.001"), "EUR"), 2, Remainder.largestRemainder()));
  }

  @Test
  void partsCarryThePinnedContextAndTheResultIsUnmodifiable() {
    List<FastMoney> parts = Allocation.split(Eur.of(10), 3, Remainder.largestRemainder());
    parts.forEach(p -> assertEquals(Eur.CONTEXT, p.getContext()));
    assertThrows(UnsupportedOperationException.class, () -> parts.set(0, Eur.zero()));
  }

  @Test
  void remainderValueSemantics() {
    assertEquals(Remainder.toPart(2), Remainder.toPart(2));
    assertEquals("Remainder.toPart(2)", Remainder.toPart(2).toString());
    assertEquals("Remainder.largestRemainder()", Remainder.largestRemainder().toString());
    assertTrue(Remainder.largestRemainder().isLargestRemainder());
    assertEquals(2, Remainder.toPart(2).partIndex());
    assertThrows(IllegalStateException.class, () -> Remainder.largestRemainder().partIndex());
  }
}
