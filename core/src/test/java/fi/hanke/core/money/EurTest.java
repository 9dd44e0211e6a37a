package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.money.Monetary;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EurTest {

  @Test
  void everyFactoryGivesEuroMoneyWithThePinnedContext() {
    for (FastMoney m : List.of(Eur.of(5), Eur.parse("5.10"), Eur.of(new BigDecimal("5.1")), Eur.ofCents(510), Eur.zero(),
        Eur.require(FastMoney.of(3, "EUR"), "x"), Eur.sum(Eur.of(1), Eur.of(2)))) {
      assertEquals("EUR", m.getCurrency().getCurrencyCode());
      assertSame(Eur.CONTEXT, m.getContext());
    }
    assertEquals(FastMoney.class, Eur.CONTEXT.getAmountType());
    assertEquals(5, Eur.CONTEXT.getMaxScale());
  }

  @Test
  void plainDecimalsParse() {
    assertEquals(new BigDecimal("273907.00"), Eur.decimal(Eur.parse("273907")));
    assertEquals(new BigDecimal("273907.00"), Eur.decimal(Eur.parse("273907.00")));
    assertEquals(new BigDecimal("-20.50"), Eur.decimal(Eur.parse("-20.5")));
    assertEquals(new BigDecimal("0.00"), Eur.decimal(Eur.parse("0")));
    assertEquals(new BigDecimal("1.23"), Eur.decimal(Eur.parse("  1.230000  ")));
  }

  @Test
  void finnishFormattedAmountsParse() {
    assertEquals(Eur.ofCents(27390700), Eur.parse("273 907,00"));
    assertEquals(Eur.ofCents(27390700), Eur.parse("273\u00A0907,00"));
    assertEquals(Eur.ofCents(27390700), Eur.parse("273\u202F907,00"));
    assertEquals(Eur.ofCents(27390700), Eur.parse("273 907,00 €"));
    assertEquals(Eur.ofCents(27390700), Eur.parse("273\u00A0907,00\u00A0€"));
    assertEquals(Eur.ofCents(123456789), Eur.parse("1 234 567,89"));
    assertEquals(Eur.ofCents(-2050), Eur.parse("-20,5"));
    assertEquals(Eur.ofCents(-2050), Eur.parse("\u221220,50 €"));
    assertEquals(Eur.ofCents(150), Eur.parse("1,5"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "1.2.3", "1,234.56", "273,907.00", "27 3907", "1 2345", ".5", "5.", "1e3",
      "--1", "EUR 5", "5 $"})
  void malformedAmountsAreRejectedWithTheTextInTheMessage(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Eur.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void subCentAmountsAreRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Eur.parse("1.234"));
    assertTrue(e.getMessage().contains("1.234"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Eur.of(new BigDecimal("-0.001")));
    assertTrue(e.getMessage().contains("-0.001"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Eur.parse("1 000,005"));
    assertTrue(e.getMessage().contains("1 000,005"), e.getMessage());
    // trailing zeros do not count
    assertEquals(Eur.ofCents(123), Eur.of(new BigDecimal("1.2300000")));
  }

  @Test
  void requireNamesTheFieldAndTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Eur.require(FastMoney.of(new BigDecimal("12.345"), "EUR"), "eligibleCosts"));
    assertTrue(e.getMessage().contains("eligibleCosts") && e.getMessage().contains("12.345"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Eur.require(FastMoney.of(10, "SEK"), "grant"));
    assertTrue(e.getMessage().contains("grant") && e.getMessage().contains("SEK"), e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Eur.require(null, "grant"));
    assertTrue(npe.getMessage().contains("grant"), npe.getMessage());
  }

  @Test
  void requireAcceptsOtherEuroAmountTypes() {
    FastMoney m = Eur.require(FastMoney.of(new BigDecimal("10.50"), Monetary.getCurrency("EUR")), "x");
    assertEquals(Eur.ofCents(1050), m);
  }

  @Test
  void decimalHasScaleTwoAndCentsAreExact() {
    assertEquals(2, Eur.decimal(Eur.of(7)).scale());
    assertEquals(2, Eur.decimal(Eur.of(new BigDecimal("7.1"))).scale());
    assertEquals(710, Eur.cents(Eur.parse("7.1")));
    assertEquals(-1, Eur.cents(Eur.parse("-0.01")));
  }

  @Test
  void amountsBeyondTheRangeAreRejectedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Eur.of(Long.MAX_VALUE));
    assertEquals("euro amount 9223372036854775807 is beyond the range of amounts, ±92233720368547.75 EUR", e.getMessage());
    assertEquals(Eur.MAX, Eur.decimal(Eur.of(Eur.MAX)));
    assertEquals(Eur.MAX.negate(), Eur.decimal(Eur.ofCents(-9_223_372_036_854_775L)));
    assertThrows(IllegalArgumentException.class, () -> Eur.ofCents(9_223_372_036_854_776L));
    assertThrows(IllegalArgumentException.class, () -> Eur.of(Eur.MAX.add(new BigDecimal("0.01"))));
  }

  @Test
  void amountsBeyondThirtyFourDigitsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Eur.of(new BigDecimal("1E+40")));
  }

  @Test
  void sumIsExactAndEmptySumIsZero() {
    assertEquals(Eur.ofCents(30), Eur.sum(Eur.parse("0.10"), Eur.parse("0.20")));
    assertEquals(Eur.zero(), Eur.sum(List.of()));
    assertEquals(Eur.ofCents(1), Eur.sum(List.of(Eur.of(Eur.MAX), Eur.of(Eur.MAX.negate()), Eur.ofCents(1))));
    // a partial sum beyond the range is no matter: the sum is exact
    assertEquals(Eur.of(Eur.MAX), Eur.sum(List.of(Eur.of(Eur.MAX), Eur.of(Eur.MAX), Eur.of(Eur.MAX.negate()))));
  }

  @Test
  void sumNamesTheOffendingElement() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Eur.sum(Eur.of(1), FastMoney.of(new BigDecimal("0.001"), "EUR")));
    assertTrue(e.getMessage().contains("amounts[1]"), e.getMessage());
  }

  @Test
  void shareIsRoundedHalfUpToSixDecimalsAndRejectsAZeroTotal() {
    assertEquals(new BigDecimal("0.400000"), Eur.share(Eur.of(40), Eur.of(100)));
    assertEquals(new BigDecimal("0.333333"), Eur.share(Eur.of(1), Eur.of(3)));
    assertEquals(new BigDecimal("0.666667"), Eur.share(Eur.of(2), Eur.of(3)));
    assertThrows(IllegalArgumentException.class, () -> Eur.share(Eur.of(1), Eur.zero()));
  }

  @Test
  void formatsFinnishAndSwedishWithNoBreakSpaces() {
    assertEquals("273\u00A0907,00\u00A0€", Eur.format(Eur.parse("273907"), Locale.forLanguageTag("fi-FI")));
    assertEquals("273\u00A0907,00\u00A0€", Eur.format(Eur.parse("273907"), Locale.forLanguageTag("sv-FI")));
    assertEquals("273\u00A0907,00\u00A0€", Eur.format(Eur.parse("273907"), Locale.forLanguageTag("sv")));
    assertEquals("0,05\u00A0€", Eur.format(Eur.ofCents(5), Locale.forLanguageTag("fi")));
    assertEquals("-1\u00A0234\u00A0567,89\u00A0€", Eur.format(Eur.ofCents(-123456789), Locale.forLanguageTag("fi")));
  }

  @Test
  void formatsEnglishWithTheEuroSignFirst() {
    assertEquals("€273,907.00", Eur.format(Eur.parse("273907"), Locale.ENGLISH));
    assertEquals("€273,907.00", Eur.format(Eur.parse("273907"), Locale.UK));
    assertEquals("-€20.50", Eur.format(Eur.parse("-20.5"), Locale.ENGLISH));
  }

  @Test
  void formattedFinnishAmountsParseBack() {
    FastMoney m = Eur.ofCents(-98765432101L);
    assertEquals(m, Eur.parse(Eur.format(m, Locale.forLanguageTag("fi"))));
  }
}
