package fi.hanke.validation.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.money.Eur;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureAidTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void statedAidOtherThanMarketValueMinusContributionIsAnError() {
    qt().forAll(ValidProjects.projects(), AidFixtures.sizes(), integers().between(1, 3_000)).checkAssert((p, size, off) -> {
      DeMinimisMeasure path = AidFixtures.path();
      DeMinimisMeasure wrong = path.withStatedAid(SizeClassAmount.builder().size(size).amount(path.aidFor(size).add(Eur.of(off))).build());
      Violation v = RuleAssertions.onlyRule(validator.validate(AidFixtures.with(p, List.of(wrong), List.of())), MeasureAid.ID, Severity.ERROR).get(0);
      assertEquals(path.aidFor(size), v.argument("expected"));
      assertEquals("workPackages[TP0].deMinimisMeasures[" + p.workPackages().get(0).deMinimisMeasures().size() + "].statedAid[0]", v.path().toString());
    });
  }

  @Test
  void seedThreesStatedAidIsConsistent() {
    qt().forAll(ValidProjects.projects()).checkAssert(p -> {
      DeMinimisMeasure path = AidFixtures.path();
      DeMinimisMeasure stated = path.withStatedAid(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(3_600)).build(),
          SizeClassAmount.builder().size(CompanySize.MEDIUM).amount(Eur.of(3_000)).build());
      RuleAssertions.clean(validator.validate(AidFixtures.with(p, List.of(AidFixtures.analysis(), stated), List.of())));
    });
  }
}
