package fi.hanke.core.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeMinimisLedgerTest {
  private static final BusinessId A = Histories.IDS.get(0);
  private static final BusinessId B = Histories.IDS.get(1);
  private static final BusinessId C = Histories.IDS.get(2);
  private static final DeMinimisRegulation GENERAL = DeMinimisRegulation.GENERAL_2023_2831;

  private static DeMinimisAid aid(BusinessId id, DeMinimisRegulation r, long euros, LocalDate d) {
    return DeMinimisAid.builder().undertaking(id).regulation(r).grossAmount(Eur.of(euros)).grantedOn(d).build();
  }

  /** Seed 003: a micro company with 297 000 € of general de minimis in the window. */
  @Test
  void seedThreeMicroCompanyGetsTheAnalysisButNotTheTrainingPath() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(aid(A, GENERAL, 297_000, LocalDate.of(2024, 5, 1))));
    assertEquals(Eur.of(3_000), ledger.headroom(A, GENERAL, day));
    DeMinimisAid analysis = aid(A, GENERAL, 1_000, day);
    assertTrue(ledger.wouldExceed(analysis).isEmpty());
    ledger = ledger.plus(analysis);
    assertEquals(Eur.of(2_000), ledger.headroom(A, GENERAL, day));
    DeMinimisAid path = aid(A, GENERAL, 3_900 - 300, day);
    DeMinimisExcess e = ledger.wouldExceed(path).orElseThrow();
    assertEquals(Eur.of(1_600), e.excess());
    assertEquals(Eur.of(298_000), e.aidInWindow());
    assertEquals(Eur.of(300_000), e.ceiling().amount());
    assertEquals(LocalDate.of(2023, 3, 3), e.windowStart());
    assertEquals(day, e.windowEnd());
    assertEquals(2, e.grantsInWindow().size());
  }

  @Test
  void seedThreeMediumCompanyPathFitsExactlyWhenItComesFirst() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(aid(A, GENERAL, 297_000, LocalDate.of(2024, 5, 1))));
    DeMinimisAid path = aid(A, GENERAL, 3_900 - 900, day);
    assertTrue(ledger.wouldExceed(path).isEmpty());
    ledger = ledger.plus(path);
    assertEquals(Eur.zero(), ledger.headroom(A, GENERAL, day));
    assertEquals(Eur.of(1_000), ledger.wouldExceed(aid(A, GENERAL, 1_000, day)).orElseThrow().excess());
  }

  @Test
  void aGrantOf29FebruaryCountsUpTo28FebruaryThreeYearsLaterAndLeavesOn1March() {
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(aid(A, GENERAL, 10, LocalDate.of(2024, 2, 29))));
    assertEquals(Eur.of(10), ledger.aidInWindow(A, GENERAL, LocalDate.of(2027, 2, 28)));
    assertEquals(Eur.zero(), ledger.aidInWindow(A, GENERAL, LocalDate.of(2027, 3, 1)));
    assertEquals(Eur.zero(), ledger.aidInWindow(A, GENERAL, LocalDate.of(2024, 2, 28)));
    DeMinimisLedger march = DeMinimisLedger.of(List.of(aid(A, GENERAL, 10, LocalDate.of(2024, 3, 1))));
    assertEquals(Eur.of(10), march.aidInWindow(A, GENERAL, LocalDate.of(2027, 2, 28)));
    assertEquals(Eur.zero(), march.aidInWindow(A, GENERAL, LocalDate.of(2027, 3, 1)));
    // a grant of 28.2.2025 leaves on 28.2.2028, before the leap day
    DeMinimisLedger feb = DeMinimisLedger.of(List.of(aid(A, GENERAL, 10, LocalDate.of(2025, 2, 28))));
    assertEquals(Eur.of(10), feb.aidInWindow(A, GENERAL, LocalDate.of(2028, 2, 27)));
    assertEquals(Eur.zero(), feb.aidInWindow(A, GENERAL, LocalDate.of(2028, 2, 28)));
    assertEquals(Eur.zero(), feb.aidInWindow(A, GENERAL, LocalDate.of(2028, 2, 29)));
  }

  @Test
  void oldGeneralAidCountsInTheFiscalYearAndTheTwoBeforeByTheDeclaredFiscalYear() {
    DeMinimisRegulation old = DeMinimisRegulation.GENERAL_1407_2013;
    List<DeMinimisAid> grants = List.of(aid(A, old, 100, LocalDate.of(2020, 6, 30)), aid(A, old, 200, LocalDate.of(2020, 7, 1)));
    DeMinimisLedger calendar = DeMinimisLedger.of(grants);
    // calendar years 2021–2023 on 31.12.2023: neither counts; 2020–2022 on 1.1.2022: both
    assertEquals(Eur.zero(), calendar.aidInWindow(A, old, LocalDate.of(2023, 12, 31)));
    assertEquals(Eur.of(300), calendar.aidInWindow(A, old, LocalDate.of(2022, 12, 31)));
    DeMinimisLedger june = DeMinimisLedger.builder().fiscalYearEnd(A, MonthDay.of(6, 30)).addGrants(grants).build();
    // fiscal years ending 30.6.2021, 2022, 2023 on 1.1.2023: the grant of 1.7.2020 is in FY 2021, the other not
    assertEquals(Eur.of(200), june.aidInWindow(A, old, LocalDate.of(2023, 1, 1)));
    assertEquals(LocalDate.of(2020, 7, 1), june.windowStart(A, DeMinimisRules.eu().ceiling(old, LocalDate.of(2023, 1, 1)).orElseThrow(), LocalDate.of(2023, 1, 1)));
    assertEquals(Eur.of(200_000 - 200), june.headroom(A, old, LocalDate.of(2023, 6, 30)));
    assertEquals(Eur.of(200_000), june.headroom(A, old, LocalDate.of(2023, 7, 1)));
  }

  @Test
  void oldGeneralAidCountsAgainstTheNewRollingCeiling() {
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(aid(A, DeMinimisRegulation.GENERAL_1407_2013, 150_000, LocalDate.of(2023, 3, 1))));
    assertEquals(Eur.of(150_000), ledger.headroom(A, GENERAL, LocalDate.of(2026, 2, 28)));
    assertEquals(Eur.of(300_000), ledger.headroom(A, GENERAL, LocalDate.of(2026, 3, 1)));
  }

  @Test
  void linkedIdsAreOneSingleUndertakingTransitively() {
    UndertakingLinks links = UndertakingLinks.builder().controls(C, B).controls(B, A).build();
    assertEquals(List.of(A, B, C), links.singleUndertaking(C));
    LocalDate d = LocalDate.of(2025, 1, 1);
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(aid(A, GENERAL, 100_000, d), aid(C, GENERAL, 150_000, d)), links);
    assertEquals(Eur.of(50_000), ledger.headroom(B, GENERAL, d));
    assertEquals(List.of(A, B, C), ledger.wouldExceed(aid(B, GENERAL, 60_000, d)).orElseThrow().singleUndertaking());
  }

  @Test
  void sgeiAidCountsOnlyTowardsItsOwnCeilingTogetherWithGeneralAid() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(aid(A, GENERAL, 250_000, d), aid(A, DeMinimisRegulation.SGEI_2023_2832, 400_000, d)));
    assertEquals(Eur.of(50_000), ledger.headroom(A, GENERAL, d));
    assertEquals(Eur.of(100_000), ledger.headroom(A, DeMinimisRegulation.SGEI_2023_2832, d));
    // general aid of 40 000 € fits under the general ceiling but not under SGEI + general? 690 000 ≤ 750 000: fits
    assertTrue(ledger.wouldExceed(aid(A, GENERAL, 40_000, d)).isEmpty());
    // SGEI aid of 120 000 € exceeds the SGEI ceiling by 20 000 €
    DeMinimisExcess e = ledger.wouldExceed(aid(A, DeMinimisRegulation.SGEI_2023_2832, 120_000, d)).orElseThrow();
    assertEquals(DeMinimisRegulation.SGEI_2023_2832, e.ceiling().regulation());
    assertEquals(Eur.of(20_000), e.excess());
    // agriculture aid counts against the general ceiling too, and against its own
    DeMinimisExcess agri = ledger.wouldExceed(aid(A, DeMinimisRegulation.AGRICULTURE_1408_2013, 60_000, d)).orElseThrow();
    assertEquals(DeMinimisRegulation.AGRICULTURE_1408_2013, agri.ceiling().regulation());
    assertEquals(Eur.of(10_000), agri.excess());
  }

  @Test
  void agricultureAndFisheryCeilingsFollowTheirAmendments() {
    DeMinimisRules eu = DeMinimisRules.eu();
    assertEquals(Eur.of(50_000), eu.ceiling(DeMinimisRegulation.AGRICULTURE_1408_2013, LocalDate.of(2025, 1, 1)).orElseThrow().amount());
    assertEquals(Eur.of(50_000), eu.ceiling(DeMinimisRegulation.AGRICULTURE_1408_2013, LocalDate.of(2024, 12, 16)).orElseThrow().amount());
    assertEquals(Eur.of(20_000), eu.ceiling(DeMinimisRegulation.AGRICULTURE_1408_2013, LocalDate.of(2024, 12, 15)).orElseThrow().amount());
    assertEquals(Eur.of(30_000), eu.ceiling(DeMinimisRegulation.FISHERY_717_2014, LocalDate.of(2023, 12, 31)).orElseThrow().amount());
    DeMinimisCeiling fish = eu.ceiling(DeMinimisRegulation.FISHERY_717_2014, LocalDate.of(2024, 1, 1)).orElseThrow();
    assertEquals(Eur.of(40_000), fish.amount());
    assertTrue(fish.requiresCentralRegister());
    assertEquals(Eur.of(200_000), eu.ceiling(DeMinimisRegulation.GENERAL_1407_2013, LocalDate.of(2024, 6, 30)).orElseThrow().amount());
    assertTrue(eu.ceiling(DeMinimisRegulation.GENERAL_1407_2013, LocalDate.of(2024, 7, 1)).isEmpty());
    assertTrue(eu.ceiling(DeMinimisRegulation.GENERAL_2023_2831, LocalDate.of(2023, 12, 31)).isEmpty());
    assertEquals(Eur.of(750_000), eu.ceiling(DeMinimisRegulation.SGEI_2023_2832, LocalDate.of(2024, 1, 1)).orElseThrow().amount());
    assertEquals(Eur.of(500_000), eu.ceiling(DeMinimisRegulation.SGEI_360_2012, LocalDate.of(2023, 1, 1)).orElseThrow().amount());
  }

  @Test
  void aRegulationNotInForceHasNoHeadroom() {
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ledger.headroom(A, DeMinimisRegulation.GENERAL_1407_2013, LocalDate.of(2025, 1, 1)));
    assertTrue(e.getMessage().contains("1407/2013"), e.getMessage());
    assertEquals(Optional.empty(), Optional.empty());
  }

  @Test
  void grantsAddedOneByOneAreIndexedALogarithmicNumberOfTimesEach() {
    // the old ledger rebuilt its whole index every 256 grants: 20 000 grants meant about 770 000 grants indexed
    int n = 20_000;
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of());
    List<DeMinimisAid> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DeMinimisAid g = aid(Histories.IDS.get(i % 8), GENERAL, 1 + i % 50, LocalDate.of(2024, 1, 1).plusDays(i % 2000));
      all.add(g);
      ledger = ledger.plus(g);
    }
    // a binary counter of levels: each grant moves at most log2(n / batch) + 1 times
    int times = 32 - Integer.numberOfLeadingZeros(n / (DeMinimisLedger.MAX_PENDING + 1)) + 1;
    assertTrue(ledger.indexed() <= (long) n * times, ledger.indexed() + " grants indexed, more than " + n + " × " + times);
    assertTrue(ledger.levels() <= times, ledger.levels() + " levels");
    assertEquals(n, ledger.size());
    DeMinimisLedger atOnce = DeMinimisLedger.of(all);
    assertEquals(n, atOnce.indexed());
    for (BusinessId id : Histories.IDS) {
      for (LocalDate d = LocalDate.of(2024, 6, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusMonths(7)) {
        assertEquals(atOnce.headroom(id, GENERAL, d), ledger.headroom(id, GENERAL, d));
        assertEquals(atOnce.grantsInWindow(id, GENERAL, d).size(), ledger.grantsInWindow(id, GENERAL, d).size());
      }
    }
  }

  @Test
  void manyAddedGrantsRebuildTheIndex() {
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of());
    List<DeMinimisAid> all = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      DeMinimisAid g = aid(Histories.IDS.get(i % 3), GENERAL, 100 + i, LocalDate.of(2024, 1, 1).plusDays(i));
      all.add(g);
      ledger = ledger.plus(g);
    }
    DeMinimisLedger atOnce = DeMinimisLedger.of(all);
    for (BusinessId id : Histories.IDS) {
      assertEquals(atOnce.headroom(id, GENERAL, LocalDate.of(2026, 1, 1)), ledger.headroom(id, GENERAL, LocalDate.of(2026, 1, 1)));
    }
    assertEquals(600, ledger.size());
  }
}
