package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.imports.Figure;
import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.json.HankeJson;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and check commands on the seed texts, on PDFs made from them, and on what is not a document. */
class ImportAndCheckCommandTest {
  /** The seed texts, in the seeds module beside this one (Surefire's working directory is this module's). */
  static final Path DOCUMENTS = Path.of("../seeds/documents");

  @TempDir
  Path dir;

  private static final class Run {
    int status;
    String out;
    String err;
  }

  private static Run run(boolean check, InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Run r = new Run();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      r.status = check ? CheckCommand.run(args, stdin, o, e) : ImportCommand.run(args, stdin, o, e);
    }
    r.out = out.toString(StandardCharsets.UTF_8);
    r.err = err.toString(StandardCharsets.UTF_8);
    return r;
  }

  private static InputStream none() {
    return new ByteArrayInputStream(new byte[0]);
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static Path document(Seed seed) {
    return DOCUMENTS.resolve(seed.fileName());
  }

  @Test
  void importPrintsTheHankeDocumentAndTheNotes() throws IOException {
    for (Seed seed : Seeds.all()) {
      Run r = run(false, none(), document(seed).toString());
      assertEquals(ImportCommand.OK, r.status, seed.fileName() + r.err);
      ImportResult expected = Importer.standard().read(Files.readString(document(seed)));
      assertEquals(HankeJson.standard().write(expected.documents().get(0)), r.out);
      assertTrue(r.err.startsWith("Asiakirja: "), r.err);
      assertEquals(expected.documents().get(0), HankeJson.standard().read(r.out));
    }
  }

  @Test
  void importOfAListPrintsJsonLines() {
    Run r = run(false, text("Myönnetty EU- ja valtion tuki\nA-hanke; Oulun kaupunki; 100 000 €\nB-hanke; Kemin kaupunki; 25 000 €\n"),
        "-", "--format", "json");
    assertEquals(ImportCommand.OK, r.status, r.err);
    String[] lines = r.out.split("\n");
    assertEquals(2, lines.length);
    assertEquals("B-hanke", HankeJson.standard().read(lines[1]).name());
    assertTrue(r.err.contains("\"layout\":\"PROJECT_LIST\""), r.err);
  }

  @Test
  void whatIsNotADocumentOfTheProgrammeExitsTwoAndSaysWhy() {
    Run other = run(false, text("Interreg Aurora 2021–2027\nKokonaiskustannusarvio (€):\n"), "-", "--lang", "en");
    assertEquals(ImportCommand.UNREADABLE, other.status);
    assertEquals("", other.out);
    assertTrue(other.err.contains("another programme (Interreg"), other.err);
    Run nothing = run(true, text("Hyvää joulua!\n"), "-", "--lang", "sv");
    assertEquals(CheckCommand.UNREADABLE, nothing.status);
    assertTrue(nothing.out.contains("okänd handling"), nothing.out);
    Run missing = run(false, none(), "no-such-file.txt");
    assertEquals(ImportCommand.UNREADABLE, missing.status);
    assertTrue(missing.err.contains("no such file"), missing.err);
    Run usage = run(true, none(), "--format", "xml", "-");
    assertEquals(CheckCommand.UNREADABLE, usage.status);
    assertTrue(usage.err.contains("usage: check"), usage.err);
  }

  @Test
  void checkQuotesTheSourceLineOfEachFinding() {
    Seed seed = Seeds.all().get(3);
    Run r = run(true, none(), document(seed).toString());
    assertEquals(CheckCommand.FINDINGS, r.status, r.out);
    assertTrue(r.out.contains("FUNDING-LINES-SUM"), r.out);
    assertTrue(r.out.contains("rivi 281: Rahoitussuunnitelma yhteensä 439 936 439 936 100 %"), r.out);
    Run json = run(true, none(), document(seed).toString(), "--format", "json", "--lang", "en");
    assertEquals(CheckCommand.FINDINGS, json.status);
    assertTrue(json.out.startsWith("{\"format\":\"hanke-check/1\""), json.out);
    assertTrue(json.out.contains("\"line\":281"), json.out);
  }

  @Test
  void theMainJobStartsFromTheSeedTexts() {
    String out = Main.runFromTexts(new java.util.Locale("fi"));
    for (Seed seed : Seeds.all()) {
      assertTrue(out.contains(seed.fileName() + " "), out);
    }
    assertTrue(out.contains("003_a429a945fa8dac7e.txt EURA_PRINTOUT"), out);
    assertTrue(out.contains("004_90368c95c4fd252a.txt COUNCIL_MINUTES"), out);
  }

  /** path = value of every figure, list positions left out. */
  private static Set<String> pairs(ImportResult r) {
    Set<String> out = new TreeSet<>();
    for (Figure f : r.figures()) {
      out.add(f.document() + ":" + f.path().replaceAll("\\[\\d+\\]", "[]") + " = " + f.value());
    }
    return out;
  }

  private static Map<String, String> amounts(ImportResult r) {
    Map<String, String> out = new TreeMap<>();
    for (Figure f : r.figures()) {
      if (f.value().matches("-?\\d+\\.\\d{2}")) {
        out.put(f.document() + ":" + f.path(), f.value());
      }
    }
    return out;
  }

  @Test
  void aSeedRenderedToPdfReadsTheSameFiguresOrLeavesThemUnread() throws IOException {
    for (Seed seed : Seeds.all()) {
      String text = Files.readString(document(seed));
      Path pdf = dir.resolve(seed.fileName().replace(".txt", ".pdf"));
      Files.write(pdf, TextPdf.render(text));
      ImportResult fromText = Importer.standard().read(text);
      ImportResult fromPdf = Importer.standard().read(DocumentInput.read(pdf.toString(), none()));
      assertEquals(fromText.layout(), fromPdf.layout(), seed.fileName());
      Set<String> original = pairs(fromText);
      for (String pair : pairs(fromPdf)) {
        assertTrue(original.contains(pair), seed.fileName() + ": a figure the text does not give: " + pair);
      }
      // the tables come through whole: every amount of the text is read from the PDF too
      assertEquals(amounts(fromText), amounts(fromPdf), seed.fileName());
      Run r = run(true, none(), pdf.toString());
      assertTrue(r.status == CheckCommand.OK || r.status == CheckCommand.FINDINGS, seed.fileName() + r.out);
    }
  }
}
