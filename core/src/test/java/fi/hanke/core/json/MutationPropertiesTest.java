package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonToken;
import fi.hanke.core.json.JsonNodes.Node;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Mutated documents: a field deleted, a value of another JSON type, a number widened, an unknown field inserted.
 * The reader throws nothing but {@link HankeJsonException}, and a problem names the path mutated.
 */
class MutationPropertiesTest {
  private static final HankeJson JSON = HankeJson.standard();

  /** The fields whose values are amounts, and the map whose values are. */
  private static final Set<String> AMOUNTS = Set.of("applied", "approved", "statedNetApplied", "statedNetApproved",
      "statedTotalApplied", "statedTotalApproved", "amount", "turnoverAbove", "marketValue");

  /** Reads a mutated text; fails the test on any throwable but the reader's own. */
  private static List<JsonProblem> problems(String json) {
    try {
      JSON.read(json);
      return List.of();
    } catch (HankeJsonException e) {
      return e.problems();
    } catch (Throwable t) {
      throw new AssertionError("the reader threw " + t + " for\n" + json, t);
    }
  }

  private static Node pick(List<Node> nodes, Predicate<Node> which, int seed) {
    List<Node> candidates = nodes.stream().filter(which).collect(Collectors.toList());
    return candidates.isEmpty() ? null : candidates.get(seed % candidates.size());
  }

  private static void assertNamed(List<JsonProblem> problems, String path, String json) {
    assertTrue(problems.stream().anyMatch(p -> p.path().equals(path)),
        "no problem at " + path + " but " + problems + " in\n" + json);
  }

  @Test
  void aDeletedFieldIsEitherOptionalOrAMissingFieldAtItsPath() {
    qt().withExamples(300).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      String json = JSON.write(d);
      Node node = pick(JsonNodes.of(json), n -> n.nameStart >= 0, seed);
      String mutated = json.substring(0, cutStart(json, node)) + json.substring(cutEnd(json, node));
      List<JsonProblem> problems = problems(mutated);
      if (node.path.equals("$.format") || node.path.equals("$.kind")) {
        assertEquals(1, problems.size(), "format and kind are required: " + problems);
      }
      if (!problems.isEmpty()) {
        assertEquals(1, problems.size(), problems.toString());
        JsonProblem problem = problems.get(0);
        assertEquals(node.path, problem.path(), mutated);
        assertEquals(node.path.equals("$.format") ? JsonProblem.Kind.UNSUPPORTED_FORMAT
            : JsonProblem.Kind.MISSING_FIELD, problem.kind(), problem.toString());
      }
    });
  }

  /** From the comma before the field, or from its name when it is the first. */
  private static int cutStart(String json, Node node) {
    int i = node.nameStart - 1;
    while (Character.isWhitespace(json.charAt(i))) {
      i--;
    }
    return json.charAt(i) == ',' ? i : node.nameStart;
  }

  /** To the end of the value, or past the comma after it when the field is the first. */
  private static int cutEnd(String json, Node node) {
    if (cutStart(json, node) != node.nameStart) {
      return node.end;
    }
    int i = node.end;
    while (Character.isWhitespace(json.charAt(i))) {
      i++;
    }
    return json.charAt(i) == ',' ? i + 1 : node.end;
  }

  @Test
  void aValueOfAnotherJsonTypeIsAProblemAtItsPath() {
    qt().withExamples(300).forAll(ArbitraryModel.documents(), integers().allPositive(), integers().between(0, 1))
        .checkAssert((d, seed, useNull) -> {
          String json = JSON.write(d);
          Node node = pick(JsonNodes.of(json), n -> !n.path.equals("$"), seed);
          String replacement = useNull == 1 ? "null" : otherType(node.token);
          String mutated = json.substring(0, node.start) + replacement + json.substring(node.end);
          List<JsonProblem> problems = problems(mutated);
          assertNamed(problems, node.path, mutated);
          assertTrue(problems.stream().filter(p -> p.path().equals(node.path))
              .allMatch(p -> p.kind() == JsonProblem.Kind.WRONG_TYPE), problems.toString());
        });
  }

  private static String otherType(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return "42";
      case VALUE_NUMBER_INT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "\"42\"";
      case START_OBJECT:
        return "[]";
      default:
        return "{}";
    }
  }

  @Test
  void aWidenedNumberIsAProblemAtItsPathAndIsNeverComputed() {
    qt().withExamples(300).forAll(ArbitraryModel.documents(), integers().allPositive(), integers().between(0, 3))
        .checkAssert((d, seed, how) -> {
          String json = JSON.write(d);
          Node node = pick(JsonNodes.of(json), n -> n.token == JsonToken.VALUE_NUMBER_INT || isAmount(n), seed);
          if (node == null) {
            return;
          }
          String widened;
          JsonProblem.Kind expected;
          if (node.token == JsonToken.VALUE_STRING) {
            widened = how == 0 ? "\"" + node.text + "1\"" : "\"" + node.text.replace(".", "") + "e1000000000\"";
            expected = how == 0 ? JsonProblem.Kind.SUB_CENT_AMOUNT : JsonProblem.Kind.INVALID_VALUE;
          } else {
            widened = how == 0 ? node.text + ".5" : how == 1 ? "1e1000000000" : "12345678901234567890123456789012345678901";
            expected = how <= 1 ? JsonProblem.Kind.WRONG_TYPE : JsonProblem.Kind.LIMIT_EXCEEDED;
          }
          String mutated = json.substring(0, node.start) + widened + json.substring(node.end);
          List<JsonProblem> problems = problems(mutated);
          assertEquals(1, problems.size(), problems.toString());
          assertEquals(expected, problems.get(0).kind(), problems.toString());
          String path = problems.get(0).path();
          assertTrue(path.equals(node.path) || expected == JsonProblem.Kind.LIMIT_EXCEEDED && path.equals(node.parent),
              path + " for " + node);
        });
  }

  private static boolean isAmount(Node node) {
    return node.token == JsonToken.VALUE_STRING && node.field() != null
        && (AMOUNTS.contains(node.field()) || node.parent.endsWith(".appliedByYear"));
  }

  @Test
  void anUnknownFieldIsAProblemAtItsPath() {
    qt().withExamples(300).forAll(ArbitraryModel.documents(), integers().allPositive()).checkAssert((d, seed) -> {
      String json = JSON.write(d);
      Node node = pick(JsonNodes.of(json), n -> n.token == JsonToken.START_OBJECT && !n.path.endsWith(".appliedByYear"),
          seed);
      boolean empty = json.charAt(node.start + 1) == '}';
      String mutated = json.substring(0, node.start + 1) + "\"zzUnknown\": {\"deep\": [1, 2]}" + (empty ? "" : ",")
          + json.substring(node.start + 1);
      List<JsonProblem> problems = problems(mutated);
      assertEquals(1, problems.size(), problems.toString());
      assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, problems.get(0).kind());
      assertEquals(node.path + ".zzUnknown", problems.get(0).path());
      assertEquals("zzUnknown", problems.get(0).value().orElseThrow());
    });
  }
}
