package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

  @Test
  void parsesPlainCommaAndPercentSignForms() {
    assertEquals(Percentage.of(40), Percentage.parse("40"));
    assertEquals(Percentage.of(new BigDecimal("1.5")), Percentage.parse("1.5"));
    assertEquals(Percentage.of(new BigDecimal("1.5")), Percentage.parse("1,5"));
    assertEquals(Percentage.of(7), Percentage.parse("7 %"));
    assertEquals(Percentage.of(7), Percentage.parse("7%"));
    assertEquals(Percentage.of(7), Percentage.parse(" 7\u00A0% "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%", "abc", "1.5.5", "7 % %", ",5", "7 per cent"})
  void malformedPercentagesAreRejectedWithTheTextInTheMessage(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void negativePercentagesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Percentage.of(-1));
    assertThrows(IllegalArgumentException.class, () -> Percentage.parse("-1,5"));
    assertThrows(IllegalArgumentException.class, () -> Percentage.ofRatio(new BigDecimal("-0.1")));
  }

  @Test
  void valueIsStrippedOfTrailingZerosAndRatioIsHundredth() {
    assertEquals("1.5", Percentage.of(new BigDecimal("1.500")).value().toPlainString());
    assertEquals("100", Percentage.of(100).value().toPlainString());
    assertEquals(new BigDecimal("0.4"), Percentage.of(40).ratio());
    assertEquals(Percentage.of(40), Percentage.ofRatio(new BigDecimal("0.40")));
    assertEquals(new BigDecimal("0.015"), Percentage.parse("1,5").ratio());
  }

  @Test
  void equalityIsByNumericValue() {
    assertEquals(Percentage.of(new BigDecimal("1.50")), Percentage.of(new BigDecimal("1.5")));
    assertEquals(Percentage.of(new BigDecimal("1.50")).hashCode(), Percentage.of(new BigDecimal("1.5")).hashCode());
    assertEquals(Percentage.of(new BigDecimal("100.0")), Percentage.of(100));
    assertNotEquals(Percentage.of(15), Percentage.of(new BigDecimal("1.5")));
    assertTrue(Percentage.of(new BigDecimal("1.5")).compareTo(Percentage.of(2)) < 0);
    assertEquals(0, Percentage.of(new BigDecimal("2.000")).compareTo(Percentage.of(2)));
  }

  @Test
  void toStringAndFormat() {
    assertEquals("40 %", Percentage.of(40).toString());
    assertEquals("1.5 %", Percentage.parse("1,5").toString());
    assertEquals("1,5\u00A0%", Percentage.parse("1.5").format(Locale.forLanguageTag("fi")));
    assertEquals("1,5\u00A0%", Percentage.parse("1.5").format(Locale.forLanguageTag("sv")));
    assertEquals("1.5%", Percentage.parse("1.5").format(Locale.ENGLISH));
  }

  @Test
  void exactOfDoesNotRound() {
    assertEquals(new BigDecimal("1.50015"), Percentage.parse("1.5").exactOf(Eur.parse("100.01")).stripTrailingZeros());
    assertEquals(0, new BigDecimal("109562.8").compareTo(Percentage.of(40).exactOf(Eur.parse("273907"))));
  }

  @Test
  void roundsToTheCentWithTheNamedMode() {
    Percentage p = Percentage.parse("1.5");
    assertEquals(Eur.parse("1.50"), p.of(Eur.parse("100.01"), RoundingMode.HALF_UP));
    assertEquals(Eur.parse("1.51"), p.of(Eur.parse("100.01"), RoundingMode.UP));
    assertEquals(Eur.parse("0.08"), Percentage.of(50).of(Eur.parse("0.15"), RoundingMode.HALF_UP));
    assertEquals(Eur.parse("0.07"), Percentage.of(50).of(Eur.parse("0.15"), RoundingMode.HALF_DOWN));
    assertEquals(Eur.parse("0.08"), Percentage.of(50).of(Eur.parse("0.15"), RoundingMode.HALF_EVEN));
    assertEquals(Eur.parse("-0.08"), Percentage.of(50).of(Eur.parse("-0.15"), RoundingMode.HALF_UP));
    assertThrows(ArithmeticException.class, () -> p.of(Eur.parse("100.01"), RoundingMode.UNNECESSARY));
  }

  @Test
  void roundsToWholeEurosWithTheNamedMode() {
    assertEquals(Eur.of(109563), Percentage.of(40).ofWholeEuros(Eur.parse("273907"), RoundingMode.HALF_UP));
    assertEquals(Eur.of(109562), Percentage.of(40).ofWholeEuros(Eur.parse("273907"), RoundingMode.DOWN));
  }

  @Test
  void aBaseThatIsNotEurosIsRejectedNamingBase() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Percentage.of(40).exactOf(org.javamoney.moneta.FastMoney.of(1, "USD")));
    assertTrue(e.getMessage().contains("base"), e.getMessage());
  }
}
