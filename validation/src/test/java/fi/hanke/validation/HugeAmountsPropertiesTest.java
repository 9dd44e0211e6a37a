package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects.Feature;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.validation.testing.ValidProjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sums of amounts near the limit of an amount (±92 233 720 368 547,75 €) never throw from validation: a valid
 * project or group with every amount multiplied by a factor up to the range validates to a report (findings
 * about thresholds allowed), or is refused at construction, by an amount or a sum beyond the range, with the
 * documented message that names the field and the value.
 */
class HugeAmountsPropertiesTest {
  private static final List<Validator> VALIDATORS = List.of(Validator.of(ValidProjects.profile()),
      Validator.builder().profile(ValidProjects.profile()).deMinimisRegister(DeMinimisLedger.of(List.of())).build());

  /** The documented refusals: one amount beyond the range, or amounts whose sum could be. */
  private static final Pattern REFUSAL = Pattern.compile(
      ".* is beyond the range of amounts, ±92233720368547\\.75 EUR"
          + "|.* add up to -?[0-9]+\\.[0-9]{2} EUR in absolute value, beyond the range of amounts,"
          + " ±92233720368547\\.75 EUR; no sum of them could be an amount");

  /** Factors from one to far beyond the range of a typical amount, the largest well represented. */
  private static final Gen<Long> FACTORS = longs().between(1, 1_000_000_000_000L)
      .mix(longs().between(1_000_000L, 200_000_000L), 50).mix(longs().between(1, 10), 10);

  @Test
  void aScaledProjectValidatesToAReportOrIsRefusedAtConstruction() {
    qt().withExamples(200).forAll(ValidProjects.projects(Feature.REGIONAL_SPLIT, Feature.DE_MINIMIS), FACTORS, FACTORS)
        .checkAssert((project, budget, aid) -> check(() -> scaled(project, budget, aid),
            p -> VALIDATORS.stream().map(v -> v.validate(p)).collect(Collectors.toList())));
  }

  @Test
  void aProjectWhoseDeMinimisAidIsNearTheLimitValidatesToAReportOrIsRefusedAtConstruction() {
    // each measure's market value scaled to 30 %…100 % of the range: the planned grants add up beyond it
    qt().withExamples(100).forAll(ValidProjects.projects(Feature.DE_MINIMIS), integers().between(30, 100))
        .checkAssert((project, percent) -> {
          long largest = project.workPackages().stream().flatMap(wp -> wp.deMinimisMeasures().stream())
              .mapToLong(m -> Math.abs(Eur.cents(m.marketValue()))).max().orElse(1);
          long aid = Math.max(1, Eur.cents(Eur.of(Eur.MAX)) / 100 * percent / Math.max(1, largest));
          check(() -> scaled(project, 1, aid),
              p -> VALIDATORS.stream().map(v -> v.validate(p)).collect(Collectors.toList()));
        });
  }

  @Test
  void aScaledGroupValidatesToAReportOrIsRefusedAtConstruction() {
    qt().withExamples(80).forAll(ValidProjects.groups(3), FACTORS)
        .checkAssert((group, factor) -> check(() -> scaled(group, factor),
            g -> VALIDATORS.stream().map(v -> v.validate(g)).collect(Collectors.toList())));
  }

  /** How many draws were refused at construction, and how many validated: both must occur. */
  private static final int[] OUTCOMES = new int[2];

  @AfterAll
  static void bothOutcomesOccurred() {
    assertTrue(OUTCOMES[0] > 0 && OUTCOMES[1] > 0, "refused " + OUTCOMES[0] + ", validated " + OUTCOMES[1]);
  }

  private static <T> void check(Supplier<T> build, Function<T, List<ValidationReport>> validate) {
    T built;
    try {
      built = build.get();
    } catch (IllegalArgumentException refused) {
      assertTrue(REFUSAL.matcher(refused.getMessage()).matches(), refused.getMessage());
      OUTCOMES[0]++;
      return;
    }
    OUTCOMES[1]++;
    for (ValidationReport report : assertDoesNotThrow(() -> validate.apply(built), built::toString)) {
      for (Locale language : List.of(new Locale("fi"), new Locale("sv"), Locale.ENGLISH)) {
        assertFalse(assertDoesNotThrow(() -> report.toText(language)).isEmpty());
        assertFalse(assertDoesNotThrow(() -> report.toJson(language)).isEmpty());
      }
    }
  }

  private static FastMoney times(MonetaryAmount amount, long factor) {
    return Eur.of(Eur.decimal(amount).multiply(BigDecimal.valueOf(factor)));
  }

  static GroupProject scaled(GroupProject group, long factor) {
    return group.withPlan(scaled(group.plan(), factor, factor)).withMembers(group.members().stream()
        .map(m -> m.project().isEmpty() ? m : m.withProject(scaled(m.project().get(), factor, factor)))
        .collect(Collectors.toList()));
  }

  /**
   * The project with every amount of its budget multiplied by {@code factor} and every amount of its de minimis
   * measures by {@code aid}.
   */
  static Project scaled(Project project, long factor, long aid) {
    Project p = project;
    if (p.costEstimate().isPresent()) {
      CostEstimate e = p.costEstimate().get();
      p = p.withCostEstimate(e.withLines(e.lines().stream().map(l -> l
              .withApplied(times(l.applied(), factor))
              .withApproved(l.approved().map(a -> times(a, factor)))
              .withAppliedByYear(l.appliedByYear().entrySet().stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, y -> times(y.getValue(), factor)))))
              .collect(Collectors.toList()))
          .withStatedNetApplied(e.statedNetApplied().map(a -> times(a, factor)))
          .withStatedNetApproved(e.statedNetApproved().map(a -> times(a, factor))));
    }
    if (p.fundingPlan().isPresent()) {
      FundingPlan f = p.fundingPlan().get();
      p = p.withFundingPlan(f.withLines(f.lines().stream().map(l -> l
              .withApplied(times(l.applied(), factor))
              .withApproved(l.approved().map(a -> times(a, factor))))
              .collect(Collectors.toList()))
          .withRegionalSplit(f.regionalSplit().stream()
              .map(s -> s.withAmount(times(s.amount(), factor)))
              .collect(Collectors.toList()))
          .withStatedTotalApplied(f.statedTotalApplied().map(a -> times(a, factor)))
          .withStatedTotalApproved(f.statedTotalApproved().map(a -> times(a, factor))));
    }
    return p.withWorkPackages(p.workPackages().stream().map(wp -> wp.withDeMinimisMeasures(
        wp.deMinimisMeasures().stream().map(m -> scaled(m, aid)).collect(Collectors.toList())))
        .collect(Collectors.toList()));
  }

  private static DeMinimisMeasure scaled(DeMinimisMeasure m, long factor) {
    return m.withMarketValue(times(m.marketValue(), factor))
        .withContributions(m.contributions().stream().map(c -> scaled(c, factor)).collect(Collectors.toList()))
        .withStatedAid(m.statedAid().stream().map(c -> scaled(c, factor)).collect(Collectors.toList()));
  }

  private static SizeClassAmount scaled(SizeClassAmount c, long factor) {
    return c.withAmount(times(c.amount(), factor));
  }
}
