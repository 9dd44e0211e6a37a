package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToleranceTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** Shifts the flat-rate line alone (applied and approved alike), leaving the stated net as it was. */
  private static Project shiftFlatRate(Project p, int cents) {
    CostEstimate e = p.costEstimate().orElseThrow();
    List<CostLine> lines = new ArrayList<>();
    for (CostLine l : e.lines()) {
      lines.add(l.category() == CostCategory.FLAT_RATE
          ? l.withApplied(l.applied().add(Eur.ofCents(cents))).withApproved(l.approved().map(a -> a.add(Eur.ofCents(cents))))
          : l);
    }
    return p.withCostEstimate(e.withLines(lines));
  }

  @Test
  void differencesInsideTheToleranceNeverProduceMoreThanInfo() {
    qt().forAll(ValidProjects.projects(), integers().between(-100, 100), integers().between(-100, 100))
        .checkAssert((p, flat, funding) -> {
          Project rounded = Mutations.addToFundingLine(shiftFlatRate(p, flat), FundingSource.OWN_MUNICIPAL, Eur.ofCents(funding));
          ValidationReport report = validator.validate(rounded);
          assertTrue(report.violations().stream().allMatch(v -> v.severity() == Severity.INFO), () -> report.toString());
          assertTrue(report.isApprovable());
        });
  }

  @Test
  void aLargerToleranceTurnsTheSameDifferenceIntoANote() {
    Validator generous = Validator.builder().profile(ValidProjects.profile()).tolerance(Eur.of(10)).build();
    qt().forAll(ValidProjects.projects(), integers().between(101, 1000)).checkAssert((p, cents) -> {
      Project off = shiftFlatRate(p, cents);
      assertTrue(!validator.validate(off).isApprovable());
      assertTrue(generous.validate(off).isApprovable());
    });
  }
}
