package fi.hanke.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsCatalogueTest {

  private static final Regions FI = Regions.finland();
  private static final LocalDate DATA_DATE = LocalDate.of(2024, 4, 13);

  private static long dataLines(String resource) {
    // data lines = non-comment lines minus the header
    return CatalogueLoader.read(resource).stream().filter(l -> !l.startsWith("#")).count() - 1;
  }

  @Test
  void finlandIsLoadedOnceAndShared() {
    assertSame(Regions.finland(), Regions.finland());
  }

  @Test
  void thereAre19RegionsInCodeOrderMatchingTheDataLines() {
    assertEquals(19, FI.regions().size());
    assertEquals(dataLines(CatalogueLoader.REGIONS), FI.regions().size());
    assertEquals(FI.regions().stream().sorted(Comparator.comparing(Region::code)).toList(), FI.regions());
    assertEquals("01", FI.regions().get(0).code());
    assertEquals("21", FI.regions().get(18).code());
    assertTrue(FI.findRegion("03").isEmpty());
    assertTrue(FI.findRegion("20").isEmpty());
  }

  @Test
  void the2024FileHolds309MunicipalitiesAndTheCatalogueAddsOnlyHonkajoki() {
    assertEquals(309, dataLines(CatalogueLoader.MUNICIPALITIES));
    assertEquals(310, FI.municipalities().size());
    List<Municipality> existing2024 =
        FI.municipalities().stream().filter(m -> m.regionOn(DATA_DATE).isPresent()).toList();
    assertEquals(309, existing2024.size());
    assertEquals(List.of(FI.municipality("099")),
        FI.municipalities().stream().filter(m -> m.regionOn(DATA_DATE).isEmpty()).toList());
  }

  @Test
  void municipalitiesAreInCodeOrderWithThreeDigitCodes() {
    assertEquals(FI.municipalities().stream().sorted(Comparator.comparing(Municipality::code)).toList(),
        FI.municipalities());
    assertTrue(FI.municipalities().stream().allMatch(m -> m.code().matches("[0-9]{3}")));
  }

  @Test
  void perRegionMunicipalityCountsIn2024SumTo309With293OnTheMainland() {
    int total = FI.regions().stream().mapToInt(r -> FI.municipalitiesIn(r, DATA_DATE).size()).sum();
    assertEquals(309, total);
    int mainland = FI.regions().stream().filter(Region::isMainland)
        .mapToInt(r -> FI.municipalitiesIn(r, DATA_DATE).size()).sum();
    assertEquals(293, mainland);
    assertEquals(16, FI.municipalitiesIn(FI.region("21"), DATA_DATE).size());
    assertEquals(13, FI.municipalitiesIn(FI.region("12"), DATA_DATE).size());
    assertEquals(12, FI.municipalitiesIn(FI.region("10"), DATA_DATE).size());
    assertEquals(19, FI.municipalitiesIn(FI.region("11"), DATA_DATE).size());
  }

  @Test
  void ahvenanmaaIsTheOnlyRegionOutsideTheMainland() {
    Region aland = FI.region("Ahvenanmaa");
    assertFalse(aland.isMainland());
    assertEquals("21", aland.code());
    assertEquals("FI200", aland.nuts3());
    assertEquals(List.of(aland), FI.regions().stream().filter(r -> !r.isMainland()).toList());
  }

  @Test
  void regionResolvesByCodeWithOrWithoutLeadingZero() {
    assertEquals("Uusimaa", FI.region("01").nameFi());
    assertEquals("Uusimaa", FI.region("1").nameFi());
    assertEquals("Pohjois-Karjala", FI.region(" 12 ").nameFi());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Uusimaa", "uusimaa", "UUSIMAA", "Nyland", "nyland", "  Nyland\t", "01", "1"})
  void regionResolvesByFinnishOrSwedishNameCaseInsensitivelyAndTrimmed(String query) {
    assertEquals("01", FI.region(query).code());
  }

  @Test
  void regionNamesWithNonAsciiLettersResolve() {
    assertEquals("07", FI.region("päijät-häme").code());
    assertEquals("21", FI.region("ÅLAND").code());
    assertEquals("10", FI.region("Södra Savolax").code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"heinävesi", "HEINÄVESI", "Heinävesi", " Heinävesi ", "090", "90"})
  void municipalityResolvesByNameCaseInsensitivelyOrByCodeWithOrWithoutZeros(String query) {
    assertEquals("090", FI.municipality(query).code());
  }

  @Test
  void municipalityResolvesBySwedishName() {
    assertEquals("091", FI.municipality("Helsingfors").code());
    assertEquals("491", FI.municipality("s:t michel").code());
    assertEquals("171", FI.municipality("Jorois").code());
    assertEquals("853", FI.municipality("ÅBO").code());
  }

  @Test
  void unknownRegionThrowsWithTheValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FI.region("Karjala"));
    assertEquals("unknown region: 'Karjala'", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FI.region("03"))
        .getMessage().contains("'03'"));
    assertEquals(Optional.empty(), FI.findRegion("Heinävesi"));
  }

  @Test
  void unknownMunicipalityThrowsWithTheValueInTheMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FI.municipality("Atlantis"));
    assertEquals("unknown municipality: 'Atlantis'", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FI.municipality("0090"))
        .getMessage().contains("'0090'"));
    assertEquals(Optional.empty(), FI.findMunicipality("Uusimaa"));
    assertEquals(Optional.empty(), FI.findMunicipality(""));
  }

  @Test
  void nameFollowsTheLocaleLanguageSwedishOnlyForSv() {
    Municipality mikkeli = FI.municipality("Mikkeli");
    assertEquals("S:t Michel", mikkeli.displayName(Locale.forLanguageTag("sv-FI")));
    assertEquals("S:t Michel", mikkeli.displayName(Locale.forLanguageTag("sv")));
    assertEquals("Mikkeli", mikkeli.displayName(Locale.forLanguageTag("fi-FI")));
    assertEquals("Mikkeli", mikkeli.displayName(Locale.ENGLISH));
    Region pk = FI.region("12");
    assertEquals("Norra Karelen", pk.displayName(Locale.forLanguageTag("sv-SE")));
    assertEquals("Pohjois-Karjala", pk.displayName(Locale.ROOT));
  }

  @Test
  void honkajokiIsInSatakuntaUntil2020_12_31AndGoneAfterwards() {
    Municipality honkajoki = FI.municipality("Honkajoki");
    assertEquals("099", honkajoki.code());
    assertEquals("Honkajoki", honkajoki.nameSv());
    assertEquals(Optional.of(FI.region("Satakunta")), honkajoki.regionOn(LocalDate.of(2020, 12, 31)));
    assertEquals(Optional.empty(), honkajoki.regionOn(LocalDate.of(2021, 1, 1)));
    assertTrue(FI.municipalitiesIn(FI.region("04"), LocalDate.of(2020, 12, 31)).contains(honkajoki));
    assertFalse(FI.municipalitiesIn(FI.region("04"), LocalDate.of(2021, 1, 1)).contains(honkajoki));
    assertEquals(Optional.of(FI.region("04")),
        FI.municipality("Kankaanpää").regionOn(LocalDate.of(2021, 1, 1)));
  }

  @Test
  void everyMunicipalityOtherThanTheMovedAndHonkajokiHasOneUndatedMembership() {
    List<String> dated = List.of("090", "099", "142", "152", "171", "291");
    for (Municipality m : FI.municipalities()) {
      if (dated.contains(m.code())) {
        continue;
      }
      assertEquals(1, m.memberships().size(), m.code());
      assertTrue(m.memberships().get(0).validFrom().isEmpty(), m.code());
      assertTrue(m.memberships().get(0).validUntil().isEmpty(), m.code());
    }
  }

  @Test
  void municipalitiesInRejectsARegionNotInTheCatalogue() {
    Region fake = Region.builder().code("99").nameFi("Atlantis").nameSv("Atlantis").nuts3("FI999").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FI.municipalitiesIn(fake, DATA_DATE));
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
  }

  @Test
  void catalogueListsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> FI.regions().clear());
    assertThrows(UnsupportedOperationException.class, () -> FI.municipalities().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> FI.municipality("090").memberships().clear());
  }
}
