package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check FILE --svg DIR} and {@code validate FILE --svg DIR}: the pictures of a document as files. */
class SvgOptionTest {
  private static final Path SEED_003_TEXT = Path.of("../seeds/documents/003_a429a945fa8dac7e.txt");
  private static final Path SEED_002_JSON = Path.of("../seeds/json/002_fcc93842ad72cd55.json");
  private static final Path SEED_004_TEXT = Path.of("../seeds/documents/004_90368c95c4fd252a.txt");

  @TempDir
  Path dir;

  private static CommandLineTest.Run run(String... args) {
    return CommandLineTest.hanke(args);
  }

  private List<String> files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void checkWritesTheDrawablePicturesOfSeed003AndNamesTheOneItCannotDraw() throws IOException {
    Path svg = dir.resolve("kuvat");
    CommandLineTest.Run r = run("check", SEED_003_TEXT.toString(), "--svg", svg.toString());
    assertEquals(List.of("cost-structure.svg", "funding-plan.svg"), files(svg));
    assertTrue(r.out().contains("Kuva kirjoitettu: " + svg.resolve("funding-plan.svg")), r.out());
    assertTrue(r.out().contains("Kuvaa ei piirretty: Työpaketteja ei ole esitetty."), r.out());
    // the imported text's figures: EU and State 351 948 €, 80 % of the net cost 439 936 € on the dashed line
    String funding = Files.readString(svg.resolve("funding-plan.svg"), StandardCharsets.UTF_8);
    assertTrue(funding.contains("351\u00A0948,00\u00A0€"), "aid amount");
    assertTrue(funding.contains("351\u00A0948,80\u00A0€"), "80 % of the net cost");
    assertEquals(CheckCommand.FINDINGS, r.status(), "the report's status is unchanged by --svg");
  }

  @Test
  void withJsonOutputThePictureLinesGoToStandardErrorAndStandardOutputStaysOneJsonDocument() {
    CommandLineTest.Run r = run("check", SEED_004_TEXT.toString(), "--format", "json", "--svg", dir.toString(), "--lang", "en");
    assertTrue(r.out().strip().startsWith("{") && r.out().strip().endsWith("}"), r.out());
    assertFalse(r.out().contains("Picture"), r.out());
    assertTrue(r.err().contains("Picture not drawn: The funding plan is not stated."), r.err());
  }

  @Test
  void validateWritesAllThreePicturesOfSeed002InSwedish() throws IOException {
    CommandLineTest.Run r = run("validate", SEED_002_JSON.toString(), "--svg", dir.toString(), "--lang", "sv");
    assertEquals(List.of("cost-structure.svg", "funding-plan.svg", "timeline.svg"), files(dir));
    assertTrue(r.out().contains("Bild skriven: " + dir.resolve("timeline.svg")), r.out());
    assertTrue(Files.readString(dir.resolve("funding-plan.svg"), StandardCharsets.UTF_8).contains("Finansieringsplan"));
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsNamedAndExitsWithTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("tiedosto"), "x");
    CommandLineTest.Run r = run("check", SEED_003_TEXT.toString(), "--svg", file.resolve("kuvat").toString());
    assertEquals(CheckCommand.UNREADABLE, r.status());
    assertTrue(r.err().contains("--svg: hakemistoon '" + file.resolve("kuvat") + "' ei voi kirjoittaa"), r.err());
  }

  @Test
  void svgWithoutADirectoryIsAUsageError() {
    CommandLineTest.Run r = run("check", SEED_003_TEXT.toString(), "--svg");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--svg"), r.err());
  }
}
