package fi.hanke.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.OptionalInt;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"0600598-8", "0215848-5", "2520006-8", "2586349-4", "1234567-1", "2077474-0"})
  void knownIdsIncludingTheSeedDocumentsAreValid(String text) {
    BusinessId id = BusinessId.parse(text);
    assertTrue(id.hasValidCheckDigit(), text);
    assertEquals(text, id.toString());
  }

  @Test
  void aWrongCheckDigitParsesButIsNotValid() {
    BusinessId id = BusinessId.parse("1234567-2");
    assertFalse(id.hasValidCheckDigit());
    assertEquals(2, id.checkDigit());
    assertEquals(OptionalInt.of(1), id.expectedCheckDigit());
  }

  @Test
  void aBodyWithRemainderOneHasNoCheckDigitAndNoValidId() {
    assertEquals(OptionalInt.empty(), BusinessId.checkDigitFor("1234568"));
    for (int d = 0; d <= 9; d++) {
      assertFalse(BusinessId.parse("1234568-" + d).hasValidCheckDigit(), "1234568-" + d);
    }
  }

  @Test
  void remainderZeroGivesCheckDigitZero() {
    assertEquals(OptionalInt.of(0), BusinessId.checkDigitFor("2077474"));
    assertEquals(OptionalInt.of(0), BusinessId.checkDigitFor("0000000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "123456-7", "12345678", "1234567-", "abcdefg-1", "", "1234567-12", "1234567 1",
      "1234567–1", "FI12345671", "１２３４５６７-1"})
  void malformedIdsAreRejectedWithTheValueAndTheExpectedForm(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessId.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("NNNNNNN-C"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456", "12345678", "abcdefg", "", "123456-"})
  void malformedBodiesAreRejectedWithTheValue(String body) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessId.checkDigitFor(body));
    assertTrue(e.getMessage().contains("\"" + body + "\""), e.getMessage());
  }

  @Test
  void surroundingWhiteSpaceIsTrimmed() {
    assertEquals(BusinessId.parse("0600598-8"), BusinessId.parse("  0600598-8\t\n"));
  }

  @Test
  void accessorsVatNumberAndValueSemantics() {
    BusinessId id = BusinessId.parse("0600598-8");
    assertEquals("0600598", id.body());
    assertEquals(8, id.checkDigit());
    assertEquals("FI06005988", id.toVatNumber());
    assertEquals(BusinessId.parse("0600598-8").hashCode(), id.hashCode());
    assertNotEquals(BusinessId.parse("0600598-7"), id);
    TreeSet<BusinessId> sorted = new TreeSet<>();
    sorted.add(BusinessId.parse("2520006-8"));
    sorted.add(BusinessId.parse("0600598-8"));
    sorted.add(BusinessId.parse("0600598-7"));
    assertEquals("[0600598-7, 0600598-8, 2520006-8]", sorted.toString());
  }

  @Test
  void exactlyTheComputedCheckDigitIsValidForEveryBodyThatHasOne() {
    qt().forAll(integers().between(0, 9_999_999))
        .checkAssert(n -> {
          String body = String.format("%07d", n);
          OptionalInt digit = BusinessId.checkDigitFor(body);
          for (int d = 0; d <= 9; d++) {
            boolean valid = BusinessId.parse(body + "-" + d).hasValidCheckDigit();
            assertEquals(digit.isPresent() && digit.getAsInt() == d, valid, body + "-" + d);
          }
        });
  }

  /** Digits of other scripts, spaces, letters and hyphens around ASCII digits: what the hand-written check must refuse. */
  private static final String ALPHABET = "0123456789-- a\u0663\uFF10\u00A0";

  @Test
  void parseAcceptsExactlyTheTextsThatSevenAsciiDigitsAHyphenAndADigitMatchAfterStripping() {
    // a well-formed id, then up to three edits: each replaces, inserts or deletes one character of the alphabet
    qt().forAll(integers().between(0, 99_999_999), lists().of(integers().between(0, 3 * 16 * ALPHABET.length() - 1))
            .ofSizeBetween(0, 3))
        .checkAssert((id, edits) -> {
          StringBuilder b = new StringBuilder(String.format("%07d-%d", id / 10, id % 10));
          for (int edit : edits) {
            int op = edit % 3;
            int at = Math.min(b.length(), edit / 3 % 16);
            char c = ALPHABET.charAt(edit / 48);
            if (op == 0 && at < b.length()) {
              b.setCharAt(at, c);
            } else if (op == 1) {
              b.insert(at, c);
            } else if (at < b.length()) {
              b.deleteCharAt(at);
            }
          }
          String text = b.toString();
          boolean form = text.strip().matches("[0-9]{7}-[0-9]");
          boolean parsed;
          try {
            parsed = BusinessId.parse(text).toString().equals(text.strip());
          } catch (IllegalArgumentException e) {
            parsed = false;
          }
          assertEquals(form, parsed, '"' + text + '"');
          String start = text.substring(0, Math.min(7, text.length()));
          boolean body = start.matches("[0-9]{7}");
          boolean computed;
          try {
            BusinessId.checkDigitFor(start);
            computed = true;
          } catch (IllegalArgumentException e) {
            computed = false;
          }
          assertEquals(body, computed, '"' + start + '"');
        });
  }
}
