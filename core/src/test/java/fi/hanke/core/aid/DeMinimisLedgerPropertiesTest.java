package fi.hanke.core.aid;

import fi.hanke.core.internal.model.Sums;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

class DeMinimisLedgerPropertiesTest {
  private static final DeMinimisRules EU = DeMinimisRules.eu();

  private static List<String> canonical(List<DeMinimisAid> grants) {
    return grants.stream().map(DeMinimisAid::toString).sorted().collect(Collectors.toList());
  }

  @Test
  void theIndexedLedgerAgreesWithABruteForceReferenceOnRandomHistories() {
    qt().withExamples(1000).forAll(Histories.histories(), Histories.dates(), Histories.regulations())
        .checkAssert((h, date, regulation) -> {
          Optional<DeMinimisCeiling> c = EU.ceiling(regulation, date);
          if (c.isEmpty()) {
            return;
          }
          DeMinimisLedger ledger = h.ledger();
          ReferenceLedger ref = h.reference();
          for (BusinessId id : Histories.IDS) {
            long expected = ref.aidCents(id, c.get(), date);
            assertEquals(Eur.ofCents(expected), ledger.aidInWindow(id, regulation, date), () -> id + " " + regulation + " " + date + "\n" + h);
            FastMoney headroom = ledger.headroom(id, regulation, date);
            assertEquals(c.get().amount().subtract(Eur.ofCents(expected)), headroom);
            // the same number to the scale, as subtract leaves it: messages print its decimals
            assertEquals(c.get().amount().subtract(Eur.ofCents(expected)).getNumber().numberValueExact(BigDecimal.class),
                headroom.getNumber().numberValueExact(BigDecimal.class));
            assertEquals(Eur.cents(headroom), Sums.headroomCents(ledger, id, regulation, date));
            assertEquals(canonical(ref.inWindow(id, c.get(), date)), canonical(ledger.grantsInWindow(id, regulation, date)));
          }
        });
  }

  @Test
  void grantsAddedOneByOneAnswerAsTheLedgerBuiltAtOnce() {
    qt().withExamples(150).forAll(Histories.histories(), Histories.dates()).checkAssert((h, date) -> {
      DeMinimisLedger built = h.ledger(List.of());
      for (DeMinimisAid g : h.grants) {
        built = built.plus(g);
      }
      DeMinimisLedger atOnce = h.ledger();
      for (DeMinimisRegulation r : DeMinimisRegulation.values()) {
        if (EU.inForce(r, date)) {
          for (BusinessId id : Histories.IDS) {
            assertEquals(atOnce.headroom(id, r, date), built.headroom(id, r, date));
            assertEquals(canonical(atOnce.grantsInWindow(id, r, date)), canonical(built.grantsInWindow(id, r, date)));
          }
        }
      }
    });
  }

  @Test
  void longHistoriesAddedOneByOneAnswerAsTheBruteForceReference() {
    // up to 400 grants added one at a time pass through several levels of the index and their merges
    qt().withExamples(60).forAll(Histories.longHistories(), Histories.dates()).checkAssert((h, date) -> {
      DeMinimisLedger built = h.ledger(List.of());
      for (DeMinimisAid g : h.grants) {
        built = built.plus(g);
      }
      ReferenceLedger ref = h.reference();
      assertEquals(h.grants.size(), built.size());
      for (DeMinimisRegulation r : DeMinimisRegulation.values()) {
        Optional<DeMinimisCeiling> c = EU.ceiling(r, date);
        if (c.isPresent()) {
          for (BusinessId id : Histories.IDS) {
            assertEquals(Eur.ofCents(ref.aidCents(id, c.get(), date)), built.aidInWindow(id, r, date), () -> id + " " + r + " " + date);
            assertEquals(canonical(ref.inWindow(id, c.get(), date)), canonical(built.grantsInWindow(id, r, date)));
          }
        }
      }
    });
  }

  @Test
  void theOrderInWhichGrantsAreAddedChangesNoAnswer() {
    qt().withExamples(200).forAll(Histories.histories(), Histories.dates(), longs().all()).checkAssert((h, date, seed) -> {
      List<DeMinimisAid> shuffled = new ArrayList<>(h.grants);
      Collections.shuffle(shuffled, new Random(seed));
      DeMinimisLedger a = h.ledger();
      DeMinimisLedger b = h.ledger(shuffled);
      for (DeMinimisRegulation r : DeMinimisRegulation.values()) {
        if (EU.inForce(r, date)) {
          for (BusinessId id : Histories.IDS) {
            assertEquals(a.headroom(id, r, date), b.headroom(id, r, date));
            assertEquals(canonical(a.grantsInWindow(id, r, date)), canonical(b.grantsInWindow(id, r, date)));
          }
        }
      }
    });
  }

  @Test
  void addingAGrantNeverIncreasesHeadroom() {
    qt().withExamples(300).forAll(Histories.histories(), Histories.dates(), Histories.grants()).checkAssert((h, date, extra) -> {
      DeMinimisLedger before = h.ledger();
      DeMinimisLedger after = before.plus(extra);
      for (DeMinimisRegulation r : DeMinimisRegulation.values()) {
        if (EU.inForce(r, date)) {
          for (BusinessId id : Histories.IDS) {
            assertTrue(!after.headroom(id, r, date).isGreaterThan(before.headroom(id, r, date)));
          }
        }
      }
    });
  }

  @Test
  void headroomNeverGoesNegativeWithoutAFinding() {
    // grants are added in date order; a grant that leaves some ceiling it must fit under negative on its date
    // must have been reported by wouldExceed, and a reported grant must leave one negative
    qt().withExamples(300).forAll(Histories.histories()).checkAssert(h -> {
      List<DeMinimisAid> byDate = new ArrayList<>(h.grants);
      byDate.sort(Comparator.comparing(DeMinimisAid::grantedOn));
      DeMinimisLedger ledger = h.ledger(List.of());
      for (DeMinimisAid g : byDate) {
        if (!EU.inForce(g.regulation(), g.grantedOn())) {
          ledger = ledger.plus(g);
          continue;
        }
        Optional<DeMinimisExcess> finding = ledger.wouldExceed(g);
        boolean wasNegative = false;
        boolean negative = false;
        for (DeMinimisCeiling c : EU.ceilingsCounting(g.regulation(), g.grantedOn())) {
          wasNegative |= ledger.headroom(g.undertaking(), c.regulation(), g.grantedOn()).isNegative();
        }
        DeMinimisLedger next = ledger.plus(g);
        for (DeMinimisCeiling c : EU.ceilingsCounting(g.regulation(), g.grantedOn())) {
          negative |= next.headroom(g.undertaking(), c.regulation(), g.grantedOn()).isNegative();
        }
        if (negative) {
          assertTrue(finding.isPresent(), () -> "no finding for " + g + "\n" + h);
          assertTrue(finding.get().excess().isPositive());
          Optional<DeMinimisExcess> f = finding;
          assertEquals(next.headroom(g.undertaking(), f.get().ceiling().regulation(), g.grantedOn()).negate(), f.get().excess());
        } else {
          assertFalse(finding.isPresent(), () -> "finding without a negative headroom for " + g + "\n" + h);
        }
        assertTrue(!wasNegative || negative, "headroom that was negative stays negative");
        ledger = next;
      }
    });
  }

  @Test
  void splittingGrantsBetweenLinkedIdsKeepsTheSingleUndertakingsHeadroom() {
    qt().withExamples(200).forAll(Histories.histories(), Histories.dates(), longs().all()).checkAssert((h, date, seed) -> {
      // all grants to the first id, then the same grants spread over the first three ids, which one controls
      BusinessId parent = Histories.IDS.get(0);
      List<BusinessId> family = Histories.IDS.subList(0, 3);
      Random random = new Random(seed);
      List<DeMinimisAid> together = new ArrayList<>();
      List<DeMinimisAid> split = new ArrayList<>();
      for (DeMinimisAid g : h.grants) {
        together.add(g.withUndertaking(parent));
        split.add(g.withUndertaking(family.get(random.nextInt(family.size()))));
      }
      UndertakingLinks links = UndertakingLinks.builder().controls(parent, family.get(1)).controls(family.get(1), family.get(2)).build();
      DeMinimisLedger one = DeMinimisLedger.of(together, UndertakingLinks.none());
      DeMinimisLedger linked = DeMinimisLedger.of(split, links);
      for (DeMinimisRegulation r : DeMinimisRegulation.values()) {
        if (EU.inForce(r, date)) {
          for (BusinessId id : family) {
            assertEquals(one.headroom(parent, r, date), linked.headroom(id, r, date));
            assertEquals(one.grantsInWindow(parent, r, date).size(), linked.grantsInWindow(id, r, date).size());
          }
        }
      }
    });
  }

  @Test
  void aGrantLeavesTheRollingWindowExactlyThreeYearsAfterItsDateIncluding29February() {
    qt().withExamples(500).forAll(Histories.dates()).checkAssert(d -> {
      LocalDate granted = d.isBefore(LocalDate.of(2021, 1, 2)) ? d.plusYears(12) : d;
      DeMinimisAid g = DeMinimisAid.builder().undertaking(Histories.IDS.get(0)).regulation(DeMinimisRegulation.GENERAL_2023_2831)
          .grossAmount(Eur.of(1_000)).grantedOn(granted).build();
      DeMinimisLedger ledger = DeMinimisLedger.of(List.of(g));
      LocalDate leaves = granted.getMonth() == Month.FEBRUARY && granted.getDayOfMonth() == 29
          ? LocalDate.of(granted.getYear() + 3, 3, 1) : granted.plusYears(3);
      LocalDate lastDay = leaves.minusDays(1);
      BusinessId id = Histories.IDS.get(0);
      DeMinimisRegulation r = DeMinimisRegulation.GENERAL_2023_2831;
      if (EU.inForce(r, lastDay)) {
        assertEquals(Eur.of(1_000), ledger.aidInWindow(id, r, lastDay), () -> "granted " + granted + ", on " + lastDay);
      }
      if (EU.inForce(r, granted)) {
        assertEquals(Eur.of(1_000), ledger.aidInWindow(id, r, granted));
      }
      if (EU.inForce(r, granted.minusDays(1))) {
        assertEquals(Eur.zero(), ledger.aidInWindow(id, r, granted.minusDays(1)));
      }
      if (EU.inForce(r, leaves)) {
        assertEquals(Eur.zero(), ledger.aidInWindow(id, r, leaves), () -> "granted " + granted + ", on " + leaves);
      }
    });
  }
}
