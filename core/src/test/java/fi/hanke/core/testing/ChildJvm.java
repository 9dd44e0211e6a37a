package fi.hanke.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM on the test class path (<i>lapsi-JVM</i>, sv. <i>barn-JVM</i>), for the
 * tests that need a JVM in which nothing of Moneta has been loaded yet: what Hanke prints on first use, and
 * which classes it loads ({@code -verbose:class}). In a package of its own (not one of the core module's), so
 * that the validation module's tests see it.
 */
public final class ChildJvm {

  /**
   * What a child JVM left.
   *
   * @param exitCode the exit code
   * @param stdout everything printed on standard output
   * @param stderr everything printed on standard error
   */
  public record Result(int exitCode, String stdout, String stderr) {

    /**
     * The lines of {@code -verbose:class} that report a class loaded, e.g.
     * {@code [0.120s][info][class,load] org.javamoney.moneta.FastMoney source: file:/…}.
     *
     * @param className the class's binary name
     * @return whether the output reports it loaded
     */
    public boolean loaded(String className) {
      return stdout.lines().anyMatch(l -> l.contains("[class,load] " + className + " "));
    }
  }

  /** Moneta's classes that only its {@code Money} needs: the one that logs, and those that lead to it. */
  private static final List<String> MONEY_CLASSES = List.of("org.javamoney.moneta.Money",
      "org.javamoney.moneta.DefaultMonetaryContextFactory", "org.javamoney.moneta.spi.MoneyAmountFactory");

  private ChildJvm() {}

  /**
   * Runs a main class that reports only through its exit code and checks that it succeeds and prints nothing.
   *
   * @param mainClass the class whose {@code main} runs
   * @throws Exception if the JVM cannot be run
   */
  public static void assertPrintsNothing(Class<?> mainClass) throws Exception {
    Result r = run(mainClass);
    assertEquals(0, r.exitCode(), "exit code; stderr: " + r.stderr());
    assertEquals("", r.stdout());
    assertEquals("", r.stderr());
  }

  /**
   * Runs a main class with {@code -verbose:class} and checks that it succeeds, loads {@code FastMoney} (so the
   * class log is seen) and loads none of {@link #MONEY_CLASSES}.
   *
   * @param mainClass the class whose {@code main} runs
   * @throws Exception if the JVM cannot be run
   */
  public static void assertNeverLoadsMoney(Class<?> mainClass) throws Exception {
    Result r = run(mainClass, "-verbose:class");
    assertEquals(0, r.exitCode(), "exit code; stderr: " + r.stderr());
    assertTrue(r.loaded("org.javamoney.moneta.FastMoney"), "the class log does not show FastMoney");
    for (String name : MONEY_CLASSES) {
      assertFalse(r.loaded(name), name + " was loaded");
    }
  }

  /**
   * Runs a main class and waits for it (60 s at most).
   *
   * @param mainClass the class whose {@code main} runs
   * @param jvmOptions options of the child JVM, e.g. {@code -verbose:class}
   * @return what it left
   * @throws IOException if the JVM cannot be started or its output read
   * @throws InterruptedException if interrupted while waiting
   */
  public static Result run(Class<?> mainClass, String... jvmOptions) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("hanke-child", ".out");
    Path err = Files.createTempFile("hanke-child", ".err");
    try {
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.addAll(List.of(jvmOptions));
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
      ProcessBuilder pb = new ProcessBuilder(command);
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
}
