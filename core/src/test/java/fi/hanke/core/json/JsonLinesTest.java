package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.JsonProblem.Kind;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final HankeJson JSON = HankeJson.standard();
  private static final String A = JSON.writeLine(HankeDocument.of(Project.builder().name("Ääni").build()));
  private static final String B = JSON.writeLine(HankeDocument.of(GroupProject.builder()
      .plan(Project.builder().name("Ryhmä Östersundom").build()).build()));

  /** Both ways in: characters and UTF-8 bytes. */
  private static List<Function<String, JsonLines>> inputs(HankeJson json) {
    return List.of(t -> json.lines(new StringReader(t)),
        t -> json.lines(new ByteArrayInputStream(t.getBytes(StandardCharsets.UTF_8))));
  }

  private static List<JsonLine> all(JsonLines lines) {
    try (lines) {
      return lines.stream().collect(Collectors.toList());
    }
  }

  @Test
  void badLinesBetweenGoodOnesReportTheirPhysicalLineAndDoNotStopTheStream() {
    String text = A
        + "\n"                                                        // 2: blank, skipped
        + "{\"format\": \"hanke/1\", \"kind\": \"project\", \"nmae\": 1}\n" // 3: unknown field
        + B                                                           // 4
        + "{\"format\": \"hanke/1\", \"kind\": \"project\"\n"          // 5: truncated
        + "   \t\r\n"                                                 // 6: blank
        + "[1, 2]\r\n"                                                // 7: not an object
        + A;                                                          // 8
    for (Function<String, JsonLines> input : inputs(JSON)) {
      List<JsonLine> lines = all(input.apply(text));
      assertEquals(List.of(1L, 3L, 4L, 5L, 7L, 8L), lines.stream().map(JsonLine::lineNumber).toList());
      assertEquals(List.of(true, false, true, false, false, true), lines.stream().map(JsonLine::isRead).toList());
      assertEquals("Ääni", lines.get(0).document().orElseThrow().name());
      assertEquals("Ryhmä Östersundom", lines.get(2).document().orElseThrow().name());
      JsonProblem unknown = lines.get(1).problems().get(0);
      assertEquals(Kind.UNKNOWN_FIELD, unknown.kind());
      assertEquals(3, unknown.line());
      assertEquals(42, unknown.column());
      assertEquals("$.nmae", unknown.path());
      assertEquals(Kind.SYNTAX, lines.get(3).problems().get(0).kind());
      assertEquals(5, lines.get(3).problems().get(0).line());
      assertEquals(Kind.WRONG_TYPE, lines.get(4).problems().get(0).kind());
      assertEquals(7, lines.get(4).problems().get(0).line());
      assertTrue(lines.get(0).problems().isEmpty());
      assertFalse(lines.get(1).document().isPresent());
    }
  }

  @Test
  void aLineLongerThanTheLimitIsAProblemOfThatLineAlone() {
    HankeJson json = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(500));
    String longLine = "{\"format\": \"hanke/1\", \"kind\": \"project\", \"name\": \"" + "x".repeat(2_000) + "\"}\n";
    for (Function<String, JsonLines> input : inputs(json)) {
      List<JsonLine> lines = all(input.apply(A + longLine + B));
      assertEquals(3, lines.size());
      assertTrue(lines.get(0).isRead());
      JsonProblem problem = lines.get(1).problems().get(0);
      assertEquals(Kind.LIMIT_EXCEEDED, problem.kind());
      assertEquals(2, problem.line());
      assertTrue(problem.detail().contains("maxDocumentLength = 500"), problem.detail());
      assertTrue(lines.get(2).isRead());
    }
  }

  @Test
  void aHugeLineIsSkippedWithoutBeingKept() {
    long huge = 200_000_000L; // characters: kept, they would need 400 MB
    Reader generated = new Reader() {
      private long sent;
      private final char[] tail = ("\n" + A).toCharArray();
      private int tailSent;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (sent < huge) {
          int n = (int) Math.min(length, huge - sent);
          java.util.Arrays.fill(buffer, offset, offset + n, ' ');
          buffer[offset] = sent == 0 ? '"' : ' ';
          sent += n;
          return n;
        }
        if (tailSent == tail.length) {
          return -1;
        }
        int n = Math.min(length, tail.length - tailSent);
        System.arraycopy(tail, tailSent, buffer, offset, n);
        tailSent += n;
        return n;
      }

      @Override
      public void close() {}
    };
    List<JsonLine> lines = all(JSON.lines(generated));
    assertEquals(2, lines.size());
    assertEquals(Kind.LIMIT_EXCEEDED, lines.get(0).problems().get(0).kind());
    assertEquals(2, lines.get(1).lineNumber());
    assertTrue(lines.get(1).isRead());
  }

  @Test
  void anEmptyInputHasNoLinesAndNextSaysSo() {
    for (Function<String, JsonLines> input : inputs(JSON)) {
      try (JsonLines lines = input.apply("")) {
        assertFalse(lines.hasNext());
        assertThrows(NoSuchElementException.class, lines::next);
      }
      assertEquals(0, all(input.apply("\n\n  \n")).size());
    }
  }

  @Test
  void aLastLineWithoutNewlineIsRead() {
    List<JsonLine> lines = all(JSON.lines(new StringReader(A + B.strip())));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).isRead());
  }

  @Test
  void closingTheStreamClosesTheInput() {
    boolean[] closed = {false};
    Reader reader = new StringReader(A) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (var stream = JSON.lines(reader).stream()) {
      assertEquals(1, stream.count());
    }
    assertTrue(closed[0]);
  }

  @Test
  void bytesThatAreNotUtf8SpoilOnlyTheirLine() {
    byte[] good = A.getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"format\": \"hanke/1\", \"kind\": \"project\", \"name\": \"H\u00e4me\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    List<JsonLine> lines = all(JSON.lines(new ByteArrayInputStream(all)));
    assertEquals(List.of(true, false, true), lines.stream().map(JsonLine::isRead).toList());
    assertEquals(Kind.SYNTAX, lines.get(1).problems().get(0).kind());
    assertEquals(2, lines.get(1).problems().get(0).line());
  }
}
