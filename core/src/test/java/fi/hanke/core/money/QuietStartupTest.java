package fi.hanke.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Moneta logs through java.util.logging when Money is first initialised; Eur must keep that quiet. The
 * check needs a JVM in which Money has not been loaded yet, so it runs a small main class in a child JVM.
 */
class QuietStartupTest {

  private static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  private static Result run(Class<?> mainClass) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("hanke-quiet", ".out");
    Path err = Files.createTempFile("hanke-quiet", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(List.of(
          java.toString(), "-cp", System.getProperty("java.class.path"), mainClass.getName()));
      // options the host passes to every JVM would make the JVM itself print "Picked up ..."
      pb.environment().remove("JAVA_TOOL_OPTIONS");
      pb.environment().remove("_JAVA_OPTIONS");
      pb.environment().remove("JDK_JAVA_OPTIONS");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("child JVM did not finish in 60 s");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void firstUseOfEurAndPercentagePrintsNothing() throws Exception {
    Result r = run(QuietStartupMain.class);
    assertEquals(0, r.exitCode, "exit code; stderr: " + r.stderr);
    assertEquals("", r.stdout);
    assertEquals("", r.stderr);
  }

  @Test
  void controlMonetaAloneDoesPrintItsInfoLine() throws Exception {
    // Shows that the test above can see the line it guards against. If a Moneta upgrade stops logging,
    // this control fails and the quiet initialisation in Eur may be removed.
    Result r = run(MonetaDirectMain.class);
    assertEquals(0, r.exitCode, "exit code; stderr: " + r.stderr);
    assertFalse(r.stderr.isEmpty(), "Moneta printed nothing");
  }
}
