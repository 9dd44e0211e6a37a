package fi.hanke.validation.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects.Feature;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalSplitAddsUpTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  private static Project shiftFirstRegion(Project p, long cents) {
    FundingPlan plan = p.fundingPlan().orElseThrow();
    List<RegionalAidShare> split = new ArrayList<>(plan.regionalSplit());
    split.set(0, split.get(0).withAmount(split.get(0).amount().add(Eur.ofCents(cents))));
    return p.withFundingPlan(plan.withRegionalSplit(split));
  }

  @Test
  void aRegionalSplitThatDoesNotAddUpToTheAidIsAnError() {
    qt().forAll(ValidProjects.projects(Feature.REGIONAL_SPLIT), integers().between(101, 1_000_000))
        .checkAssert((p, cents) -> {
          Violation v = RuleAssertions.onlyRule(validator.validate(shiftFirstRegion(p, cents)),
              RegionalSplitAddsUp.ID, Severity.ERROR).get(0);
          assertEquals("fundingPlan.regionalSplit", v.path().toString());
          assertEquals(p.fundingPlan().orElseThrow().aidApplied(), v.argument("aid"));
        });
  }

  @Test
  void aSplitOffByAFewCentsIsOnlyNoted() {
    qt().forAll(ValidProjects.projects(Feature.REGIONAL_SPLIT), integers().between(1, 100))
        .checkAssert((p, cents) -> RuleAssertions.onlyRule(validator.validate(shiftFirstRegion(p, -cents)),
            RegionalSplitAddsUp.ID, Severity.INFO));
  }
}
