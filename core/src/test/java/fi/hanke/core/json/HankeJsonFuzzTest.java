package fi.hanke.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fi.hanke.core.json.testing.FuzzOracle;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Coverage-guided fuzzing of every read entry point of {@link HankeJson}, with {@link FuzzOracle}'s oracle: only
 * {@link HankeJsonException}, and what was read is written and read back equal.
 *
 * <p>In a normal test run (no {@code JAZZER_FUZZ}) Jazzer replays the committed inputs under
 * {@code src/test/resources/fi/hanke/core/json/HankeJsonFuzzTestInputs/}: the seeds' JSON, generated documents and
 * the reproductions of issue 15, shared by all targets, plus any finding saved under a target's own directory.
 * To fuzz one target for ten minutes (one core; run one at a time):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -Djazzer.hooks=true -pl core test -Dtest=HankeJsonFuzzTest#readString
 * </pre>
 *
 * <p>Findings are written to that target's inputs directory and then replayed by every test run.
 */
class HankeJsonFuzzTest {
  private static final HankeJson JSON = HankeJson.standard();

  @FuzzTest(maxDuration = "60s")
  void readString(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    HankeDocument fromString = FuzzOracle.read(() -> JSON.read(text));
    HankeDocument fromReader = FuzzOracle.read(() -> JSON.read(new StringReader(text)));
    if (!Objects.equals(fromString, fromReader)) {
      throw new AssertionError("a string and a reader of it read alike");
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readReader(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzOracle.read(() -> JSON.read(new StringReader(text)));
    FuzzOracle.read(() -> HankeDocument.of(JSON.readProject(new StringReader(text))));
    FuzzOracle.read(() -> HankeDocument.of(JSON.readGroupProject(new StringReader(text))));
  }

  @FuzzTest(maxDuration = "60s")
  void readInputStream(byte[] input) {
    FuzzOracle.read(() -> JSON.read(new ByteArrayInputStream(input)));
    FuzzOracle.read(() -> HankeDocument.of(JSON.readProject(new ByteArrayInputStream(input))));
    FuzzOracle.read(() -> HankeDocument.of(JSON.readGroupProject(new ByteArrayInputStream(input))));
  }

  @FuzzTest(maxDuration = "60s")
  void readJsonLines(byte[] input) {
    try (JsonLines lines = JSON.lines(new ByteArrayInputStream(input))) {
      lines.forEachRemaining(FuzzOracle::line);
    }
    try (JsonLines lines = JSON.lines(new StringReader(new String(input, StandardCharsets.UTF_8)))) {
      lines.forEachRemaining(FuzzOracle::line);
    }
  }
}
