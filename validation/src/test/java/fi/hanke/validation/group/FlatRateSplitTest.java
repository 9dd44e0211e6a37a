package fi.hanke.validation.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.validation.Severity;
import fi.hanke.validation.Validator;
import fi.hanke.validation.Violation;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FlatRateSplitTest {
  private final Validator validator = Validator.of(ValidProjects.profile());

  /** The group with these totals (in cents) and members whose own budgets and models are not stated. */
  private static GroupProject totals(GroupProject g, long staff, long travel, long other, long purchased, long flat) {
    CostEstimate e = CostEstimate.builder()
        .addLine(line(CostCategory.STAFF, staff)).addLine(line(CostCategory.TRAVEL, travel))
        .addLine(line(CostCategory.OTHER, other)).addLine(line(CostCategory.PURCHASED_SERVICES, purchased))
        .addLine(line(CostCategory.FLAT_RATE, flat)).build();
    return g.withPlan(g.plan().withCostEstimate(e.withStatedNetApplied(e.netApplied())))
        .withMembers(g.members().stream().map(m -> m.withProject(Optional.empty())).toList());
  }

  private static CostLine line(CostCategory c, long cents) {
    return CostLine.builder().category(c).applied(Eur.ofCents(cents)).build();
  }

  /** Four amounts in cents, each from 0 to its maximum. */
  private static Gen<long[]> amounts(long... maxima) {
    return in -> {
      long[] a = new long[maxima.length];
      for (int i = 0; i < a.length; i++) {
        a[i] = longs().between(0, maxima[i]).generate(in);
      }
      return a;
    };
  }

  /** Whether some split of the staff costs, to the cent, gives the flat line within one euro per member. */
  private static boolean bruteForce(long staff, long travel, long other, long purchased, long flat, int members) {
    for (long s40 = 0; s40 <= staff; s40++) {
      long s7 = staff - s40;
      boolean conditions = s7 == 0 || 100 * purchased >= 30 * s7 || 100 * travel >= 20 * s7;
      long line = 40 * s40 + 7 * (s7 + travel + other + purchased); // hundredths of a cent
      if (conditions && Math.abs(line - 100 * flat) <= 100L * 100 * members) {
        return true;
      }
    }
    return false;
  }

  @Test
  void totalsMadeFromMembersAtFortyAndAtSevenPercentAreNeverAnErrorAndTheSplitNamedFitsThem() {
    qt().withExamples(200).forAll(ValidProjects.groups(), amounts(50_000_000, 50_000_000, 2_000_000, 2_000_000))
        .checkAssert((g, a) -> {
          long s40 = a[0];
          long s7 = a[1] + 1;
          long travel = a[2];
          long other = a[3];
          long purchased = (s7 * 3 + 9) / 10; // the 7 % members meet their condition
          long flat = Math.round(0.40 * s40) + Math.round(0.07 * (s7 + travel + other + purchased));
          long staff = s40 + s7;
          List<Violation> found = validator.validate(totals(g, staff, travel, other, purchased, flat))
              .forRule(FlatRateSplit.ID);
          assertTrue(found.stream().noneMatch(v -> v.severity() == Severity.ERROR), found::toString);
          for (Violation v : found) {
            assertEquals(Severity.INFO, v.severity());
            BigDecimal named = ((BigDecimal) v.argument("staff40")).movePointRight(2);
            long at40 = named.longValueExact();
            long at7 = staff - at40;
            long line = 40 * at40 + 7 * (at7 + travel + other + purchased);
            // the split is named to the euro: a rounding of up to 0,50 € moves the line by up to 0,17 €
            assertTrue(Math.abs(line - 100 * flat) <= 100L * 100 * g.members().size() + 33 * 50, v::toString);
            assertTrue(at7 <= 0 || 100 * purchased >= 30 * at7 - 30 * 50 || 100 * travel >= 20 * at7 - 20 * 50,
                v::toString);
          }
        });
  }

  @Test
  void anErrorIsRaisedOnlyWhereNoSplitToTheCentFitsTheTotals() {
    qt().withExamples(200).forAll(ValidProjects.groups(), amounts(300_000, 100_000, 100_000, 300_000))
        .checkAssert((g, a) -> {
          long staff = a[0];
          long travel = a[1];
          long purchased = a[2];
          long flat = a[3];
          List<Violation> found = validator.validate(totals(g, staff, travel, 0, purchased, flat))
              .forRule(FlatRateSplit.ID);
          boolean error = found.stream().anyMatch(v -> v.severity() == Severity.ERROR);
          if (bruteForce(staff, travel, 0, purchased, flat, g.members().size())) {
            assertFalse(error, found::toString);
          }
          if (error) {
            assertFalse(bruteForce(staff, travel, 0, purchased, flat, g.members().size()));
          }
        });
  }

  @Test
  void aFlatLineAboveWhatAllStaffAtFortyPercentGivesIsAnErrorNamingTheSplitItWouldNeed() {
    qt().withExamples(50).forAll(ValidProjects.groups(), integers().between(10_000, 500_000)).checkAssert((g, euros) -> {
      long staff = 100L * euros;
      long flat = staff / 2; // 50 % of staff, above 40 %
      Violation v = validator.validate(totals(g, staff, 0, 0, 0, flat)).forRule(FlatRateSplit.ID).get(0);
      assertEquals(Severity.ERROR, v.severity());
      assertTrue(((BigDecimal) v.argument("staff40")).compareTo(BigDecimal.valueOf(euros)) > 0, v::toString);
      assertEquals(0, BigDecimal.valueOf(euros).compareTo((BigDecimal) v.argument("highest")));
    });
  }

  @Test
  void seedTwosTotalsAreConsistentWithMembersAtFortyPercentHavingStaffCostsOfAbout593516() {
    // seed 002's totals: staff 974 422, travel 7 352, other 10 180, purchased services 123 000, flat rate 273 907 €
    qt().withExamples(10).forAll(ValidProjects.groups(4)).checkAssert(g -> {
      GroupProject digiFocus = totals(g, 97_442_200, 735_200, 1_018_000, 12_300_000, 27_390_700);
      List<Violation> found = validator.validate(digiFocus).forRule(FlatRateSplit.ID);
      assertEquals(1, found.size(), found::toString);
      assertEquals(Severity.INFO, found.get(0).severity());
      assertEquals(new BigDecimal("593516"), found.get(0).argument("staff40"));
      assertEquals(new BigDecimal("380906"), found.get(0).argument("staff7"));
    });
  }

  @Test
  void whenEveryMemberStatesThePlansOptionTheSingleModelRulesCheckTheTotalsInstead() {
    qt().withExamples(50).forAll(ValidProjects.groups()).checkAssert(g -> {
      assertTrue(validator.validate(g).coverage().checked().contains("COST-FLAT-RATE-LINE"));
      assertEquals(List.of(), validator.validate(g).forRule(FlatRateSplit.ID));
    });
  }
}
