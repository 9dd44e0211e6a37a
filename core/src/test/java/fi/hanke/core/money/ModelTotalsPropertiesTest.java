package fi.hanke.core.money;

import fi.hanke.core.internal.money.Total;
import fi.hanke.core.internal.model.Sums;
import static fi.hanke.core.money.MoneyFastPathPropertiesTest.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The totals of cost estimates and funding plans, computed with {@link Total}, are exactly the chains of
 * {@code add} and {@code subtract} they were computed with before (by value; the numbers handed out keep the scale
 * Money's chain left), for lines of every amount type the model accepts, zero lines, income lines and lines near
 * the largest amounts ten of which still fit the range.
 */
class ModelTotalsPropertiesTest {

  /** Amounts the model accepts, of the kinds callers build: pinned, Moneta's default context, FastMoney. */
  private static final long TENTH = Eur.cents(Eur.of(Eur.MAX)) / 10;

  /** Amounts within a tenth of the range, so that the lines of a test (at most ten) fit it. */
  private static final Gen<java.math.BigDecimal> CENT_NUMBERS = MoneyFastPathPropertiesTest.IN_RANGE
      .map(n -> n.remainder(java.math.BigDecimal.valueOf(TENTH, 2)));

  private static final Gen<FastMoney> VALID = Generate.frequency(List.of(
      org.quicktheories.api.Pair.of(4, longs().between(-TENTH, TENTH).mix(longs().between(-1_000_000, 1_000_000)).map(Eur::ofCents)),
      org.quicktheories.api.Pair.of(4, CENT_NUMBERS.map(Eur::of)),
      org.quicktheories.api.Pair.of(2, CENT_NUMBERS.map(n -> FastMoney.of(n, "EUR"))),
      org.quicktheories.api.Pair.of(1, Generate.constant(Eur.zero()))));

  private static final Gen<MonetaryAmount> FAST = longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
      .map(c -> FastMoney.of(java.math.BigDecimal.valueOf(c, 2), Monetary.getCurrency("EUR")));

  private static final Gen<CostLine> COST_LINES = Generate.enumValues(CostCategory.class)
      .zip(VALID, VALID.toOptionals(20), (c, applied, approved) ->
          CostLine.builder().category(c).applied(applied).approved(approved).build());

  private static final Gen<FundingLine> FUNDING_LINES = Generate.enumValues(FundingSource.class)
      .zip(VALID, VALID.toOptionals(20), (s, applied, approved) ->
          FundingLine.builder().source(s).applied(applied).approved(approved).build());

  private static FastMoney chain(List<FastMoney> added) {
    FastMoney m = Eur.zero();
    for (FastMoney a : added) {
      m = m.add(a);
    }
    return m;
  }

  /** The net as the estimate computed it before: every line in order, income subtracted. */
  private static FastMoney netBefore(List<CostLine> lines, boolean approved) {
    FastMoney m = Eur.zero();
    for (CostLine l : lines) {
      FastMoney a = approved ? l.approved().orElseThrow() : l.applied();
      m = l.category().isDeducted() ? m.subtract(a) : m.add(a);
    }
    return m;
  }

  @Test
  void costEstimateTotalsAreTheChainsOfMoneyAdd() {
    qt().forAll(lists().of(COST_LINES).ofSizeBetween(0, 10)).checkAssert(lines -> {
      CostEstimate e = CostEstimate.builder().addAllLines(lines).build();
      for (CostCategory c : CostCategory.values()) {
        List<FastMoney> of = lines.stream().filter(l -> l.category() == c).map(CostLine::applied).collect(Collectors.toList());
        assertEquals(outcome(() -> chain(of)), outcome(() -> e.applied(c)), () -> c + " " + lines);
        assertEquals(outcome(() -> EurBefore.decimal(chain(of))), outcome(() -> Sums.applied(e, c)), () -> c + " " + lines);
      }
      assertEquals(outcome(() -> netBefore(lines, false)), outcome(e::netApplied), lines::toString);
      assertEquals(outcome(() -> EurBefore.decimal(netBefore(lines, false))), outcome(() -> Sums.netApplied(e)), lines::toString);
      boolean allApproved = !lines.isEmpty() && lines.stream().allMatch(l -> l.approved().isPresent());
      assertEquals(outcome(() -> allApproved ? Optional.of(netBefore(lines, true)) : Optional.empty()),
          outcome(e::netApproved), lines::toString);
      assertEquals(outcome(() -> allApproved ? Optional.of(EurBefore.decimal(netBefore(lines, true))) : Optional.empty()),
          outcome(() -> Sums.netApproved(e)), lines::toString);
    });
  }

  @Test
  void fundingPlanTotalsAreTheChainsOfMoneyAdd() {
    qt().forAll(lists().of(FUNDING_LINES).ofSizeBetween(0, 10)).checkAssert(lines -> {
      FundingPlan p = FundingPlan.builder().addAllLines(lines).build();
      for (FundingSource s : FundingSource.values()) {
        List<FastMoney> of = lines.stream().filter(l -> l.source() == s).map(FundingLine::applied).collect(Collectors.toList());
        assertEquals(outcome(() -> chain(of)), outcome(() -> p.applied(s)), () -> s + " " + lines);
        assertEquals(outcome(() -> EurBefore.decimal(chain(of))), outcome(() -> Sums.applied(p, s)), () -> s + " " + lines);
      }
      List<FastMoney> all = lines.stream().map(FundingLine::applied).collect(Collectors.toList());
      assertEquals(outcome(() -> chain(all)), outcome(p::totalApplied), lines::toString);
      assertEquals(outcome(() -> EurBefore.decimal(chain(all))), outcome(() -> Sums.totalApplied(p)), lines::toString);
      boolean allApproved = !lines.isEmpty() && lines.stream().allMatch(l -> l.approved().isPresent());
      assertEquals(outcome(() -> allApproved
              ? Optional.of(EurBefore.sum(lines.stream().map(l -> l.approved().get()).collect(Collectors.toList())))
              : Optional.empty()),
          outcome(p::totalApproved), lines::toString);
    });
  }

  @Test
  void theScaleOfATotalIsTheScaleTheChainLeavesNotTheScaleOfTheExactSum() {
    // 5,50 + 4,50 = 10,0, which Moneta keeps as 1E+1; + 90 then gives 100 (scale 0), where the exact sum 100,00
    // would be kept as 1E+2. The scale shows: 1,5 % of 100 is 1,500, of 1E+2 it is 1,5.
    List<CostLine> lines = List.of(
        CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(new java.math.BigDecimal("5.50"))).build(),
        CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(new java.math.BigDecimal("4.50"))).build(),
        CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(90)).build());
    FastMoney staff = CostEstimate.builder().addAllLines(lines).build().applied(CostCategory.STAFF);
    assertEquals("100E0", MoneyFastPathPropertiesTest.describe(Eur.number(staff)));
    assertEquals(new java.math.BigDecimal("1.500"), Percentage.parse("1.5").exactOf(staff));
  }

  @Test
  void aTotalOfAnotherAmountTypeGoesThroughMoneyAddAndEndsTheSame() {
    qt().forAll(lists().of(FAST).ofSizeBetween(1, 6), booleans().all()).checkAssert((amounts, subtractFirst) -> {
      FastMoney m = Eur.zero();
      Total t = Total.zero();
      for (int i = 0; i < amounts.size(); i++) {
        boolean subtract = i == 0 && subtractFirst;
        m = subtract ? m.subtract(amounts.get(i)) : m.add(amounts.get(i));
        t = subtract ? t.subtract(amounts.get(i)) : t.add(amounts.get(i));
      }
      FastMoney expected = m;
      assertEquals(outcome(() -> expected), outcome(t::money), amounts::toString);
    });
  }
}
