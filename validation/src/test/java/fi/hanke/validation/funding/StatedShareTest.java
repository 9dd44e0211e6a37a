package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedShareTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static BigDecimal aidPercent(Project p) {
    FundingPlan plan = p.fundingPlan().orElseThrow();
    return Eur.decimal(plan.aidApplied()).multiply(BigDecimal.valueOf(100))
        .divide(Eur.decimal(plan.statedTotalApplied().orElseThrow()), 0, RoundingMode.HALF_UP);
  }

  private static Project withAidShare(Project p, BigDecimal percent) {
    FundingPlan plan = p.fundingPlan().orElseThrow();
    List<FundingLine> lines = new ArrayList<>();
    for (FundingLine l : plan.lines()) {
      lines.add(l.source() == FundingSource.EU_AND_STATE ? l.withStatedShare(Percentage.of(percent)) : l);
    }
    return p.withFundingPlan(plan.withLines(lines));
  }

  @Test
  void aPrintedShareThatIsNotTheLinesShareIsAWarning() {
    qt().forAll(ValidProjects.projects(), integers().between(1, 30)).checkAssert((p, off) -> {
      Project broken = withAidShare(p, aidPercent(p).add(BigDecimal.valueOf(off)));
      Violation v = RuleAssertions.onlyRule(validator.validate(broken), StatedShare.ID, Severity.WARNING).get(0);
      assertEquals("fundingPlan.EU_AND_STATE.statedShare", v.path().toString());
    });
  }

  @Test
  void aShareRoundedToAWholePercentIsRight() {
    qt().forAll(ValidProjects.projects()).checkAssert(p ->
        RuleAssertions.clean(validator.validate(withAidShare(p, aidPercent(p)))));
  }
}
