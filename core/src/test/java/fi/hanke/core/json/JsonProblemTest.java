package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.JsonProblem.Kind;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonProblemTest {
  @Test
  void everyKindHasADistinctLabelInFinnishSwedishAndEnglish() {
    for (Locale locale : List.of(new Locale("fi"), new Locale("sv"), Locale.ENGLISH)) {
      Set<String> labels = new HashSet<>();
      for (Kind kind : Kind.values()) {
        assertTrue(labels.add(kind.displayName(locale)), kind + " in " + locale);
      }
    }
    assertEquals("Raja ylittyy", Kind.LIMIT_EXCEEDED.displayName(new Locale("fi")));
  }

  @Test
  void aLongValueIsCutToEightyCharactersEndingInAnEllipsis() {
    String value = "ä".repeat(200);
    JsonProblem problem = new JsonProblem(Kind.INVALID_VALUE, "$.name", 1, 2, value, Detail.valueBlank());
    String kept = problem.value().orElseThrow();
    assertEquals(80, kept.length());
    assertTrue(kept.endsWith("…"));
    assertEquals("x".repeat(80), new JsonProblem(Kind.INVALID_VALUE, "$", 1, 1, "x".repeat(80), Detail.valueBlank()).value().get());
  }

  @Test
  void aMessageStaysOnOneLineWhateverTheValue() {
    JsonProblem problem = new JsonProblem(Kind.INVALID_VALUE, "$.name", 1, 2, "a\nb\t\u0001", Detail.valueBlank());
    assertEquals("Invalid value at $.name (line 1, column 2), value \"a\\nb\\t\\u0001\": must not be blank", problem.toString());
    assertEquals("Virheellinen arvo kohdassa $.name (rivi 1, sarake 2), arvo \"a\\nb\\t\\u0001\": arvo ei saa olla tyhjä",
        problem.message(new Locale("fi")));
    assertEquals(Optional.of("a\nb\t\u0001"), problem.value());
  }

  @Test
  void aProblemWithoutValueLeavesTheValueOut() {
    JsonProblem problem = new JsonProblem(Kind.MISSING_FIELD, "$.plan", 1, 1, null, Detail.fieldMissing("plan", "GroupProject"));
    assertEquals("Obligatoriskt fält saknas vid $.plan (rad 1, kolumn 1): det obligatoriska fältet 'plan' i GroupProject saknas", problem.message(new Locale("sv")));
    assertEquals(problem, new JsonProblem(Kind.MISSING_FIELD, "$.plan", 1, 1, null, Detail.fieldMissing("plan", "GroupProject")));
    assertNotEquals(problem, new JsonProblem(Kind.MISSING_FIELD, "$.plan", 2, 1, null, Detail.fieldMissing("plan", "GroupProject")));
  }

  @Test
  void anExceptionNeedsAProblemAndKeepsThemAll() {
    assertThrows(IllegalArgumentException.class, () -> new HankeJsonException(List.of()));
    JsonProblem one = new JsonProblem(Kind.SYNTAX, "$", 1, 1, null, Detail.syntaxEmpty());
    assertEquals(List.of(one), new HankeJsonException(List.of(one)).problems());
  }

  @Test
  void aDocumentIsAProjectOrAGroupProjectWithTheNameOfItsPlan() {
    Project project = Project.builder().name("Hanke").build();
    GroupProject group = GroupProject.builder().plan(Project.builder().name("Ryhmähanke").build()).build();
    HankeDocument p = HankeDocument.of(project);
    HankeDocument g = HankeDocument.of(group);
    assertEquals(HankeDocument.Kind.PROJECT, p.kind());
    assertEquals(HankeDocument.Kind.GROUP_PROJECT, g.kind());
    assertEquals("groupProject", g.kind().jsonName());
    assertEquals("Hanke", p.name());
    assertEquals("Ryhmähanke", g.name());
    assertEquals("", HankeDocument.of(Project.builder().build()).name());
    assertEquals(Optional.of(project), p.project());
    assertFalse(p.groupProject().isPresent());
    assertEquals("p", p.map(x -> "p", x -> "g"));
    assertEquals("g", g.map(x -> "p", x -> "g"));
    assertEquals(p, HankeDocument.of(Project.builder().name("Hanke").build()));
    assertEquals(p.hashCode(), HankeDocument.of(Project.builder().name("Hanke").build()).hashCode());
    assertNotEquals(p, g);
    assertTrue(g.toString().startsWith("HankeDocument[groupProject: "));
    assertThrows(NullPointerException.class, () -> HankeDocument.of((Project) null));
  }
}
