package fi.hanke.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.sample.SampleProjects;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The digest is the same for the same lines, and tells a changed document or a refused line. */
class ReportDigestTest {
  private static String lines(int n) {
    HankeJson json = HankeJson.standard();
    SampleProjects samples = SampleProjects.seeded(7);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(json.writeLine(i % 5 == 4 ? HankeDocument.of(samples.group()) : HankeDocument.of(samples.project())));
    }
    return out.toString();
  }

  private static String digest(String lines, int documents) {
    return ReportDigest.of(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), documents);
  }

  @Test
  void theSameLinesGiveTheSameDigestAndAnotherDocumentAnother() {
    String lines = lines(20);
    String digest = digest(lines, 100);
    assertTrue(digest.startsWith("20 lines, 0 refused, "), digest);
    assertEquals(digest, digest(lines, 100));
    assertNotEquals(digest, digest(lines, 19));
    String other = lines.replaceFirst("\"name\":\"", "\"name\":\"X");
    assertNotEquals(lines, other);
    assertNotEquals(digest, digest(other, 100));
  }

  @Test
  void aRefusedLineIsCountedAndDigested() {
    String lines = lines(3);
    String broken = lines.substring(0, lines.indexOf('\n') + 1) + "{\"format\": \"hanke/1\"\n" + lines.substring(lines.indexOf('\n') + 1);
    String digest = digest(broken, 100);
    assertTrue(digest.startsWith("4 lines, 1 refused, "), digest);
  }
}
