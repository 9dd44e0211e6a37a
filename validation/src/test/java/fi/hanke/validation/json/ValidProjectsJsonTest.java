package fi.hanke.validation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.json.HankeJsonException;
import fi.hanke.core.json.testing.SchemaValidation;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Validator;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The valid projects and group projects of the validation fixtures, as JSON: they validate against the committed
 * JSON Schema, come back equal, and still raise no finding after the round trip.
 */
class ValidProjectsJsonTest {
  private static final HankeJson JSON = HankeJson.standard();
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void everyGeneratedValidProjectsJsonValidatesAgainstTheSchema() {
    qt().withExamples(100).forAll(ValidProjects.projects()).checkAssert(project ->
        assertEquals("", SchemaValidation.errors(JSON.write(project))));
  }

  @Test
  void everyGeneratedValidGroupProjectsJsonValidatesAgainstTheSchema() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(group ->
        assertEquals("", SchemaValidation.errors(JSON.write(group))));
  }

  @Test
  void aPartialGroupWithHedgedAmountsAndUnknownRolesValidatesAgainstTheSchemaAndReadsBackEqual() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(group -> {
      Project plan = group.plan();
      GroupProject partial = group.withMemberCoverage(fi.hanke.core.Coverage.PARTIAL)
          .withMembers(group.members().stream().map(m -> m.withRole(fi.hanke.core.project.MemberRole.UNKNOWN)
              .withRoleLabel("osahakija")).toList())
          .withPlan(plan.withCostEstimate(plan.costEstimate().map(e -> e.withCoverage(fi.hanke.core.Coverage.PARTIAL)
                  .withStatedNetAppliedHedge(fi.hanke.core.money.Hedge.ABOUT)))
              .withFundingPlan(plan.fundingPlan().map(f -> f.withCoverage(fi.hanke.core.Coverage.PARTIAL)
                  .withStatedTotalAppliedHedge(fi.hanke.core.money.Hedge.AT_MOST)
                  .withLines(f.lines().stream().map(l -> l.withAppliedHedge(fi.hanke.core.money.Hedge.AT_MOST))
                      .toList()))));
      String json = JSON.write(partial);
      assertEquals("", SchemaValidation.errors(json));
      assertEquals(partial, JSON.readGroupProject(json));
    });
  }

  @Test
  void aValidProjectReadBackFromJsonIsEqualAndStillRaisesNoFinding() {
    qt().withExamples(100).forAll(ValidProjects.projects()).checkAssert(project -> {
      assertEquals(project, JSON.readProject(JSON.write(project)));
      RuleAssertions.clean(validator.validate(JSON.readProject(JSON.writeLine(HankeDocument.of(project)))));
    });
  }

  @Test
  void aValidGroupProjectReadBackFromJsonIsEqualAndStillRaisesNoFinding() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(group -> {
      assertEquals(group, JSON.readGroupProject(JSON.write(group)));
      RuleAssertions.clean(validator.validate(JSON.readGroupProject(JSON.write(group))));
    });
  }

  @Test
  void theSchemaRejectsAValidProjectWithAMutationTheReaderRejects() {
    qt().withExamples(30).forAll(ValidProjects.projects()).checkAssert(project -> {
      String json = JSON.write(project);
      String[] mutated = {
          json.replaceFirst("\"applied\": \"([0-9]+)\\.00\"", "\"applied\": \"$1.001\""),
          json.replaceFirst("\"applied\": \"([0-9]+)\\.00\"", "\"applied\": $1"),
          json.replaceFirst("\"kind\": \"ASSOCIATION\"", "\"kind\": \"ASSOCIATION\", \"kindd\": 1"),
          json.replaceFirst("\"businessId\": \"([0-9]{7})-", "\"businessId\": \"$1"),
          json.replaceFirst("\"category\": \"STAFF\",", ""),
      };
      for (String m : mutated) {
        assertFalse(m.equals(json), "the mutation applies");
        assertFalse(SchemaValidation.errors(m).isEmpty(), "the schema accepts\n" + m);
        try {
          JSON.read(m);
          throw new AssertionError("the reader accepts\n" + m);
        } catch (HankeJsonException expected) {
          assertFalse(expected.problems().isEmpty());
        }
      }
    });
  }

  @Test
  void aValidProjectsValidationReportIsTheSameAfterTheRoundTrip() {
    qt().withExamples(30).forAll(ValidProjects.projects()).checkAssert(project -> {
      var broken = project.withEnd(project.start().orElseThrow().minusDays(1));
      assertEquals(validator.validate(broken).toText(Locale.ENGLISH),
          validator.validate(JSON.readProject(JSON.write(broken))).toText(Locale.ENGLISH));
    });
  }
}
