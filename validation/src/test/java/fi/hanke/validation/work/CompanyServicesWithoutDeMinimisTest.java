package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CompanyServicesWithoutDeMinimisTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The project with its first work package changed, its fees booked as 1 000 € income. */
  private static Project firstPackage(Project p, UnaryOperator<WorkPackage> change) {
    List<WorkPackage> packages = new ArrayList<>(p.workPackages());
    packages.set(0, change.apply(packages.get(0)));
    return Mutations.withCostLine(p.withWorkPackages(packages), CostCategory.INCOME, Eur.of(1_000));
  }

  private static WorkPackage withFee(WorkPackage w) {
    return w.withParticipationFees(ParticipationFee.builder().addTier(FeeTier.builder().amount(Eur.of(250)).build()).build());
  }

  private static WorkPackage selecting(WorkPackage w, int companies) {
    List<Target> targets = new ArrayList<>(w.targets());
    targets.add(Target.builder().description("johon otetaan yhteensä max. " + companies + " yritystä")
        .bound(TargetBound.AT_MOST).quantity(companies).unit("yritystä").build());
    return w.withTargets(targets);
  }

  @Test
  void feesChargedToCompaniesInAProjectWithoutDeMinimisAreAWarning() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project broken = firstPackage(p, CompanyServicesWithoutDeMinimisTest::withFee).withDeMinimisServices(false);
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), CompanyServicesWithoutDeMinimis.ID,
          Severity.WARNING).get(0);
      assertEquals("deMinimisServices", v.path().toString());
      assertEquals(List.of(p.workPackages().get(0).code()), v.argument("workPackages"));
    });
  }

  @Test
  void aCappedSelectionOfCompaniesInAProjectWithoutDeMinimisIsAWarning() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 50)).checkAssert((p, n) -> {
      Project broken = firstPackage(p, w -> selecting(w, n)).withDeMinimisServices(false);
      RuleAssertions.onlyRule(validator.validate(broken), CompanyServicesWithoutDeMinimis.ID, Severity.WARNING);
    });
  }

  @Test
  void withoutTheStatementOrWithDeMinimisServicesNothingIsSaid() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      Project charging = firstPackage(p, w -> selecting(withFee(w), 10));
      assertEquals(List.of(), validator.validate(charging.withDeMinimisServices(Optional.empty()))
          .forRule(CompanyServicesWithoutDeMinimis.ID));
      assertEquals(List.of(), validator.validate(charging.withDeMinimisServices(true))
          .forRule(CompanyServicesWithoutDeMinimis.ID));
    });
  }

  @Test
  void theFinnishMessageNamesTheStateAidQuestion() {
    qt().withExamples(1).forAll(ValidProjects.projects()).checkAssert(p -> {
      Violation v = validator.validate(firstPackage(p, CompanyServicesWithoutDeMinimisTest::withFee).withDeMinimisServices(false))
          .forRule(CompanyServicesWithoutDeMinimis.ID).get(0);
      assertEquals(true, v.message(new Locale("fi")).contains("valtiontukea"), v.message(new Locale("fi")));
    });
  }
}
