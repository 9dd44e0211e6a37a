package fi.hanke.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.work.MonthPeriod;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code parse(x.toString())} equals {@code x} for every value type of core that has both: {@link Percentage},
 * {@link BusinessId}, {@link MonthPeriod}. An amount ({@code FastMoney}) is Moneta's type, whose
 * {@code toString()} goes through Moneta's locale-dependent format service; the text forms Hanke writes for
 * it are {@link Eur#format} in Finnish and Swedish and the plain decimal of {@link Eur#decimal}, and
 * {@link Eur#parse(String)} reads both back.
 */
class RoundTripPropertiesTest {

  /** Amounts in cents over the whole range of an amount, small ones well represented. */
  private static final Gen<FastMoney> AMOUNTS = longs().between(-9_223_372_036_854_775L, 9_223_372_036_854_775L)
      .mix(longs().between(-100_000, 100_000)).map(Eur::ofCents);

  /** Years the type allows, with this century and its neighbours well represented. */
  private static final Gen<Integer> YEARS = integers().between(Year.MIN_VALUE, Year.MAX_VALUE)
      .mix(integers().between(1890, 2210), 70).mix(integers().between(-10_000, 10_000), 20);

  private static final Gen<YearMonth> MONTHS = YEARS.zip(integers().between(1, 12), YearMonth::of);

  @Test
  void eurParseReadsBackTheFinnishSwedishAndPlainFormsOfEveryAmount() {
    qt().forAll(AMOUNTS).checkAssert(m -> {
      assertEquals(m, Eur.parse(Eur.format(m, Locale.forLanguageTag("fi"))));
      assertEquals(m, Eur.parse(Eur.format(m, Locale.forLanguageTag("sv"))));
      assertEquals(m, Eur.parse(Eur.decimal(m).toPlainString()));
    });
  }

  @Test
  void percentageParseReadsBackItsToString() {
    qt().forAll(longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 10_000), 50), integers().between(-4, 8))
        .checkAssert((unscaled, scale) -> {
          Percentage p = Percentage.of(BigDecimal.valueOf(unscaled, scale));
          assertEquals(p, Percentage.parse(p.toString()));
        });
  }

  @Test
  void businessIdParseReadsBackItsToString() {
    qt().forAll(integers().between(0, 9_999_999), integers().between(0, 9)).checkAssert((body, digit) -> {
      BusinessId id = BusinessId.parse(String.format(Locale.ROOT, "%07d-%d", body, digit));
      assertEquals(id, BusinessId.parse(id.toString()));
    });
  }

  @Test
  void monthPeriodParseReadsBackItsToStringForEveryYear() {
    qt().forAll(MONTHS, MONTHS).checkAssert((start, end) -> {
      MonthPeriod p = MonthPeriod.of(start, end);
      assertEquals(p, MonthPeriod.parse(p.toString()), p::toString);
    });
  }

  @Test
  void monthPeriodWritesTheYearsThatBrokeTheRoundTrip() {
    MonthPeriod p = MonthPeriod.of(YearMonth.of(2005, 1), YearMonth.of(2125, 12));
    assertEquals("1/05-12/2125", p.toString());
    assertEquals(p, MonthPeriod.parse(p.toString()));
    assertEquals("9/25-8/27", MonthPeriod.parse("9/25-8/27").toString());
    assertEquals("12/1999-1/-0001", MonthPeriod.of(YearMonth.of(1999, 12), YearMonth.of(-1, 1)).toString());
    assertEquals("1/+10000-2/+10000", MonthPeriod.of(YearMonth.of(10_000, 1), YearMonth.of(10_000, 2)).toString());
    // the short form keeps rejecting years of one or three digits and signed years of fewer than four
    assertThrows(IllegalArgumentException.class, () -> MonthPeriod.parse("1/5-2/5"));
    assertThrows(IllegalArgumentException.class, () -> MonthPeriod.parse("1/205-2/205"));
    assertThrows(IllegalArgumentException.class, () -> MonthPeriod.parse("1/+5-2/+5"));
  }
}
