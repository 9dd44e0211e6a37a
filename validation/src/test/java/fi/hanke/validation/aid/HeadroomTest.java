package fi.hanke.validation.aid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.validation.Severity;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.RuleAssertions;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeadroomTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static Validator with(DeMinimisLedger ledger) {
    return Validator.builder().profile(ValidProjects.profile()).deMinimisRegister(ledger).build();
  }

  private static DeMinimisAid prior(BusinessId id, long euros, LocalDate d) {
    return DeMinimisAid.builder().undertaking(id).regulation(DeMinimisRegulation.GENERAL_2023_2831)
        .grossAmount(Eur.of(euros)).grantedOn(d).build();
  }

  private static DeMinimisMeasure free(long euros) {
    return DeMinimisMeasure.builder().name("Analyysi").marketValue(Eur.of(euros))
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(euros)).build()).build();
  }

  private static org.quicktheories.core.Gen<int[]> pairs(int min0, int min1) {
    return integers().between(min0, 5_000).zip(integers().between(min1, 5_000), (a, b) -> new int[] {a, b});
  }

  @Test
  void aPlannedGrantBeyondTheHeadroomIsAnErrorNamingTheExcess() {
    qt().forAll(ValidProjects.projects(), AidFixtures.ids(), pairs(0, 1), AidFixtures.inForce())
        .checkAssert((p, id, pair, d) -> {
          int room = pair[0];
          int over = pair[1];
          DeMinimisLedger ledger = DeMinimisLedger.of(List.of(prior(id, 300_000 - room, d.minusDays(30))));
          DeMinimisMeasure m = free(room + over);
          Project broken = AidFixtures.with(p, List.of(m), List.of(AidFixtures.participant(id, CompanySize.SMALL, m, d)));
          Violation v = RuleAssertions.onlyRule(with(ledger).validate(broken), Headroom.ID, Severity.ERROR).get(0);
          assertEquals(Eur.of(over), v.argument("excess"));
          assertEquals(Eur.of(300_000 - room), v.argument("aidInWindow"));
          assertEquals(Eur.of(300_000), v.argument("ceiling"));
          assertEquals(id, v.argument("company"));
        });
  }

  @Test
  void aPlannedGrantWithinTheHeadroomIsFine() {
    qt().forAll(ValidProjects.projects(), AidFixtures.ids(), pairs(1, 0), AidFixtures.inForce())
        .checkAssert((p, id, pair, d) -> {
          int aid = pair[0];
          int spare = pair[1];
          DeMinimisLedger ledger = DeMinimisLedger.of(List.of(prior(id, 300_000 - aid - spare, d)));
          DeMinimisMeasure m = free(aid);
          RuleAssertions.clean(with(ledger).validate(AidFixtures.with(p, List.of(m), List.of(AidFixtures.participant(id, CompanySize.MICRO, m, d)))));
        });
  }

  @Test
  void withoutARegisterTheRuleIsQuiet() {
    qt().forAll(ValidProjects.projects(), AidFixtures.ids(), AidFixtures.inForce()).checkAssert((p, id, d) -> {
      DeMinimisMeasure m = free(400_000);
      RuleAssertions.clean(Validator.of(ValidProjects.profile())
          .validate(AidFixtures.with(p, List.of(m), List.of(AidFixtures.participant(id, CompanySize.MICRO, m, d)))));
    });
  }

  @Test
  void plannedContributionsAboveTheMarketValueNearTheLimitOfAnAmountNeitherThrowNorHideAnExcess() {
    // A company that pays more than the market value gets no aid: its negative "aid" fits every ceiling, and
    // adding it to the register would both lower the aid in the window of the later grants and, near the limit
    // of an amount, take the register's sums beyond it.
    qt().withExamples(20).forAll(ValidProjects.projects(), AidFixtures.ids(), AidFixtures.inForce())
        .checkAssert((p, id, d) -> {
          long sixTenths = Eur.cents(Eur.of(Eur.MAX)) / 10 * 6;
          DeMinimisMeasure paid = DeMinimisMeasure.builder().name("Maksettu").marketValue(Eur.zero())
              .addContributions(SizeClassAmount.builder().amount(Eur.ofCents(sixTenths)).build()).build();
          DeMinimisMeasure over = free(300_001);
          Project project = AidFixtures.with(p, List.of(paid, over), List.of(
              AidFixtures.participant(id, CompanySize.SMALL, paid, d), AidFixtures.participant(id, CompanySize.SMALL, paid, d),
              AidFixtures.participant(id, CompanySize.SMALL, over, d)));
          ValidationReport report = assertDoesNotThrow(() -> with(DeMinimisLedger.of(List.of())).validate(project));
          assertEquals(1, report.forRule(Headroom.ID).size(), report::toString);
          Violation v = report.forRule(Headroom.ID).get(0);
          assertEquals(Eur.of(1), v.argument("excess"));
          assertEquals(Eur.zero(), v.argument("aidInWindow"));
        });
  }

  /** Seed 003: micro company with 297 000 € of general de minimis in the window. */
  @Test
  void seedThreeMicroCompanyGetsTheAnalysisButTheTrainingPathExceedsBy1600() {
    BusinessId id = BusinessId.parse("2586349-4");
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(prior(id, 297_000, LocalDate.of(2024, 5, 1))));
    assertEquals(Eur.of(3_000), ledger.headroom(id, DeMinimisRegulation.GENERAL_2023_2831, DAY));
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      DeMinimisMeasure analysis = AidFixtures.analysis();
      DeMinimisMeasure path = AidFixtures.path();
      List<DeMinimisParticipant> micro = List.of(AidFixtures.participant(id, CompanySize.MICRO, analysis, DAY),
          AidFixtures.participant(id, CompanySize.MICRO, path, DAY));
      ValidationReport report = with(ledger).validate(AidFixtures.with(p, List.of(analysis, path), micro));
      Violation v = RuleAssertions.onlyRule(report, Headroom.ID, Severity.ERROR).get(0);
      assertEquals(1, report.violations().size());
      assertEquals("workPackages[TP0].deMinimisParticipants[1]", v.path().toString());
      assertEquals(Eur.of(2_000), v.argument("headroom"));
      assertEquals(Eur.of(1_600), v.argument("excess"));
      assertEquals("Yritys 2586349-4 ei voi saada toimenpiteen Asiakasarvon kehittämisen polku valmennus de minimis -tukea "
          + "3\u00a0600,00\u00a0€ 2.3.2026: asetuksen (EU) 2023/2831 enimmäismäärä on 300\u00a0000,00\u00a0€ ajalla 3.3.2023–2.3.2026, "
          + "jolla tukea on jo 298\u00a0000,00\u00a0€ (liikkumavara 2\u00a0000,00\u00a0€); ylitys 1\u00a0600,00\u00a0€.", v.message(new Locale("fi")));
    });
  }

  @Test
  void seedThreeMediumCompanyPathFitsExactlyWhenItComesFirst() {
    BusinessId id = BusinessId.parse("2586349-4");
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(prior(id, 297_000, LocalDate.of(2024, 5, 1))));
    qt().withExamples(20).forAll(ValidProjects.projects()).checkAssert(p -> {
      DeMinimisMeasure analysis = AidFixtures.analysis();
      DeMinimisMeasure path = AidFixtures.path();
      // the path first: 3 000 € fits exactly; then the analysis exceeds by 1 000 €
      List<DeMinimisParticipant> medium = List.of(AidFixtures.participant(id, CompanySize.MEDIUM, path, DAY),
          AidFixtures.participant(id, CompanySize.MEDIUM, analysis, DAY));
      Violation v = RuleAssertions.onlyRule(with(ledger).validate(AidFixtures.with(p, List.of(analysis, path), medium)),
          Headroom.ID, Severity.ERROR).get(0);
      assertEquals("workPackages[TP0].deMinimisParticipants[1]", v.path().toString());
      assertEquals("Asiakasarvoanalyysi", v.argument("measure"));
      assertEquals(Eur.of(1_000), v.argument("excess"));
      // the path alone fits exactly
      RuleAssertions.clean(with(ledger).validate(AidFixtures.with(p, List.of(analysis, path), medium.subList(0, 1))));
    });
  }
}
