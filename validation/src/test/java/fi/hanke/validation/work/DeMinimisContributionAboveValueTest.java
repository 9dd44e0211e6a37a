package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects.Feature;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.javamoney.moneta.FastMoney;

class DeMinimisContributionAboveValueTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aContributionOneHundredEurosAboveTheMarketValueIsReportedAndNothingElse() {
    qt().withExamples(100).forAll(ValidProjects.projects(Feature.DE_MINIMIS), integers().allPositive(), integers().allPositive())
        .checkAssert((p, n, m) -> {
          List<Spots.MeasureSpot> spots = Spots.measures(p);
          Spots.MeasureSpot spot = spots.get(n % spots.size());
          DeMinimisMeasure measure = spot.in(p);
          int i = m % measure.contributions().size();
          SizeClassAmount entry = measure.contributions().get(i);
          FastMoney tooMuch = measure.marketValue().add(Eur.of(100));
          Project broken = spot.replace(p,
              measure.withContributions(Spots.with(measure.contributions(), i, entry.withAmount(tooMuch))));
          List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken),
              DeMinimisContributionAboveValue.ID, Severity.ERROR);
          assertEquals(1, found.size(), found::toString);
          Violation v = found.get(0);
          assertEquals(Path.parse(spot.path(p) + ".contributions[" + i + "]"), v.path());
          assertEquals(measure.name(), v.argument("measure"));
          assertEquals(entry.size().orElseThrow().displayName(new Locale("fi")), v.argument("size"));
          assertEquals(measure.marketValue(), v.argument("marketValue"));
          assertEquals(tooMuch, v.argument("contribution"));
        });
  }

  @Test
  void aContributionEqualToTheMarketValueWithNoAidIsNoError() {
    DeMinimisMeasure paidInFull = DeMinimisMeasure.builder().name("Maksullinen koulutus").marketValue(Eur.of(500))
        .addContribution(SizeClassAmount.builder().amount(Eur.of(500)).build())
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(0)).build())
        .build();
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      Project project = DeMinimisAidPerCompanyTest.withMeasures(p, paidInFull);
      assertTrue(validator.validate(project).forRule(DeMinimisContributionAboveValue.ID).isEmpty());
      assertTrue(validator.validate(project).forRule(DeMinimisAidPerCompany.ID).isEmpty());
    });
  }
}
