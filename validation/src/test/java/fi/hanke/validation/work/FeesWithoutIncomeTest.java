package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeesWithoutIncomeTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project with a 250 € fee in its first work package (and no de minimis measure there) and the given income. */
  private static Project charging(Project p, long income) {
    List<WorkPackage> packages = new ArrayList<>(p.workPackages());
    packages.set(0, packages.get(0).withDeMinimisMeasures().withDeMinimisParticipants()
        .withParticipationFees(ParticipationFee.builder().addTier(FeeTier.builder().amount(Eur.of(250)).build()).build()));
    return Mutations.withCostLine(p.withWorkPackages(packages), CostCategory.INCOME, Eur.of(income));
  }

  @Test
  void feesWithNoIncomeAreAWarning() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Violation v = RuleAssertions.onlyRule(validator.validate(charging(p, 0)), FeesWithoutIncome.ID, Severity.WARNING)
          .get(0);
      assertEquals("costEstimate.INCOME", v.path().toString());
      assertEquals(List.of(p.workPackages().get(0).code()), v.argument("workPackages"));
    });
  }

  @Test
  void feesWithIncomeAreClean() {
    qt().forAll(ValidProjects.projects(), longs().between(1, 5_000)).checkAssert((p, income) ->
        RuleAssertions.clean(validator.validate(charging(p, income))));
  }

  @Test
  void feesThatADeMinimisMeasureTakesAsOwnContributionsAreLeftOut() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project q = charging(p, 0);
      List<WorkPackage> packages = new ArrayList<>(q.workPackages());
      packages.set(0, packages.get(0).withDeMinimisMeasures(fi.hanke.core.work.DeMinimisMeasure.builder()
          .name("Valmennuspolku").marketValue(Eur.of(2_400))
          .addContribution(fi.hanke.core.work.SizeClassAmount.builder().amount(Eur.of(250)).build()).build()));
      assertEquals(List.of(), validator.validate(q.withWorkPackages(packages)).forRule(FeesWithoutIncome.ID));
    });
  }
}
