package fi.hanke.validation.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegulationInForceTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  @Test
  void generalAidUnder2023_2831BeforeItsEntryIntoForceIsAnError() {
    qt().forAll(ValidProjects.projects(), AidFixtures.ids(), AidFixtures.sizes(), AidFixtures.before2024()).checkAssert((p, id, size, d) -> {
      DeMinimisMeasure m = AidFixtures.analysis();
      Violation v = RuleAssertions.onlyRule(validator.validate(AidFixtures.with(p, List.of(m), List.of(AidFixtures.participant(id, size, m, d)))),
          RegulationInForce.ID, Severity.ERROR).get(0);
      assertEquals(d, v.argument("date"));
    });
  }

  @Test
  void generalAidUnder1407_2013AfterItsSixMonthTailIsAnErrorAndTheHeadroomRuleStaysQuiet() {
    Validator withRegister = Validator.builder().profile(ValidProjects.profile())
        .deMinimisRegister(fi.hanke.core.aid.DeMinimisLedger.of(List.of())).build();
    qt().forAll(ValidProjects.projects(), AidFixtures.ids(), AidFixtures.sizes(), AidFixtures.after1407Tail()).checkAssert((p, id, size, d) -> {
      DeMinimisMeasure m = AidFixtures.analysis().withRegulation(DeMinimisRegulation.GENERAL_1407_2013);
      Violation v = RuleAssertions.onlyRule(withRegister.validate(AidFixtures.with(p, List.of(m), List.of(AidFixtures.participant(id, size, m, d)))),
          RegulationInForce.ID, Severity.ERROR).get(0);
      assertEquals("(EU) N:o 1407/2013", v.argument("regulation"));
    });
  }

  @Test
  void theFinnishMessageNamesTheRegulationAndTheDate() {
    DeMinimisMeasure m = AidFixtures.analysis();
    qt().withExamples(1).forAll(ValidProjects.projects(), AidFixtures.ids()).checkAssert((p, id) -> {
      Violation v = validator.validate(AidFixtures.with(p, List.of(m),
          List.of(AidFixtures.participant(id, fi.hanke.core.aid.CompanySize.MICRO, m, LocalDate.of(2023, 12, 31))))).forRule(RegulationInForce.ID).get(0);
      assertEquals("Yritykselle " + id + " toimenpiteessä Asiakasarvoanalyysi myönnettävä tuki perustuu asetukseen (EU) 2023/2831, "
          + "joka ei ole voimassa 31.12.2023.", v.message(new Locale("fi")));
    });
  }
}
