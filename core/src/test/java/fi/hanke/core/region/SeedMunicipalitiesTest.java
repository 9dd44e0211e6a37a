package fi.hanke.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every municipality named under "Kunnat" in the seed funding decisions resolves and lies in the
 * expected region on the project's start date.
 */
class SeedMunicipalitiesTest {

  private static final Regions FI = Regions.finland();

  /** Seed 002 (DigiFocus, Etelä-Savo), "Kunnat" list verbatim; project start 2025-09-01. */
  private static final String SEED_002_KUNNAT =
      "Enonkoski, Hirvensalmi, Juva, Kangasniemi, Mikkeli, Mäntyharju, Puumala, Rantasalmi, "
          + "Savonlinna, Sulkava";
  private static final LocalDate SEED_002_START = LocalDate.of(2025, 9, 1);

  /** Seed 003 (Pohjois-Karjala, Pohjois-Savo, Etelä-Savo), "Kunnat" list verbatim; start 01.03.2024. */
  private static final String SEED_003_KUNNAT =
      "Heinävesi, Ilomantsi, Joensuu, Juuka, Kontiolahti, Liperi, Rääkkylä, Tohmajärvi, Kitee, Lieksa, "
          + "Nurmes, Enonkoski, Hirvensalmi, Iisalmi, Joroinen, Juva, Kaavi, Kangasniemi, Keitele, "
          + "Kiuruvesi, Kuopio, Lapinlahti, Leppävirta, Mikkeli, Mäntyharju, Outokumpu, Pertunmaa, "
          + "Pieksämäki, Pielavesi, Polvijärvi, Puumala, Rantasalmi, Rautalampi, Rautavaara, Savonlinna, "
          + "Siilinjärvi, Sonkajärvi, Sulkava, Suonenjoki, Tervo, Tuusniemi, Varkaus, Vesanto, Vieremä";
  private static final LocalDate SEED_003_START = LocalDate.of(2024, 3, 1);

  private static List<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).toList();
  }

  @Test
  void allTenSeed002MunicipalitiesAreInEtelaSavoOnTheProjectStartDate() {
    List<String> names = names(SEED_002_KUNNAT);
    assertEquals(10, names.size());
    Region etelaSavo = FI.region("10");
    for (String name : names) {
      assertEquals(Optional.of(etelaSavo), FI.municipality(name).regionOn(SEED_002_START), name);
    }
  }

  @Test
  void allFortyFourSeed003MunicipalitiesAreInPohjoisKarjalaPohjoisSavoOrEtelaSavoOnTheStartDate() {
    List<String> names = names(SEED_003_KUNNAT);
    assertEquals(44, names.size());
    assertEquals(44, Set.copyOf(names).size());
    Set<Region> expected = Set.of(FI.region("12"), FI.region("11"), FI.region("10"));
    for (String name : names) {
      Optional<Region> region = FI.municipality(name).regionOn(SEED_003_START);
      assertTrue(region.isPresent() && expected.contains(region.get()), name + " -> " + region);
    }
  }

  @ParameterizedTest(name = "{0} is in region {1} on 2024-03-01")
  @CsvSource({
    "Heinävesi, 12",
    "Joroinen, 11",
    "Mikkeli, 10",
    "Kuopio, 11",
    "Joensuu, 12",
    "Varkaus, 11",
    "Savonlinna, 10",
    "Outokumpu, 12",
    "Polvijärvi, 12",
  })
  void seed003MunicipalityIsInItsRegionOn2024_03_01(String name, String regionCode) {
    assertEquals(Optional.of(FI.region(regionCode)), FI.municipality(name).regionOn(SEED_003_START));
  }
}
