package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hanke.core.project.Project;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example of {@link HankeJson}'s class comment, kept compiling and true. */
class HankeJsonExampleTest {
  @Test
  void theClassCommentsExampleRunsAsItSays() {
    // --- as in the Javadoc of HankeJson
    HankeJson json = HankeJson.standard();
    Project project = Project.builder().name("Kokeiluhanke").start(LocalDate.of(2025, 1, 1)).build();
    String text = json.write(project);
    Project again = json.readProject(text);              // equal to project
    JsonProblem problem = null;
    try {
      json.read("{\"format\": \"hanke/1\", \"kind\": \"project\", \"nmae\": \"x\"}");
    } catch (HankeJsonException e) {
      problem = e.problems().get(0);                     // UNKNOWN_FIELD at $.nmae, line 1, column 42
    }
    // ---
    assertEquals(project, again);
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, problem.kind());
    assertEquals("$.nmae", problem.path());
    assertEquals(1, problem.line());
    assertEquals(42, problem.column());
  }
}
