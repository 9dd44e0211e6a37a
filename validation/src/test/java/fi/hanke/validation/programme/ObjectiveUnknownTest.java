package fi.hanke.validation.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveUnknownTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aSpecificObjectiveTheProgrammeDoesNotHaveIsReported() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project broken = p.withPlacement(p.placement().withSpecificObjective("9.9"));

      List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), ObjectiveUnknown.ID, Severity.ERROR);

      assertEquals(1, found.size(), found::toString);
      assertEquals(Path.parse("placement.specificObjective"), found.get(0).path());
      assertEquals("9.9", found.get(0).argument("objective"));
    });
  }

  @Test
  void aCodeWrittenWithATrailingDotIsKnown() {
    Project p = Project.builder()
        .placement(ProgrammePlacement.builder().priority(4).specificObjective("4.2.").build())
        .build();

    RuleAssertions.clean(validator.validate(p));
  }
}
