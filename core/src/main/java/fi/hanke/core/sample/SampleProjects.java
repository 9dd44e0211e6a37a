package fi.hanke.core.sample;

import fi.hanke.core.aid.CompanySize;
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
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Allocation;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Remainder;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.ProgrammeProfile;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.programme.SpecificObjective;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.javamoney.moneta.FastMoney;



/**
 * Sample projects (<i>esimerkkihankkeet</i>, sv. <i>exempelprojekt</i>): valid single-beneficiary projects and
 * group projects for the Finland 2021–2027 profile, drawn from a random generator, for hosts' own tests, demos
 * and load tests. Every rule of Hanke's standard catalogue passes them without a finding of any severity, so a
 * test can break exactly one thing and expect exactly one rule to report. The same seed gives the same
 * projects ({@link SplittableRandom}'s sequence is fixed by its specification).
 *
 * <p>Amounts are chosen so that rates come out exact (staff costs in multiples of 5 € under the 40 % option,
 * direct costs in multiples of 100 € under the 7 % option): a sample project has no rounding difference.
 *
 * <pre>{@code
 * SampleProjects samples = SampleProjects.seeded(2027);
 * Project project = samples.project();
 * GroupProject group = samples.group();
 * }</pre>
 *
 * <p>An instance draws from its generator, so it is not thread-safe; use one per thread.
 *
 * <p><b>Test support</b> (<i>testituki</i>, sv. <i>teststöd</i>): this class is for tests, demos and load
 * tests (the validation module's rule tests draw from it), not for production code.
 */
public final class SampleProjects {
  private static final ProgrammeProfile FINLAND = Programmes.finland2021to2027();
  private static final List<Region> MAINLAND = Regions.finland().regions().stream().filter(Region::isMainland).toList();
  /** The objectives in the programme for its whole period (not those added later, as its sample dates vary). */
  private static final List<SpecificObjective> OBJECTIVES = FINLAND.specificObjectives().stream()
      .filter(o -> o.validity().equals(FINLAND.eligibility())).toList();

  /**
   * What a sample project must contain (<i>piirre</i>, sv. <i>egenskap</i>), for tests that need a shape that
   * a plain draw gives only sometimes: asking for it changes the draws that decide it, never discards a draw.
   */
  public enum Feature {
    /** At least two regions, so that the aid is split by region ({@code regionalSplit}). */
    REGIONAL_SPLIT,
    /** At least two regions, and every target broken down by region (complete) and by age group (of whom). */
    BREAKDOWNS,
    /** A de minimis measure in every work package. */
    DE_MINIMIS
  }

  private final RandomGenerator random;
  private final Set<Feature> features;

  private SampleProjects(RandomGenerator random, Set<Feature> features) {
    this.random = java.util.Objects.requireNonNull(random, "random");
    this.features = features;
  }

  private SampleProjects(RandomGenerator random) {
    this(random, EnumSet.noneOf(Feature.class));
  }

  /**
   * @param random where the choices come from
   * @return sample projects drawn from it
   */
  public static SampleProjects of(RandomGenerator random) {
    return new SampleProjects(random);
  }

  /**
   * @param seed a seed
   * @return sample projects drawn from a {@link SplittableRandom} with that seed: the same seed gives the same
   *     projects
   */
  public static SampleProjects seeded(long seed) {
    return new SampleProjects(new SplittableRandom(seed));
  }

  /**
   * @param first a feature every project drawn from the copy has
   * @param more further features
   * @return sample projects drawing from the same generator whose projects (and groups' members and plans) all
   *     have these features
   */
  public SampleProjects with(Feature first, Feature... more) {
    Set<Feature> all = EnumSet.copyOf(features);
    all.add(first);
    all.addAll(List.of(more));
    return new SampleProjects(random, all);
  }

  /** @return the profile the sample projects are valid under */
  public static ProgrammeProfile profile() {
    return FINLAND;
  }

  /** @return a valid single-beneficiary project, under the 40 % or the 7 % flat-rate option */
  public Project project() {
    return project(randomShape(), organisation(OrganisationKind.ASSOCIATION));
  }

  /**
   * @param option the cost option: {@link CostOption#FLAT_RATE_40} or {@link CostOption#FLAT_RATE_7}
   * @return a valid single-beneficiary project with that option
   * @throws IllegalArgumentException for another option
   */
  public Project project(CostOption option) {
    if (option != CostOption.FLAT_RATE_40 && option != CostOption.FLAT_RATE_7) {
      throw new IllegalArgumentException("option: sample projects use FLAT_RATE_40 or FLAT_RATE_7, not " + option);
    }
    return project(randomShape().withOption(option), organisation(OrganisationKind.ASSOCIATION));
  }

  /** @return a valid group project with two to four members, each with its own budget */
  public GroupProject group() {
    Shape shape = randomShape();
    return group(shape, between(2, 4));
  }

  /**
   * @param memberCount how many members the group has, at least two
   * @return a valid group project with that many members, each with its own budget
   * @throws IllegalArgumentException for fewer than two members
   */
  public GroupProject group(int memberCount) {
    if (memberCount < 2) {
      throw new IllegalArgumentException("memberCount: a group project has at least 2 members, not " + memberCount);
    }
    return group(randomShape(), memberCount);
  }

  private GroupProject group(Shape shape, int count) {
    List<GroupMember> members = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = "M" + (i + 1);
      keys.add(key);
      Organisation org = organisation(pick(List.of(OrganisationKind.COMPANY, OrganisationKind.ASSOCIATION,
          OrganisationKind.MUNICIPALITY, OrganisationKind.UNIVERSITY_OF_APPLIED_SCIENCES)));
      Project own = project(shape, org).withWorkPackages().withTargets().withAssessment(java.util.Optional.empty());
      members.add(GroupMember.builder().key(key).organisation(org)
          .role(i == 0 ? MemberRole.MAIN_IMPLEMENTER : MemberRole.CO_IMPLEMENTER)
          .applicationNumber(String.valueOf(300_000 + between(0, 99_999)))
          .project(own).build());
    }
    Project first = members.get(0).project().orElseThrow();
    Map<CostCategory, FastMoney> costs = new EnumMap<>(CostCategory.class);
    Map<FundingSource, FastMoney> funding = new EnumMap<>(FundingSource.class);
    for (GroupMember m : members) {
      Project p = m.project().orElseThrow();
      for (CostLine l : p.costEstimate().orElseThrow().lines()) {
        costs.merge(l.category(), l.applied(), FastMoney::add);
      }
      for (FundingLine l : p.fundingPlan().orElseThrow().lines()) {
        funding.merge(l.source(), l.applied(), FastMoney::add);
      }
    }
    CostEstimate.Builder estimate = CostEstimate.builder();
    costs.forEach((c, a) -> estimate.addLine(CostLine.builder().category(c).applied(a).build()));
    CostEstimate totalCost = estimate.build();
    totalCost = totalCost.withStatedNetApplied(totalCost.netApplied());
    FundingPlan.Builder plan = FundingPlan.builder();
    funding.forEach((s, a) -> plan.addLine(FundingLine.builder().source(s).applied(a).build()));
    FundingPlan totalFunding = plan.build();
    totalFunding = totalFunding.withStatedTotalApplied(totalFunding.totalApplied())
        .withRegionalSplit(regionalSplit(totalFunding.aidApplied(), shape.regions));
    Project shared = first.withApplicant(members.get(0).organisation())
        .withCostEstimate(totalCost)
        .withFundingPlan(totalFunding)
        .withWorkPackages(workPackages(shape, keys))
        .withTargets(targets(shape));
    return GroupProject.builder()
        .groupId("R-" + String.format("%05d", between(1, 99_999)))
        .plan(shared)
        .members(members)
        .build();
  }

  /** The choices that members of one group share. */
  private static final class Shape {
    final CostOption option;
    final LocalDate start;
    final LocalDate end;
    final LocalDate received;
    final SpecificObjective objective;
    final List<Region> regions;
    final List<Municipality> municipalities;

    private Shape(CostOption option, LocalDate start, LocalDate end, LocalDate received, SpecificObjective objective,
        List<Region> regions, List<Municipality> municipalities) {
      this.option = option;
      this.start = start;
      this.end = end;
      this.received = received;
      this.objective = objective;
      this.regions = regions;
      this.municipalities = municipalities;
    }

    Shape withOption(CostOption other) {
      return new Shape(other, start, end, received, objective, regions, municipalities);
    }
  }

  private Shape randomShape() {
    CostOption option = pick(List.of(CostOption.FLAT_RATE_40, CostOption.FLAT_RATE_7));
    YearMonth first = YearMonth.of(2022, 1).plusMonths(between(0, 48));
    LocalDate start = first.atDay(1);
    LocalDate end = first.plusMonths(between(12, 40) - 1).atEndOfMonth();
    LocalDate received = start.minusDays(between(0, 90));
    SpecificObjective objective = pick(OBJECTIVES);
    List<Region> regions = new ArrayList<>();
    boolean split = features.contains(Feature.REGIONAL_SPLIT) || features.contains(Feature.BREAKDOWNS);
    int n = between(split ? 2 : 1, 3);
    // a fund used only in part of the area (the JTF) is used in the regions its territory covers whole
    List<Region> pool = FINLAND.fundTerritory(objective.fund(), start)
        .map(t -> MAINLAND.stream().filter(r -> t.wholeRegions().contains(r.code())).toList())
        .orElse(MAINLAND);
    while (regions.size() < n) {
      Region r = pick(pool);
      if (!regions.contains(r)) {
        regions.add(r);
      }
    }
    List<Municipality> municipalities = new ArrayList<>();
    for (Region r : regions) {
      List<Municipality> inRegion = Regions.finland().municipalitiesIn(r, start);
      int m = between(0, Math.min(3, inRegion.size()));
      for (int i = 0; i < m; i++) {
        Municipality mu = pick(inRegion);
        if (!municipalities.contains(mu)) {
          municipalities.add(mu);
        }
      }
    }
    return new Shape(option, start, end, received, objective, regions, municipalities);
  }


  private Project project(Shape shape, Organisation applicant) {
    CostModel model = CostModel.builder()
        .option(shape.option)
        .staffCostModel(StaffCostModel.UNIT_COST_1720)
        .travelCostModel(shape.option == CostOption.FLAT_RATE_7 ? TravelCostModel.UNIT_COSTS : TravelCostModel.REAL_COSTS)
        .vatIncluded(false)
        .build();
    CostEstimate estimate = costs(shape.option);
    FastMoney net = estimate.netApplied();
    LocalDate meeting = shape.received.plusDays(between(1, 30));
    return Project.builder()
        .name("Hanke " + between(1, 9999))
        .applicant(applicant)
        .applicationNumber(String.valueOf(200_000 + between(0, 99_999)))
        .received(shape.received)
        .start(shape.start)
        .end(shape.end)
        .authority("Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus")
        .placement(ProgrammePlacement.builder()
            .priority(shape.objective.priority())
            .specificObjective(shape.objective.code())
            .fund(shape.objective.fund())
            .build())
        .nationwide(false)
        .regions(shape.regions)
        .municipalities(shape.municipalities)
        .costModel(model)
        .costEstimate(estimate)
        .fundingPlan(funding(net, shape.regions))
        .workPackages(workPackages(shape, List.of()))
        .targets(targets(shape))
        .assessment(Assessment.builder()
            .points(BigDecimal.valueOf(between(0, 78), 1))
            .maximumPoints(BigDecimal.valueOf(39))
            .recommended(true)
            .addMeeting(Meeting.of("Hankeryhmä", meeting))
            .addMeeting(Meeting.of("Maakunnan yhteistyöryhmä", meeting.plusDays(between(0, 30))))
            .build())
        .decision(Decision.builder().body("Rahoituskokous").date(meeting.plusDays(between(31, 60)))
            .outcome(DecisionOutcome.APPROVED).build())
        .build();
  }

  private CostEstimate costs(CostOption option) {
    List<CostLine> lines = new ArrayList<>();
    boolean approved = between(0, 1) == 1;
    if (option == CostOption.FLAT_RATE_40) {
      long staff = 5L * between(2_000, 400_000);
      lines.add(line(CostCategory.STAFF, staff, approved));
      lines.add(line(CostCategory.FLAT_RATE, staff * 2 / 5, approved));
    } else {
      long staff = between(10_000, 1_500_000);
      long travel = between(0, 50_000);
      long other = between(0, 50_000);
      long purchased = (staff * 3 + 9) / 10 + between(0, 100_000);
      long direct = staff + travel + other + purchased;
      purchased += (100 - direct % 100) % 100;
      direct = staff + travel + other + purchased;
      lines.add(line(CostCategory.STAFF, staff, approved));
      lines.add(line(CostCategory.TRAVEL, travel, approved));
      lines.add(line(CostCategory.OTHER, other, approved));
      lines.add(line(CostCategory.PURCHASED_SERVICES, purchased, approved));
      lines.add(line(CostCategory.FLAT_RATE, direct * 7 / 100, approved));
    }
    long income = between(0, 1) == 1 ? between(0, 5_000) : 0;
    if (income > 0) {
      lines.add(line(CostCategory.INCOME, income, approved));
    }
    CostEstimate e = CostEstimate.builder().lines(lines).build();
    return e.withStatedNetApplied(e.netApplied());
  }

  private static CostLine line(CostCategory category, long euros, boolean approved) {
    CostLine.Builder b = CostLine.builder().category(category).applied(Eur.of(euros));
    if (approved) {
      b.approved(Eur.of(euros));
    }
    return b.build();
  }

  private FundingPlan funding(FastMoney net, List<Region> regions) {
    BigDecimal netEuros = Eur.decimal(net);
    int percent = between(40, 80);
    BigDecimal aid = netEuros.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN);
    BigDecimal rest = netEuros.subtract(aid);
    List<FundingSource> others = new ArrayList<>(List.of(FundingSource.OWN_MUNICIPAL, FundingSource.OWN_OTHER_PUBLIC,
        FundingSource.OWN_PRIVATE, FundingSource.EXTERNAL_MUNICIPAL, FundingSource.EXTERNAL_OTHER_PUBLIC,
        FundingSource.EXTERNAL_PRIVATE));
    List<BigDecimal> weights = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      // own funding first and always present
      weights.add(BigDecimal.valueOf(i == 0 ? between(1, 10) : between(0, 1) * between(0, 10)));
    }
    List<FastMoney> parts = Allocation.split(Eur.of(rest), weights, Remainder.toPart(0));
    FundingPlan.Builder plan = FundingPlan.builder()
        .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(aid)).build());
    for (int i = 0; i < others.size(); i++) {
      plan.addLine(FundingLine.builder().source(others.get(i)).applied(parts.get(i)).build());
    }
    return plan.statedTotalApplied(net).regionalSplit(regionalSplit(Eur.of(aid), regions)).build();
  }

  private static List<RegionalAidShare> regionalSplit(FastMoney aid, List<Region> regions) {
    if (regions.size() < 2) {
      return List.of();
    }
    List<BigDecimal> weights = new ArrayList<>();
    regions.forEach(r -> weights.add(BigDecimal.ONE));
    List<FastMoney> parts = Allocation.split(aid, weights, Remainder.largestRemainder());
    List<RegionalAidShare> split = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      split.add(RegionalAidShare.of(regions.get(i), parts.get(i)));
    }
    return split;
  }

  private List<WorkPackage> workPackages(Shape shape, List<String> members) {
    int n = between(1, 5);
    YearMonth first = YearMonth.from(shape.start);
    YearMonth last = YearMonth.from(shape.end);
    int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS));
    List<WorkPackage> packages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      YearMonth s = first.plusMonths(between(0, months));
      YearMonth e = s.plusMonths(between(0, (int) s.until(last, java.time.temporal.ChronoUnit.MONTHS)));
      WorkPackage.Builder wp = WorkPackage.builder()
          .code("TP" + i)
          .title("Työpaketti " + i)
          .addPeriod(MonthPeriod.of(s, e))
          .addTarget(target(shape));
      if (!members.isEmpty()) {
        wp.addResponsibleMember(pick(members)).costBearer(pick(members));
      }
      if (between(0, 2) == 0 || features.contains(Feature.DE_MINIMIS)) {
        wp.addDeMinimisMeasure(deMinimis());
      }
      packages.add(wp.build());
    }
    return packages;
  }

  private DeMinimisMeasure deMinimis() {
    long market = 100L * between(5, 100);
    DeMinimisMeasure.Builder m = DeMinimisMeasure.builder().name("Valmennus").marketValue(Eur.of(market));
    long step = market / 10;
    for (CompanySize size : List.of(CompanySize.MICRO, CompanySize.SMALL, CompanySize.MEDIUM)) {
      long contribution = step * (size.ordinal() + 1);
      m.addContribution(SizeClassAmount.builder().size(size).amount(Eur.of(contribution)).build());
      m.addStatedAid(SizeClassAmount.builder().size(size).amount(Eur.of(market - contribution)).build());
    }
    return m.build();
  }

  private List<Target> targets(Shape shape) {
    List<Target> targets = new ArrayList<>();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      targets.add(target(shape));
    }
    return targets;
  }

  private Target target(Shape shape) {
    long quantity = between(1, 500);
    Target.Builder t = Target.builder().description("osallistujaa").quantity(quantity).unit("henkilöä");
    if (between(0, 3) == 0 && !features.contains(Feature.BREAKDOWNS)) {
      t.upTo(quantity + between(0, 20));
    } else if (shape.regions.size() > 1) {
      Breakdown.Builder b = Breakdown.builder().dimension("maakunta");
      long left = quantity;
      for (int i = 0; i < shape.regions.size(); i++) {
        long part = i == shape.regions.size() - 1 ? left : between(0, (int) left);
        left -= part;
        b.addPart(BreakdownPart.of(shape.regions.get(i).nameFi(), part));
      }
      t.addBreakdown(b.build());
      long young = between(0, (int) quantity);
      t.addBreakdown(Breakdown.builder().dimension("ikäryhmä").complete(false)
          .addPart(BreakdownPart.of("18–29-vuotiaat", young)).build());
    }
    return t.build();
  }

  /**
   * @param kind the kind of organisation
   * @return an organisation with a valid business id
   */
  private Organisation organisation(OrganisationKind kind) {
    return Organisation.builder().name("Toteuttaja " + between(1, 999) + " ry").kind(kind).businessId(businessId()).build();
  }

  /** @return a business id (Y-tunnus) with a valid check digit */
  public BusinessId businessId() {
    // a body whose remainder is 1 has no valid check digit: take the next body, which never has remainder 1 too
    int number = between(0, 9_999_998);
    for (int b = number; ; b++) {
      String body = String.format("%07d", b);
      OptionalInt check = BusinessId.checkDigitFor(body);
      if (check.isPresent()) {
        return BusinessId.parse(body + "-" + check.getAsInt());
      }
    }
  }

  private int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  private <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }
}
