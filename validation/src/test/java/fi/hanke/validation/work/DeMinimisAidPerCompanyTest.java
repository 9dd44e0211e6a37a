package fi.hanke.validation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects.Feature;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeMinimisAidPerCompanyTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void aStatedAidOneEuroAboveMarketValueLessContributionIsReported() {
    qt().withExamples(100).forAll(ValidProjects.projects(Feature.DE_MINIMIS), integers().allPositive(), integers().allPositive())
        .checkAssert((p, n, m) -> {
          List<Spots.MeasureSpot> spots = Spots.measures(p);
          Spots.MeasureSpot spot = spots.get(n % spots.size());
          DeMinimisMeasure measure = spot.in(p);
          int i = m % measure.statedAid().size();
          SizeClassAmount entry = measure.statedAid().get(i);
          SizeClassAmount raised = entry.withAmount(entry.amount().add(Eur.of(1)));
          Project broken = spot.replace(p, measure.withStatedAid(Spots.with(measure.statedAid(), i, raised)));
          List<Violation> found = RuleAssertions.onlyRule(validator.validate(broken), DeMinimisAidPerCompany.ID,
              Severity.ERROR);
          assertEquals(1, found.size(), found::toString);
          Violation v = found.get(0);
          CompanySize size = entry.size().orElseThrow();
          assertEquals(Path.parse(spot.path(p) + ".statedAid[" + i + "]"), v.path());
          assertEquals(measure.name(), v.argument("measure"));
          assertEquals(size.displayName(new Locale("fi")), v.argument("size"));
          assertEquals(measure.marketValue(), v.argument("marketValue"));
          assertEquals(measure.contributionFor(size), v.argument("contribution"));
          assertEquals(measure.aidFor(size), v.argument("expected"));
          assertEquals(raised.amount(), v.argument("stated"));
        });
  }

  @Test
  void theSeedMeasuresAreNoError() {
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      Project seed = withMeasures(p, path(3_600, 3_300, 3_000), analysis(1_000));
      assertTrue(validator.validate(seed).forRule(DeMinimisAidPerCompany.ID).isEmpty());
    });
  }

  @Test
  void anAidForAllSizesIsTheMarketValueLessTheContributionForAllSizes() {
    DeMinimisMeasure measure = DeMinimisMeasure.builder().name("Työpaja").marketValue(Eur.of(800))
        .addContribution(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(100)).build())
        .addContribution(SizeClassAmount.builder().amount(Eur.of(200)).build())
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(700)).build())
        .build();
    qt().withExamples(10).forAll(ValidProjects.projects()).checkAssert(p -> {
      List<Violation> found = validator.validate(withMeasures(p, measure)).forRule(DeMinimisAidPerCompany.ID);
      assertEquals(1, found.size(), found::toString);
      Violation v = found.get(0);
      assertEquals(Path.parse("workPackages[TP2].deMinimisMeasures[0].statedAid[0]"), v.path());
      assertEquals("kaikki", v.argument("size"));
      assertEquals(Eur.of(200), v.argument("contribution"));
      assertEquals(Eur.of(600), v.argument("expected"));
      assertEquals(Eur.of(700), v.argument("stated"));
      assertEquals("De minimis -toimenpiteen Työpaja tuki yritystä kohden (kaikki) on 700,00 €, ei markkinahinta "
          + "800,00 € − omarahoitusosuus 200,00 € = 600,00 €.", v.message(new Locale("fi")).replace('\u00a0', ' '));
    });
  }

  @Test
  void aContributionAboveTheMarketValueIsLeftToTheContributionRule() {
    DeMinimisMeasure measure = path(3_600, 3_300, 3_000)
        .withContributions(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(4_000)).build());
    qt().withExamples(10).forAll(ValidProjects.projects()).checkAssert(p -> {
      List<Violation> found = validator.validate(withMeasures(p, measure)).forRule(DeMinimisAidPerCompany.ID);
      // SMALL and MEDIUM now pay nothing, so their stated aid is wrong; MICRO's is not judged
      assertEquals(List.of("pieni yritys", "keskisuuri yritys"), found.stream().map(v -> v.argument("size")).toList());
    });
  }

  /** Seed 003: the training path, 3 900 € of which a micro company pays 300 €, small 600 €, medium 900 €. */
  static DeMinimisMeasure path(long micro, long small, long medium) {
    return DeMinimisMeasure.builder().name("Asiakasarvon kehittämisen polku -valmennus").marketValue(Eur.of(3_900))
        .addContribution(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(300)).build())
        .addContribution(SizeClassAmount.builder().size(CompanySize.SMALL).amount(Eur.of(600)).build())
        .addContribution(SizeClassAmount.builder().size(CompanySize.MEDIUM).amount(Eur.of(900)).build())
        .addStatedAid(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(micro)).build())
        .addStatedAid(SizeClassAmount.builder().size(CompanySize.SMALL).amount(Eur.of(small)).build())
        .addStatedAid(SizeClassAmount.builder().size(CompanySize.MEDIUM).amount(Eur.of(medium)).build())
        .build();
  }

  /** Seed 003: the customer-value analysis, worth 1 000 € and free. */
  static DeMinimisMeasure analysis(long aid) {
    return DeMinimisMeasure.builder().name("Asiakasarvoanalyysi").marketValue(Eur.of(1_000))
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(aid)).build())
        .build();
  }

  /** The project with its work packages replaced by one, TP2, that has the measures. */
  static Project withMeasures(Project p, DeMinimisMeasure... measures) {
    WorkPackage first = p.workPackages().get(0);
    return p.withWorkPackages(first.withCode("TP2").withDeMinimisMeasures(measures));
  }
}
