package fi.hanke.validation.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.FlatRateBase;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.Locale;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class FlatRateLineTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aFlatRateLineShiftedBeyondTheToleranceIsAnErrorNamingTheExactExpectedAmount() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 5_000_000)).checkAssert((p, cents) -> {
      FastMoney right = p.costEstimate().orElseThrow().applied(CostCategory.FLAT_RATE);
      Project broken = Mutations.withCostLine(p, CostCategory.FLAT_RATE, right.add(Eur.ofCents(cents)));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), FlatRateLine.ID, Severity.ERROR).get(0);
      assertEquals("costEstimate.FLAT_RATE", v.path().toString());
      assertEquals(0, Eur.decimal(right).compareTo((BigDecimal) v.argument("expected")));
      assertEquals(0, BigDecimal.valueOf(cents, 2).compareTo((BigDecimal) v.argument("difference")));
    });
  }

  @Test
  void aFlatRateLineWithinTheToleranceIsOnlyNoted() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 100)).checkAssert((p, cents) -> {
      FastMoney right = p.costEstimate().orElseThrow().applied(CostCategory.FLAT_RATE);
      Project rounded = Mutations.withCostLine(p, CostCategory.FLAT_RATE, right.subtract(Eur.ofCents(cents)));
      RuleAssertions.onlyRule(validator.validate(rounded), FlatRateLine.ID, Severity.INFO);
    });
  }

  @Test
  void sevenPercentOfDirectCostsIsReportedInTheFinanceOfficersWords() {
    Project p = ValidProjects.sevenPercentExample();
    Project broken = Mutations.withCostLine(p, CostCategory.FLAT_RATE, Eur.of(273_907));
    Validator withoutConditions = Validator.builder().profile(ValidProjects.profile())
        .disable(FlatRateConditionsMet.ID).build();
    Violation v = RuleAssertions.onlyRule(withoutConditions.validate(broken), FlatRateLine.ID, Severity.ERROR).get(0);
    assertEquals(FlatRateBase.DIRECT_COSTS, v.argument("base"));
    assertEquals("Flat rate -osuus 273\u00a0907,00\u00a0€ ei vastaa 7\u00a0%:a välittömistä kustannuksista "
        + "(1\u00a0114\u00a0954,00\u00a0€): odotettu 78\u00a0046,78\u00a0€, ero 195\u00a0860,22\u00a0€.", v.message(new Locale("fi")));
  }
}
