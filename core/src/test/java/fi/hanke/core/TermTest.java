package fi.hanke.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermTest {
  private final Term staff = Term.of("1 Palkkakustannukset", "Lönekostnader", "Staff costs");

  @Test
  void swedishAndEnglishGetTheirOwnTermAndEveryOtherLanguageGetsFinnish() {
    assertEquals("Lönekostnader", staff.in(new Locale("sv")));
    assertEquals("Staff costs", staff.in(Locale.ENGLISH));
    assertEquals("1 Palkkakustannukset", staff.in(new Locale("fi")));
    assertEquals("1 Palkkakustannukset", staff.in(Locale.GERMAN));
  }
}
