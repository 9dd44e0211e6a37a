package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.Mutations;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LinesSumTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void anExtraExternalLineThatTheStatedTotalDoesNotCoverIsAnErrorWithTheDifference() {
    qt().forAll(ValidProjects.projects(), integers().between(101, 10_000_000)).checkAssert((p, cents) -> {
      Project broken = Mutations.addToFundingLine(p, FundingSource.EXTERNAL_PRIVATE, Eur.ofCents(cents));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), LinesSum.ID, Severity.ERROR).get(0);
      assertEquals("fundingPlan.statedTotalApplied", v.path().toString());
      assertEquals(p.fundingPlan().orElseThrow().statedTotalApplied().orElseThrow(), v.argument("stated"));
      assertEquals(0, BigDecimal.valueOf(cents, 2).compareTo((BigDecimal) v.argument("difference")));
    });
  }

  @Test
  void linesWithinTheToleranceOfTheStatedTotalAreOnlyNoted() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 100)).checkAssert((p, cents) ->
        RuleAssertions.onlyRule(validator.validate(
            Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, Eur.ofCents(cents))), LinesSum.ID, Severity.INFO));
  }
}
