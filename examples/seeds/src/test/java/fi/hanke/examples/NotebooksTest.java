package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every jshell notebook headless, snippet by snippet, and fails on any jshell error. */
class NotebooksTest {
  static Stream<Path> notebooks() throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      all = files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
    }
    assertTrue(all.size() >= 3, "at least three notebooks expected, found " + all);
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void everyNotebookRunsWithoutAJshellError(Path notebook) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    int evaluated = 0;
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = Files.readString(notebook, StandardCharsets.UTF_8);
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.source() == null) {
          errors.add("incomplete snippet at the end: " + remaining.strip());
          break;
        }
        evaluated++;
        for (SnippetEvent e : shell.eval(info.source())) {
          if (e.exception() != null) {
            errors.add(info.source().strip() + "\n  threw " + e.exception());
          }
          if (e.status() == Snippet.Status.REJECTED) {
            String diags = shell.diagnostics(e.snippet()).map(Diag::toString).collect(Collectors.joining("; "));
            errors.add(info.source().strip() + "\n  rejected: " + diags);
          }
        }
        remaining = info.remaining();
      }
    }
    assertTrue(errors.isEmpty(), () -> notebook + ":\n" + String.join("\n", errors) + "\noutput:\n" + output);
    // the local execution engine prints to the test JVM's own System.out (redirected to a file by Surefire)
    assertTrue(evaluated >= 5, notebook + " has only " + evaluated + " snippets");
  }
}
