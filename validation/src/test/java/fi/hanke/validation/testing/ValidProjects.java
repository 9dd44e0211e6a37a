package fi.hanke.validation.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.javamoney.moneta.FastMoney;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid projects and valid group projects for the Finland 2021–2027 profile: the
 * library's {@link SampleProjects}, drawing every choice from QuickTheories' randomness so that failures
 * shrink. Every rule of the standard catalogue passes them without a finding of any severity, so a test can
 * break exactly one thing and expect exactly one rule to report. Other modules reuse them through the test-jar.
 */
public final class ValidProjects {
  private static final ProgrammeProfile FINLAND = Programmes.finland2021to2027();

  private ValidProjects() {}

  /** @return the profile the generated projects are valid under */
  public static ProgrammeProfile profile() {
    return FINLAND;
  }

  /** @return valid single-beneficiary projects */
  public static Gen<Project> projects() {
    return in -> samples(in).project();
  }

  /**
   * @param option the cost option every generated project uses
   * @return valid single-beneficiary projects with that option (FLAT_RATE_40 or FLAT_RATE_7)
   */
  public static Gen<Project> projects(CostOption option) {
    return in -> samples(in).project(option);
  }

  /**
   * @param first a feature every generated project has (a regional split, breakdowns, de minimis measures)
   * @param more further features
   * @return valid single-beneficiary projects with these features, drawn directly (no draw is discarded)
   */
  public static Gen<Project> projects(SampleProjects.Feature first, SampleProjects.Feature... more) {
    return in -> samples(in).with(first, more).project();
  }

  /** @return valid group projects with two to four members, each with its own budget */
  public static Gen<GroupProject> groups() {
    return in -> samples(in).group();
  }

  /**
   * @param minMembers the fewest members a generated group has (2 to 4)
   * @return valid group projects with minMembers to four members, each with its own budget
   */
  public static Gen<GroupProject> groups(int minMembers) {
    return integers().between(minMembers, 4).flatMap(n -> in -> samples(in).group(n));
  }

  /**
   * @param p a valid project
   * @return the project placed in TL 1 / ET 1.1 (EAKR) if its fund may be used only in part of the area (the
   *     JTF), so that a test that moves its regions or municipalities breaks no territory
   */
  public static Project outsideFundTerritories(Project p) {
    boolean limited = p.placement().fund().flatMap(f -> FINLAND.fundTerritory(f, p.start().orElseThrow())).isPresent();
    return limited ? p.withPlacement(p.placement().withPriority(1).withSpecificObjective("1.1")
        .withFund(fi.hanke.core.programme.Fund.ERDF)) : p;
  }

  /**
   * A fixed 7 % project with seed 002's direct costs (staff 974 422, travel 7 352, other 10 180, purchased
   * services 123 000 €) and an exact flat-rate line of 78 046,78 €. It does not meet the 7 % conditions (as
   * seed 002 does not), so tests that use it switch {@code COST-FLAT-RATE-CONDITIONS} off or expect it.
   *
   * @return the project
   */
  public static Project sevenPercentExample() {
    CostEstimate e = CostEstimate.builder()
        .addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(974_422)).build())
        .addLine(CostLine.builder().category(CostCategory.TRAVEL).applied(Eur.of(7_352)).build())
        .addLine(CostLine.builder().category(CostCategory.OTHER).applied(Eur.of(10_180)).build())
        .addLine(CostLine.builder().category(CostCategory.PURCHASED_SERVICES).applied(Eur.of(123_000)).build())
        .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(Eur.parse("78046.78")).build())
        .build();
    e = e.withStatedNetApplied(e.netApplied());
    FastMoney net = e.netApplied();
    FastMoney aid = Eur.of(Eur.decimal(net).multiply(new BigDecimal("0.8")).setScale(2, java.math.RoundingMode.DOWN));
    return Project.builder()
        .name("DigiFocus-kaltainen")
        .start(LocalDate.of(2025, 9, 1))
        .end(LocalDate.of(2027, 8, 31))
        .placement(ProgrammePlacement.builder().priority(1).specificObjective("1.2").fund(fi.hanke.core.programme.Fund.ERDF).build())
        .costModel(CostModel.builder().option(CostOption.FLAT_RATE_7).staffCostModel(StaffCostModel.UNIT_COST_1720)
            .travelCostModel(TravelCostModel.UNIT_COSTS).vatIncluded(false).build())
        .costEstimate(e)
        .fundingPlan(FundingPlan.builder()
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(aid).build())
            .addLine(FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(net.subtract(aid)).build())
            .statedTotalApplied(net)
            .build())
        .build();
  }

  /**
   * @param in randomness
   * @return a business id with a valid check digit
   */
  public static BusinessId businessId(RandomnessSource in) {
    return samples(in).businessId();
  }

  private static SampleProjects samples(RandomnessSource in) {
    return SampleProjects.of(new QuickTheoriesRandom(in));
  }

  /** A {@link RandomGenerator} whose bounded draws are QuickTheories draws, so that generated values shrink. */
  private static final class QuickTheoriesRandom implements RandomGenerator {
    private final RandomnessSource in;

    QuickTheoriesRandom(RandomnessSource in) {
      this.in = in;
    }

    @Override
    public int nextInt(int origin, int bound) {
      return integers().between(origin, bound - 1).generate(in);
    }

    @Override
    public long nextLong() {
      return org.quicktheories.generators.SourceDSL.longs().all().generate(in);
    }
  }
}
