package fi.hanke.core.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fi.hanke.core.money.Eur;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SmeSizeTest {
  private static EnterpriseFigures f(String staff, long turnover, long balance) {
    return EnterpriseFigures.builder().headcount(new BigDecimal(staff)).turnover(Eur.of(turnover)).balanceSheet(Eur.of(balance)).build();
  }

  private static RelatedEnterprise rel(EnterpriseFigures f, int percent) {
    return RelatedEnterprise.builder().figures(f).holdingPercent(BigDecimal.valueOf(percent)).build();
  }

  @Test
  void headcountAndEitherFinancialCeilingDecide() {
    assertEquals(CompanySize.MICRO, SmeSize.classify(f("9.9", 2_000_000, 5_000_000)));
    assertEquals(CompanySize.MICRO, SmeSize.classify(f("9", 3_000_000, 2_000_000)));
    assertEquals(CompanySize.SMALL, SmeSize.classify(f("10", 100, 100)));
    assertEquals(CompanySize.SMALL, SmeSize.classify(f("5", 2_000_001, 2_000_001)));
    assertEquals(CompanySize.MEDIUM, SmeSize.classify(f("249", 60_000_000, 43_000_000)));
    assertEquals(CompanySize.LARGE, SmeSize.classify(f("249", 50_000_001, 43_000_001)));
    assertEquals(CompanySize.LARGE, SmeSize.classify(f("250", 1, 1)));
  }

  @Test
  void partnersCountProRataLinkedInFullAutonomousNotAtAll() {
    EnterpriseFigures own = f("6", 1_000_000, 1_000_000);
    EnterpriseFigures other = f("20", 4_000_000, 4_000_000);
    EnterpriseFigures autonomous = SmeSize.aggregate(own, List.of(rel(other, 24)));
    assertEquals(CompanySize.MICRO, SmeSize.classify(autonomous));
    EnterpriseFigures partner = SmeSize.aggregate(own, List.of(rel(other, 25)));
    assertEquals(0, new BigDecimal("11").compareTo(partner.headcount()));
    assertEquals(Eur.of(2_000_000), partner.turnover());
    assertEquals(CompanySize.SMALL, SmeSize.classify(partner));
    EnterpriseFigures atFifty = SmeSize.aggregate(own, List.of(rel(other, 50)));
    assertEquals(0, new BigDecimal("16").compareTo(atFifty.headcount()));
    EnterpriseFigures linked = SmeSize.aggregate(own, List.of(rel(other, 51)));
    assertEquals(0, new BigDecimal("26").compareTo(linked.headcount()));
    assertEquals(Eur.of(5_000_000), linked.balanceSheet());
    EnterpriseFigures controlled = SmeSize.aggregate(own, List.of(rel(other, 10).withControl(true)));
    assertEquals(linked, controlled);
  }

  @Test
  void statusChangesOnlyAfterTwoConsecutivePeriodsOverACeiling() {
    EnterpriseFigures micro = f("5", 1, 1);
    EnterpriseFigures small = f("20", 1, 1);
    EnterpriseFigures medium = f("100", 1, 1);
    assertEquals(CompanySize.MICRO, SmeSize.status(List.of(micro, small)));
    assertEquals(CompanySize.MICRO, SmeSize.status(List.of(micro, small, micro, small)));
    assertEquals(CompanySize.SMALL, SmeSize.status(List.of(micro, small, small)));
    assertEquals(CompanySize.SMALL, SmeSize.status(List.of(micro, small, medium)));
    assertEquals(CompanySize.MEDIUM, SmeSize.status(List.of(micro, medium, medium)));
    assertEquals(CompanySize.SMALL, SmeSize.status(List.of(medium, small, micro)));
  }

  private static Gen<EnterpriseFigures> figures() {
    return integers().between(0, 400).zip(integers().between(0, 60_000), (staff, k) -> f(String.valueOf(staff), 1_000L * k, 1_000L * k));
  }

  @Test
  void aSinglePeriodExcursionNeverChangesTheStatusAndASteadyClassIsTheStatus() {
    qt().forAll(lists().of(figures()).ofSizeBetween(1, 8), figures()).checkAssert((periods, odd) -> {
      List<EnterpriseFigures> steady = new ArrayList<>();
      periods.forEach(p -> steady.add(periods.get(0)));
      assertEquals(SmeSize.classify(periods.get(0)), SmeSize.status(steady));
      List<EnterpriseFigures> alternating = new ArrayList<>();
      for (int i = 0; i < periods.size(); i++) {
        alternating.add(i % 2 == 0 ? periods.get(0) : odd);
      }
      assertEquals(SmeSize.classify(periods.get(0)), SmeSize.status(alternating));
    });
  }
}
