package fi.hanke.validation.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownMeasureTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aParticipantOfAMeasureTheWorkPackageDoesNotHaveIsAnError() {
    qt().forAll(ValidProjects.projects(), AidFixtures.ids(), AidFixtures.sizes(), AidFixtures.inForce()).checkAssert((p, id, size, d) -> {
      DeMinimisParticipant stray = AidFixtures.participant(id, size, AidFixtures.analysis(), d).withMeasure("Ei tällaista");
      Violation v = RuleAssertions.onlyRule(validator.validate(AidFixtures.with(p, List.of(AidFixtures.path()), List.of(stray))),
          UnknownMeasure.ID, Severity.ERROR).get(0);
      assertEquals("workPackages[TP0].deMinimisParticipants[0]", v.path().toString());
      assertEquals("Ei tällaista", v.argument("measure"));
    });
  }
}
