package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class FlatRateConditionsMetTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** Direct costs of staff plus other costs rounded up to a multiple of 100 €, with an exact 7 % line. */
  private static Project sevenPercent(Project p, long purchased, long travel) {
    long staff = Eur.decimal(p.costEstimate().orElseThrow().applied(CostCategory.STAFF)).longValueExact();
    long other = (100 - (staff + purchased + travel) % 100) % 100;
    Project q = Mutations.withCostLine(p, CostCategory.PURCHASED_SERVICES, Eur.of(purchased));
    q = Mutations.withCostLine(q, CostCategory.TRAVEL, Eur.of(travel));
    q = Mutations.withCostLine(q, CostCategory.OTHER, Eur.of(other));
    return Mutations.withCostLine(q, CostCategory.FLAT_RATE, Eur.of((staff + purchased + travel + other) * 7 / 100));
  }

  @Test
  void sevenPercentWithoutEnoughPurchasedServicesOrTravelIsAnErrorWithTheShares() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7))
        .checkAssert(p -> {
          FastMoney staff = p.costEstimate().orElseThrow().applied(CostCategory.STAFF);
          long s = Eur.decimal(staff).longValueExact();
          // just below both thresholds: 30 % − 1 € and 20 % − 1 €
          Project broken = sevenPercent(p, s * 3 / 10 - 1, s / 5 - 1);
          Violation v = RuleAssertions.onlyRule(validator.validate(broken), FlatRateConditionsMet.ID, Severity.ERROR).get(0);
          assertEquals("costModel.option", v.path().toString());
          assertEquals(staff, v.argument("staff"));
          assertEquals(Percentage.of(30), v.argument("requiredPurchasedShare"));
          assertEquals(Percentage.of(20), v.argument("requiredTravelShare"));
        });
  }

  @Test
  void purchasedServicesOfExactlyThirtyPercentOfStaffCostsQualify() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7))
        .checkAssert(p -> {
          long s = Eur.decimal(p.costEstimate().orElseThrow().applied(CostCategory.STAFF)).longValueExact();
          Project edge = Mutations.withCostLine(p, CostCategory.STAFF, Eur.of(s - s % 10));
          long staff = s - s % 10;
          RuleAssertions.clean(validator.validate(sevenPercent(edge, staff * 3 / 10, 0)));
        });
  }

  @Test
  void travelOfTwentyPercentOfStaffCostsQualifiesAlone() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7))
        .checkAssert(p -> {
          long s = Eur.decimal(p.costEstimate().orElseThrow().applied(CostCategory.STAFF)).longValueExact();
          RuleAssertions.clean(validator.validate(sevenPercent(p, 0, (s + 4) / 5)));
        });
  }

  @Test
  void aPlanWithoutStaffCostsQualifiesOnThatGround() {
    qt().forAll(ValidProjects.projects(CostOption.FLAT_RATE_7))
        .checkAssert(p -> {
          Project noStaff = Mutations.withCostLine(p, CostCategory.STAFF, Eur.zero());
          RuleAssertions.clean(validator.validate(sevenPercent(noStaff, 0, 0)));
        });
  }
}
