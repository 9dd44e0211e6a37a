package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioCommandTest {
  private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void everyGeneratedDocumentIsReadBackAndExactlyTheOverstatedTenthHasErrors(@TempDir Path dir) throws IOException {
    PortfolioCommand.Result r = PortfolioCommand.generateAndCheck(200, 7, dir.resolve("p.jsonl"), NOWHERE);
    assertEquals(200, r.documents);
    assertEquals(40, r.groups);
    assertEquals(0, r.unreadable);
    assertEquals(20, r.withErrors);
    assertEquals(200, Files.readAllLines(dir.resolve("p.jsonl")).size());
  }

  @Test
  void theSameSeedWritesTheSameFile(@TempDir Path dir) throws IOException {
    PortfolioCommand.generateAndCheck(50, 11, dir.resolve("a.jsonl"), NOWHERE);
    PortfolioCommand.generateAndCheck(50, 11, dir.resolve("b.jsonl"), NOWHERE);
    assertEquals(Files.readString(dir.resolve("a.jsonl")), Files.readString(dir.resolve("b.jsonl")));
  }

  @Test
  void theSummaryGivesCountsTimeThroughputAndHeap() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = PortfolioCommand.run(java.util.List.of("30"), new PrintStream(out, true, StandardCharsets.UTF_8), NOWHERE);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status);
    assertTrue(text.contains("read + validated: 30 documents"), text);
    assertTrue(text.contains("documents/s") && text.contains("peak used"), text);
  }

  @Test
  void aMissingOrWrongCountExitsWithTwo() {
    assertEquals(2, PortfolioCommand.run(java.util.List.of(), NOWHERE, NOWHERE));
    assertEquals(2, PortfolioCommand.run(java.util.List.of("0"), NOWHERE, NOWHERE));
    assertEquals(2, PortfolioCommand.run(java.util.List.of("10", "--seed"), NOWHERE, NOWHERE));
  }
}
