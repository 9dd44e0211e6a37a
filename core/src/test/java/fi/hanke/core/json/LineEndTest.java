package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.sample.SampleProjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A line of JSON Lines cut short is refused without Jackson's exception, and with exactly the problems the same
 * text has when read whole (where Jackson's exception still reports the end).
 */
class LineEndTest {
  private static final HankeJson JSON = HankeJson.standard();

  private static List<JsonProblem> whole(Supplier<HankeDocument> read) {
    return assertThrows(HankeJsonException.class, read::get).problems();
  }

  private static List<JsonProblem> asLine(JsonLines lines) {
    try (lines) {
      return lines.next().problems();
    }
  }

  @Test
  void aLineCutAnywhereHasTheProblemsOfTheDocumentCutThere() throws IOException {
    SampleProjects samples = SampleProjects.seeded(15);
    int cheap = 0;
    int cuts = 0;
    for (HankeDocument d : List.of(HankeDocument.of(samples.project()), HankeDocument.of(samples.group()))) {
      String line = JSON.writeLine(d).strip();
      for (int cut = 1; cut < line.length(); cut += 7) {
        String part = line.substring(0, cut);
        if (part.isBlank()) {
          continue;
        }
        cuts++;
        assertEquals(whole(() -> JSON.read(part)), asLine(JSON.lines(new StringReader(part + "\n"))), part);
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        assertEquals(whole(() -> JSON.read(new ByteArrayInputStream(bytes))),
            asLine(JSON.lines(new ByteArrayInputStream((part + "\n").getBytes(StandardCharsets.UTF_8)))), part);
        try (LineSource source = LineSource.of(new StringReader(part), Long.MAX_VALUE)) {
          source.next();
          if (LineEnd.endOfInput(source, 0) != null) {
            cheap++;
          }
        }
      }
    }
    // most cuts fall in a string or after a comma, colon or bracket: those take the way without the exception
    assertTrue(cheap > cuts * 3 / 4, cheap + " of " + cuts + " cuts refused without Jackson's exception");
  }

  @Test
  void theEndIsReportedWithWhatIsOpenAtTheColumnAfterTheLine() {
    List<JsonProblem> inString = asLine(JSON.lines(new StringReader("{\"format\": \"hanke/1\", \"name\": \"Han\n")));
    JsonProblem end = inString.get(inString.size() - 1);
    assertEquals(List.of(JsonProblem.Kind.SYNTAX, 1, 35), List.of(end.kind(), end.line(), end.column()));
    assertTrue(end.detail().contains("end-of-input"), end.detail());
    List<JsonProblem> inName = asLine(JSON.lines(new StringReader("\n{\"format\": \"hanke/1\", \"na\n")));
    assertEquals(2, inName.get(inName.size() - 1).line());
    assertTrue(inName.get(inName.size() - 1).detail().contains("inside a field name"), inName.toString());
    List<JsonProblem> open = asLine(JSON.lines(new StringReader("{\"format\": \"hanke/1\", \"lines\": [\n")));
    assertTrue(open.get(open.size() - 1).detail().contains("close marker ']' of the array starting at line 1, column 32"),
        open.toString());
  }
}
