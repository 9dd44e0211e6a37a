package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.money.Eur;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No package of the main code of core and validation depends, directly or through others, on a package that
 * depends on it: the dependencies between packages, as the JDK's {@code jdeps} reads them from the compiled
 * classes, form no cycle.
 */
class PackageCycleTest {

  @TempDir
  Path unpacked;

  /** The compiled classes of the module a type belongs to: its directory, or its jar unpacked. */
  private Path classesOf(Class<?> type) throws IOException, URISyntaxException {
    Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return location;
    }
    Path into = Files.createDirectories(unpacked.resolve(location.getFileName().toString()));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(location))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".class")) {
          Path file = into.resolve(e.getName());
          Files.createDirectories(file.getParent());
          Files.write(file, zip.readAllBytes()); // this entry's bytes only
        }
      }
    }
    return into;
  }

  /**
   * The dependencies between the packages of {@code fi.hanke}: jdeps on each class file (not on the directories,
   * which jdeps would take for modules and resolve with all their requirements).
   */
  private static Map<String, Set<String>> packageGraph(List<Path> roots) throws IOException {
    List<String> args = new ArrayList<>(List.of("-verbose:package", "-filter:none"));
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
            .map(Path::toString).sorted().forEach(args::add);
      }
    }
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
    assertEquals(0, code, "jdeps failed: " + err);
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      String[] words = line.trim().split("\\s+");
      if (words.length >= 3 && words[1].equals("->") && words[0].startsWith("fi.hanke.")
          && words[2].startsWith("fi.hanke.") && !words[0].equals(words[2])) {
        graph.computeIfAbsent(words[0], k -> new TreeSet<>()).add(words[2]);
      }
    }
    return graph;
  }

  /** The strongly connected components of more than one package (Tarjan), each sorted, in order. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> found = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, found);
      }
    }
    found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return found;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        component.sort(null);
        found.add(component);
      }
    }
  }

  @Test
  void thePackagesOfCoreAndValidationDependOnEachOtherWithoutACycle() throws Exception {
    Map<String, Set<String>> graph = packageGraph(List.of(classesOf(Eur.class), classesOf(RuleCatalogue.class)));
    // the graph is read: the families use the engine, the engine its internals, everything the money
    assertTrue(graph.getOrDefault("fi.hanke.validation.cost", Set.of()).contains("fi.hanke.validation"),
        graph.toString());
    assertTrue(graph.getOrDefault("fi.hanke.validation", Set.of()).contains("fi.hanke.validation.internal"),
        graph.toString());
    assertTrue(graph.getOrDefault("fi.hanke.core.json", Set.of()).contains("fi.hanke.core.money"), graph.toString());
    assertEquals(List.of(), cycles(graph), () -> "package cycles in " + graph.entrySet().stream()
        .map(e -> e.getKey() + " -> " + e.getValue()).collect(Collectors.joining("\n")));
  }

  @Test
  void aCycleThroughThreePackagesIsFoundAndADependencyChainIsNot() {
    Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
        "d", Set.of("a"), "e", Set.of("f")));
    assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of("c"))));
  }
}
