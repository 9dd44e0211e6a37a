package fi.hanke.examples.bench;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.examples.seeds.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typical projects as benchmark inputs (<i>tyypilliset hankkeet suorituskykytesteihin</i>, sv. <i>typiska
 * projekt för prestandatester</i>): a single beneficiary's project and a group project of the size and shape
 * that ELY centres and regional councils decide every week, with consistent figures, so that both validate
 * with no ERROR and no WARNING under
 * {@code Validator.of(Programmes.finland2021to2027())}.
 *
 * <p>Both are built from the seed documents ({@link Seeds}) with {@code withX} copies: {@link #single()} from
 * seed 003's main project, {@link #group()} from seed 002's group. Where a seed's figures do not add up or it
 * leaves out what a typical application has (work-package periods, members' own budgets, breakdowns), the
 * copy mends or adds it, and each change is named in the method's documentation: these are fixtures, not
 * documents. Every call builds a fresh, equal value.
 *
 * <pre>{@code
 * Validator validator = Validator.of(Programmes.finland2021to2027());
 * ValidationReport report = validator.validate(TypicalProjects.group());
 * report.isApprovable(); // true
 * }</pre>
 */
public final class TypicalProjects {
  private TypicalProjects() {}

  /**
   * A typical single-beneficiary development project under the 40 % flat rate: seed 003's main project
   * (<i>Hallitustyöstä lisää asiakasarvoa</i>, ESR+, TL 4 / ET 4.2, three regions and 44 municipalities,
   * 314 240 € staff costs + 125 696 € flat rate = 439 936 €, aid 351 948 € (80 %) split by region, the EURA
   * layouts with applied and approved columns, four work packages, targets broken down by region, two de
   * minimis measures), changed so that it is clean: the external private funding of 8 600 € that makes the
   * seed's lines exceed its total is left out, every work package runs for the whole project and the fourth
   * gets a target, the assessment keeps only the meetings after the application was received, and an
   * approving decision is added.
   *
   * @return the project; it validates with no ERROR and no WARNING
   */
  public static Project single() {
    Project seed = Seeds.hallitustyostaLisaaAsiakasarvoa().plan();
    LocalDate received = seed.received().orElseThrow();
    FundingPlan funding = seed.fundingPlan().orElseThrow();
    List<FundingLine> lines = new ArrayList<>();
    for (FundingLine line : funding.lines()) {
      lines.add(line.source() != FundingSource.EXTERNAL_PRIVATE ? line
          : line.withApplied(Eur.zero()).withApproved(Eur.zero()).withStatedShare(Percentage.of(0)));
    }
    List<WorkPackage> workPackages = new ArrayList<>();
    for (WorkPackage wp : seed.workPackages()) {
      wp = wp.withPeriods(MonthPeriod.parse("3/24-8/26"));
      if (wp.targets().isEmpty()) {
        wp = wp.withTargets(Target.builder().bound(TargetBound.AT_LEAST)
            .description("Ohjausryhmä kokoontuu vähintään kuusi kertaa").quantity(6).unit("kokousta").build());
      }
      workPackages.add(wp);
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : seed.assessment().orElseThrow().meetings()) {
      if (!m.date().isBefore(received)) {
        meetings.add(m);
      }
    }
    return seed
        .withFundingPlan(funding.withLines(lines))
        .withWorkPackages(workPackages)
        .withAssessment(seed.assessment().orElseThrow().withMeetings(meetings))
        .withDecision(Decision.builder().body("Etelä-Savon ELY-keskus").date(LocalDate.of(2024, 4, 30))
            .outcome(DecisionOutcome.APPROVED).build());
  }

  /**
   * A typical group project (<i>ryhmähanke</i>) under the 40 % flat rate: seed 002's group (<i>DigiFocus</i>,
   * EAKR, TL 1 / ET 1.2, Etelä-Savo, members Xamk, Miksei, ProAgria and Hake, seven work packages TP0–TP6 that
   * name the members, with targets and participation fees), changed so that it is complete and clean (fees kept only
   * in TP4 and TP6, where de minimis measures take them as the companies' own contributions): the
   * project runs 1.9.2025–31.8.2027 (the work packages' months), each member has its own project and budget
   * (staff costs + 40 %, 80 % aid or just under it, own and external funding) and the plan's cost estimate and
   * funding plan are their sums (1 196 363 €); targets are broken down by member, and TP1, TP4 and TP6 carry
   * de minimis measures; the assessment recommends the project.
   *
   * @return the group project; it validates with no ERROR and no WARNING
   */
  public static GroupProject group() {
    List<Budget> budgets = List.of(
        new Budget("Xamk", "900101", 412_360, 461_843, Map.of(FundingSource.OWN_OTHER_PUBLIC, 115_461L)),
        new Budget("Miksei", "900102", 198_450, 222_264,
            Map.of(FundingSource.OWN_OTHER_PUBLIC, 27_783L, FundingSource.EXTERNAL_MUNICIPAL, 27_783L)),
        new Budget("ProAgria", "900103", 146_215, 163_760, Map.of(FundingSource.OWN_PRIVATE, 40_941L)),
        new Budget("Hake", "900104", 97_520, 109_222,
            Map.of(FundingSource.OWN_OTHER_PUBLIC, 13_653L, FundingSource.EXTERNAL_MUNICIPAL, 13_653L)));
    GroupProject seed = Seeds.digiFocus();
    Project seedPlan = seed.plan();

    List<WorkPackage> workPackages = new ArrayList<>();
    for (WorkPackage wp : seedPlan.workPackages()) {
      switch (wp.code()) {
        case "TP1":
          wp = withBreakdown(wp, 0, byMember(60, 50, 40, 30)).withDeMinimisMeasures(DeMinimisMeasure.builder()
              .name("Digiliiketoiminnan analyysi").marketValue(Eur.of(1_200))
              .addStatedAid(SizeClassAmount.builder().amount(Eur.of(1_200)).build()).build());
          break;
        case "TP2":
          wp = withBreakdown(wp, 1, Breakdown.builder().dimension("toteuttaja")
              .addPart(BreakdownPart.of("Xamk", 70)).addPart(BreakdownPart.of("Hake", 35)).build());
          break;
        case "TP4":
          wp = wp.withDeMinimisMeasures(sizeClassMeasure("Verkkokauppapolku", 2_400, 250, 250, 500));
          break;
        case "TP6":
          wp = withBreakdown(wp, 1, Breakdown.builder().dimension("tilatyyppi").complete(false)
              .addPart(BreakdownPart.of("luomutilat", 6)).build())
              .withDeMinimisMeasures(sizeClassMeasure("Maatilan monialaisuuden valmennus", 1_800, 200, 300, 450));
          break;
        default:
          break;
      }
      if (wp.deMinimisMeasures().stream().allMatch(m -> m.contributions().isEmpty())) {
        // the plan books no income, so only fees a de minimis measure takes as own contributions stay
        // (WORK-FEES-WITHOUT-INCOME, 866/2021 §4)
        wp = wp.withParticipationFees();
      }
      workPackages.add(wp);
    }
    List<Target> targets = new ArrayList<>(seedPlan.targets());
    targets.set(0, targets.get(0).withBreakdowns(byMember(60, 50, 40, 30)));

    Project shared = seedPlan
        .withReceived(LocalDate.of(2025, 3, 14))
        .withStart(LocalDate.of(2025, 9, 1))
        .withEnd(LocalDate.of(2027, 8, 31))
        .withAuthority("Etelä-Savon liitto")
        // TP1, TP4 and TP6 carry de minimis measures, so the services are de minimis aid (seed 002 says they are not)
        .withDeMinimisServices(true)
        .withPlacement(seedPlan.placement().withFund(Fund.ERDF))
        .withCostModel(CostModel.builder().option(CostOption.FLAT_RATE_40).staffCostModel(StaffCostModel.UNIT_COST_1720)
            .vatIncluded(false).build());
    Project plan = withBudget(shared, budgets)
        .withWorkPackages(workPackages)
        .withTargets(targets)
        .withAssessment(seedPlan.assessment().orElseThrow().withRecommended(true).withReasoning(
            "Hanke sai arvioinnissa riittävästi pisteitä tullakseen rahoitetuksi."));

    GroupProject.Builder group = GroupProject.builder().groupId("R-02417").plan(plan);
    for (GroupMember m : seed.members()) {
      Budget budget = budgets.stream().filter(b -> b.key().equals(m.key())).findFirst().orElseThrow();
      Project own = withBudget(shared, List.of(budget))
          .withDocumentKind(DocumentKind.APPLICATION)
          .withApplicant(m.organisation())
          .withApplicationNumber(budget.applicationNumber())
          .withWorkPackages(List.of())
          .withTargets(List.of())
          .withAssessment(Optional.empty());
      group.addMember(m.withApplicationNumber(budget.applicationNumber()).withProject(own));
      group.addApplicationNumber(budget.applicationNumber());
    }
    return group.build();
  }

  /** One member's budget in whole euros: staff costs (the flat rate is 40 % of them), aid, other funding. */
  private record Budget(String key, String applicationNumber, long staff, long aid, Map<FundingSource, Long> otherFunding) {
    long funding(FundingSource source) {
      return source == FundingSource.EU_AND_STATE ? aid : otherFunding.getOrDefault(source, 0L);
    }
  }

  /**
   * A copy of a project with the cost estimate and funding plan of the given budgets added up, in the EURA
   * layout; shares are printed to the whole percent.
   */
  private static Project withBudget(Project project, List<Budget> budgets) {
    long staff = 0;
    for (Budget b : budgets) {
      staff += b.staff();
    }
    long flatRate = 0;
    for (Budget b : budgets) {
      flatRate += b.staff() * 40 / 100;
    }
    long net = staff + flatRate;
    FundingPlan.Builder funding = FundingPlan.builder().statedTotalApplied(Eur.of(net)).statedAidRate(Percentage.of(80));
    for (FundingSource source : FundingSource.values()) {
      if (source.kind() == FundingSource.Kind.UNSPLIT) {
        continue;
      }
      long amount = 0;
      for (Budget b : budgets) {
        amount += b.funding(source);
      }
      funding.addLine(FundingLine.builder().source(source).applied(Eur.of(amount))
          .statedShare(Percentage.of((amount * 200 + net) / (net * 2))).build());
    }
    return project
        .withCostEstimate(CostEstimate.builder().layout(CostLayout.EURA)
            .addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(staff)).build())
            .addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(Eur.of(flatRate)).build())
            .statedNetApplied(Eur.of(net))
            .build())
        .withFundingPlan(funding.build());
  }

  private static WorkPackage withBreakdown(WorkPackage wp, int target, Breakdown breakdown) {
    List<Target> targets = new ArrayList<>(wp.targets());
    targets.set(target, targets.get(target).withBreakdowns(breakdown));
    return wp.withTargets(targets);
  }

  /** A measure whose aid is the market value less the company's own contribution by size class. */
  private static DeMinimisMeasure sizeClassMeasure(String name, long marketValue, long micro, long small, long medium) {
    DeMinimisMeasure.Builder m = DeMinimisMeasure.builder().name(name).marketValue(Eur.of(marketValue));
    long[] contribution = {micro, small, medium};
    CompanySize[] sizes = {CompanySize.MICRO, CompanySize.SMALL, CompanySize.MEDIUM};
    for (int i = 0; i < sizes.length; i++) {
      m.addContribution(SizeClassAmount.builder().size(sizes[i]).amount(Eur.of(contribution[i])).build());
      m.addStatedAid(SizeClassAmount.builder().size(sizes[i]).amount(Eur.of(marketValue - contribution[i])).build());
    }
    return m.build();
  }

  private static Breakdown byMember(long xamk, long miksei, long proAgria, long hake) {
    return Breakdown.builder().dimension("toteuttaja")
        .addPart(BreakdownPart.of("Xamk", xamk))
        .addPart(BreakdownPart.of("Miksei", miksei))
        .addPart(BreakdownPart.of("ProAgria", proAgria))
        .addPart(BreakdownPart.of("Hake", hake))
        .build();
  }
}
