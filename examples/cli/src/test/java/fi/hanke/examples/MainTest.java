package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void theFinnishOutputShowsTheSeedsKnownProblemsAndEndsWithOneLinePerSeed() {
    String out = Main.run(new Locale("fi"));
    assertTrue(out.contains("Kustannusarvion tiivistelmä"));
    assertTrue(out.contains("Rahoitussuunnitelman tiivistelmä"));
    assertTrue(out.contains("7,20 eurolla"));
    assertTrue(out.contains("ero 8\u00a0600,00\u00a0€"), out);
    String[] lines = out.split("\n");
    assertEquals(5, java.util.Arrays.stream(lines).skip(lines.length - 5).filter(l -> l.matches("\\d{3}_.*ERROR \\d+ +WARNING \\d+ +INFO \\d+")).count());
  }

  @Test
  void theSwedishAndEnglishOutputsUseTheirOwnHeadings() {
    assertTrue(Main.run(new Locale("sv")).contains("Sammandrag av kostnadsförslaget"));
    assertTrue(Main.run(Locale.ENGLISH).contains("Funding plan summary"));
  }
}
