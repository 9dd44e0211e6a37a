package fi.hanke.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five moves of 2021-01-01 (region-changes-2021.csv), checked on both sides of the day. */
class RegionMovesOf2021Test {

  private static final Regions FI = Regions.finland();
  private static final LocalDate LAST_DAY_BEFORE = LocalDate.of(2020, 12, 31);
  private static final LocalDate FIRST_DAY_AFTER = LocalDate.of(2021, 1, 1);

  @ParameterizedTest(name = "{1} ({0}) moved from {2} to {3} on 2021-01-01")
  @CsvSource({
    "090, Heinävesi, 10, 12",
    "171, Joroinen, 10, 11",
    "142, Iitti, 08, 07",
    "291, Kuhmoinen, 13, 06",
    "152, Isokyrö, 15, 14",
  })
  void municipalityMovedRegionOn2021_01_01(String code, String name, String before, String after) {
    Municipality m = FI.municipality(code);
    assertEquals(name, m.nameFi());
    assertEquals(Optional.of(FI.region(before)), m.regionOn(LAST_DAY_BEFORE));
    assertEquals(Optional.of(FI.region(before)), m.regionOn(LocalDate.of(1990, 1, 1)));
    assertEquals(Optional.of(FI.region(after)), m.regionOn(FIRST_DAY_AFTER));
    assertEquals(Optional.of(FI.region(after)), m.regionOn(LocalDate.of(2027, 12, 31)));
    assertEquals(2, m.memberships().size());
    assertEquals(Optional.of(LAST_DAY_BEFORE), m.memberships().get(0).validUntil());
    assertEquals(Optional.empty(), m.memberships().get(0).validFrom());
    assertEquals(Optional.of(FIRST_DAY_AFTER), m.memberships().get(1).validFrom());
    assertEquals(Optional.empty(), m.memberships().get(1).validUntil());
    assertTrue(FI.municipalitiesIn(FI.region(before), LAST_DAY_BEFORE).contains(m));
    assertFalse(FI.municipalitiesIn(FI.region(before), FIRST_DAY_AFTER).contains(m));
    assertTrue(FI.municipalitiesIn(FI.region(after), FIRST_DAY_AFTER).contains(m));
    assertFalse(FI.municipalitiesIn(FI.region(after), LAST_DAY_BEFORE).contains(m));
  }

  @Test
  void heinavesiMovedToPohjoisKarjalaOn2021_01_01() {
    Municipality heinavesi = FI.municipality("Heinävesi");
    assertEquals("Etelä-Savo", heinavesi.regionOn(LAST_DAY_BEFORE).orElseThrow().nameFi());
    assertEquals("Pohjois-Karjala", heinavesi.regionOn(FIRST_DAY_AFTER).orElseThrow().nameFi());
  }

  @Test
  void joroinenMovedToPohjoisSavoOn2021_01_01() {
    Municipality joroinen = FI.municipality("Jorois");
    assertEquals("10", joroinen.regionOn(LAST_DAY_BEFORE).orElseThrow().code());
    assertEquals("11", joroinen.regionOn(FIRST_DAY_AFTER).orElseThrow().code());
  }

  @Test
  void etelaSavoLostHeinavesiAndJoroinenOn2021_01_01() {
    Region etelaSavo = FI.region("Etelä-Savo");
    assertEquals(14, FI.municipalitiesIn(etelaSavo, LAST_DAY_BEFORE).size());
    assertEquals(12, FI.municipalitiesIn(etelaSavo, FIRST_DAY_AFTER).size());
  }
}
