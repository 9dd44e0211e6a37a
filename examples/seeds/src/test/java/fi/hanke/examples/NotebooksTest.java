package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every notebook through the real jshell tool, as {@code jshell.sh} does: {@code jshell --class-path CP
 * NOTEBOOK}, then {@code /exit} typed at the prompt. The tool reads the file line by line, as a person's jshell
 * does, so a statement that jshell ends too early (a builder chain with leading dots) shows up as an error here.
 * Fails on any error, exception or unresolved reference jshell reports, and when a notebook's last line of
 * output is missing.
 */
class NotebooksTest {
  /** What each notebook prints last, so that a notebook that stops early fails too. */
  private static final Map<String, String> LAST_OUTPUT = Map.of(
      "tour.jsh", "Ylitys: 1000.00 €",
      "seeds.jsh", "004_90368c95c4fd252a.txt",
      "whatif.jsh", "DigiFocus 80 %:lla: ");

  /**
   * How jshell reports a problem, at the start of a line ("|  " before it at the prompt, nothing before it while
   * it loads a file): "Error:", "Exception java…", "Caught exception", "Warning:"; or an unresolved reference.
   */
  private static final Pattern PROBLEM = Pattern.compile(
      "(?m)^(\\|\\s+)?(Error|Exception|Caught exception|Warning)\\b.*$|cannot be (referenced|invoked)|Unknown command|File '.*' .*not found");

  static Stream<Path> notebooks() throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      all = files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
    }
    assertTrue(all.size() >= 3, "at least three notebooks expected, found " + all);
    return all.stream();
  }

  /**
   * Runs the jshell tool on a notebook with the test class path (this module's classes and the jars of core,
   * validation and what they use) and returns all it printed.
   */
  static String jshell(Path notebook) throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    InputStream typed = new ByteArrayInputStream("/exit\n".getBytes(StandardCharsets.UTF_8));
    JavaShellToolBuilder.builder()
        .in(typed, null)
        .out(out)
        .err(out)
        .persistence(new HashMap<>())
        .locale(Locale.ENGLISH)
        .run("--class-path", System.getProperty("java.class.path"), notebook.toString());
    return output.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void everyNotebookRunsInTheJshellToolWithoutAnError(Path notebook) throws Exception {
    String output = jshell(notebook);
    Matcher problem = PROBLEM.matcher(output);
    assertTrue(!problem.find(), () -> notebook + ": jshell reported '" + problem.group() + "'\noutput:\n" + output);
    String last = LAST_OUTPUT.get(notebook.getFileName().toString());
    assertTrue(last != null, notebook + ": say in LAST_OUTPUT what it prints last");
    assertTrue(output.contains(last), () -> notebook + ": no '" + last + "' in the output:\n" + output);
  }
}
