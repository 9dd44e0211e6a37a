package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  void everyThreadCountWritesTheSameFileAndCountsTheSameInTheSameOrder(@TempDir Path dir) throws IOException {
    // 300 documents are about 1,2 MB: several blocks of the check, several batches of the writing
    ByteArrayOutputStream oneProgress = new ByteArrayOutputStream();
    ByteArrayOutputStream threeProgress = new ByteArrayOutputStream();
    PortfolioCommand.Result one = PortfolioCommand.generateAndCheck(300, 5, dir.resolve("one.jsonl"),
        new PrintStream(oneProgress, true, StandardCharsets.UTF_8), 1);
    PortfolioCommand.Result three = PortfolioCommand.generateAndCheck(300, 5, dir.resolve("three.jsonl"),
        new PrintStream(threeProgress, true, StandardCharsets.UTF_8), 3);
    assertTrue(Files.size(dir.resolve("one.jsonl")) > 4 * (1 << 18), "the file spans several blocks");
    assertEquals(Files.readString(dir.resolve("one.jsonl")), Files.readString(dir.resolve("three.jsonl")));
    assertEquals(List.of(one.documents, one.groups, one.unreadable, one.withErrors, one.errors, one.warnings, one.infos),
        List.of(three.documents, three.groups, three.unreadable, three.withErrors, three.errors, three.warnings,
            three.infos));
    assertEquals(List.of(300L, 60L, 0L, 30L), List.of(three.documents, three.groups, three.unreadable, three.withErrors));
    assertEquals(progressCounts(oneProgress), progressCounts(threeProgress));
    assertEquals(List.of("30", "60", "90", "120", "150", "180", "210", "240", "270", "300"), progressCounts(threeProgress));
  }

  @Test
  void unreadableLinesAreCountedWhereverTheyFallInTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.jsonl");
    PortfolioCommand.generateAndCheck(120, 3, file, NOWHERE, 1);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(0, "{\"format\": \"hanke/1\"");
    lines.set(119, "not json");
    lines.add(60, "");
    Files.write(file, lines);
    // checking alone, on the file as it now is
    PortfolioCommand.Result r = PortfolioCommand.check(file, 120, NOWHERE, 2);
    assertEquals(118, r.documents);
    assertEquals(2, r.unreadable);
    assertTrue(r.workerCpuNanos > 0, "the workers' CPU time is counted");
  }

  private static List<String> progressCounts(ByteArrayOutputStream progress) {
    List<String> counts = new ArrayList<>();
    for (String line : progress.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("portfolio: ")) {
        counts.add(line.substring("portfolio: ".length(), line.indexOf(" /")).replace(",", ""));
      }
    }
    return counts;
  }

  @Test
  void aBlockIsCutAfterItsLastNewlineBeforeTheLengthRead() {
    byte[] block = "a\nbc\nd\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(6, PortfolioCommand.lastNewline(block, 7));
    assertEquals(4, PortfolioCommand.lastNewline(block, 6)); // the newline at 6 is not read yet
    assertEquals(1, PortfolioCommand.lastNewline(block, 4));
    assertEquals(-1, PortfolioCommand.lastNewline(block, 1));
    assertEquals(-1, PortfolioCommand.lastNewline(block, 0));
  }

  @Test
  void theSummaryGivesCountsTimeThroughputCpuHeapAndTheCollector() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = PortfolioCommand.run(java.util.List.of("30"), new PrintStream(out, true, StandardCharsets.UTF_8), NOWHERE);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status);
    assertTrue(text.contains("read + validated: 30 documents"), text);
    assertTrue(text.contains("documents/s") && text.contains("peak used"), text);
    assertTrue(text.contains("CPU: workers ") && text.contains("µs per document), reading thread "), text);
    String young = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().get(0).getName();
    assertTrue(text.contains(", " + young), text); // e.g. "G1 Young Generation + G1 Old Generation"
  }

  @Test
  void aMissingOrWrongCountExitsWithTwo() {
    assertEquals(2, PortfolioCommand.run(java.util.List.of(), NOWHERE, NOWHERE));
    assertEquals(2, PortfolioCommand.run(java.util.List.of("0"), NOWHERE, NOWHERE));
    assertEquals(2, PortfolioCommand.run(java.util.List.of("10", "--seed"), NOWHERE, NOWHERE));
    assertEquals(2, PortfolioCommand.run(java.util.List.of("10", "--threads", "0"), NOWHERE, NOWHERE));
  }
}
