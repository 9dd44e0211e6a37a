package fi.hanke.examples.bench.beans;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programmes;
import fi.hanke.core.programme.SpecificObjective;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.testing.Mutations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.javamoney.moneta.FastMoney;

/**
 * Edits of valid projects and groups (from {@code ValidProjects}) that break the rules of {@link ComparedRules},
 * each named by the rule it aims at (and a variant: inside the tolerance, another column …). Every rule of the set
 * has at least one edit that makes it fire on any valid project of the generators; an edit may make other rules
 * fire too. The edits of {@code Mutations} are among them.
 */
final class RuleBreakers {
  private static final Regions FINLAND = Regions.finland();

  private RuleBreakers() {}

  /** @return edits of a single project, by name; the first keeps it as it is */
  static Map<String, UnaryOperator<Project>> projects() {
    Map<String, UnaryOperator<Project>> m = new LinkedHashMap<>();
    m.put("valid", p -> p);
    m.put("Mutations.rebalance", Mutations::rebalance);
    m.put("ID-BUSINESS-ID-CHECK-DIGIT", p -> p.withApplicant(wrongCheckDigit(
        p.applicant().orElse(Organisation.builder().name("Hakija ry").kind(OrganisationKind.ASSOCIATION).build()))));
    m.put("DATE-END-BEFORE-START", p -> p.withEnd(p.start().orElseThrow().minusDays(1)));
    m.put("DATE-RECEIVED-AFTER-START", p -> p.withReceived(p.start().orElseThrow().plusDays(10)));
    m.put("DATE-OUTSIDE-ELIGIBILITY end", p -> p.withEnd(LocalDate.of(2030, 6, 30)));
    m.put("DATE-OUTSIDE-ELIGIBILITY start", p -> p.withStart(LocalDate.of(2020, 12, 1)));
    m.put("DATE-WORK-PACKAGE-OUTSIDE-PROJECT", p -> {
      YearMonth after = YearMonth.from(p.end().orElseThrow()).plusMonths(1);
      return withFirstWorkPackage(p, b -> b.addPeriod(MonthPeriod.of(after, after.plusMonths(1))));
    });
    m.put("DATE-MEETING-BEFORE-RECEIVED", p -> p.withAssessment(assessment(p)
        .addMeeting(Meeting.of("Hankeryhmä", p.received().orElseThrow().minusDays(5))).build()));
    m.put("DATE-DECISION-BEFORE-MEETING", p -> {
      LocalDate meeting = p.end().orElseThrow();
      return p.withAssessment(assessment(p).addMeeting(Meeting.of("Maakunnan yhteistyöryhmä", meeting)).build())
          .withDecision(Decision.builder().body("Rahoituskokous").date(meeting.minusDays(1)).build());
    });
    m.put("COST-NET-TOTAL", p -> p.withCostEstimate(stated(p, "100")));
    m.put("COST-NET-TOTAL within tolerance", p -> p.withCostEstimate(stated(p, "0.40")));
    m.put("COST-NET-TOTAL approved", p -> {
      CostEstimate e = p.costEstimate().orElseThrow();
      List<CostLine> lines = new ArrayList<>();
      e.lines().forEach(l -> lines.add(l.withApproved(l.applied())));
      CostEstimate approved = e.withLines(lines);
      return p.withCostEstimate(approved.withStatedNetApproved(approved.netApplied().add(Eur.of(50))));
    });
    m.put("COST-FLAT-RATE-LINE", p -> Mutations.withCostLine(p, CostCategory.FLAT_RATE, flatRate(p).add(Eur.of(10))));
    m.put("COST-FLAT-RATE-LINE within tolerance",
        p -> Mutations.withCostLine(p, CostCategory.FLAT_RATE, flatRate(p).add(Eur.parse("0.50"))));
    m.put("COST-LINE-NOT-CLAIMABLE", p -> Mutations.withCostLine(p, CostCategory.LUMP_SUM, Eur.of(1_000)));
    m.put("COST-FLAT-RATE-CONDITIONS", p -> withOption(Mutations.withCostLine(Mutations.withCostLine(p,
        CostCategory.PURCHASED_SERVICES, Eur.zero()), CostCategory.TRAVEL, Eur.zero()), CostOption.FLAT_RATE_7));
    m.put("COST-OPTION-FUND", p -> withOption(p, CostOption.FLAT_RATE_1_5).withPlacement(
        ProgrammePlacement.builder().priority(4).specificObjective("4.1").fund(Fund.ESF_PLUS).build()));
    m.put("COST-TRAVEL-UNIT-COSTS", p -> p.withCostModel(
        p.costModel().orElseThrow().withOption(CostOption.REAL_COSTS).withTravelCostModel(TravelCostModel.UNIT_COSTS)));
    m.put("COST-LUMP-SUM-LIMIT",
        p -> withOption(Mutations.withCostLine(p, CostCategory.STAFF, Eur.of(250_000)), CostOption.LUMP_SUM));
    m.put("COST-APPROVED-ABOVE-APPLIED", p -> {
      CostEstimate e = p.costEstimate().orElseThrow();
      List<CostLine> lines = new ArrayList<>();
      e.lines().forEach(l -> lines.add(
          l.category() == CostCategory.STAFF ? l.withApproved(l.applied().add(Eur.of(100))) : l));
      return p.withCostEstimate(e.withLines(lines));
    });
    m.put("FUNDING-LINES-SUM", p -> Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, Eur.of(100)));
    m.put("FUNDING-LINES-SUM within tolerance",
        p -> Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, Eur.parse("0.50")));
    m.put("FUNDING-LINES-SUM approved", p -> {
      FundingPlan f = p.fundingPlan().orElseThrow();
      List<FundingLine> lines = new ArrayList<>();
      f.lines().forEach(l -> lines.add(l.withApproved(l.applied())));
      return p.withFundingPlan(f.withLines(lines).withStatedTotalApproved(f.totalApplied().subtract(Eur.of(20))));
    });
    m.put("FUNDING-MATCHES-COST", p -> matchesCostOff(p, Eur.of(100)));
    m.put("FUNDING-MATCHES-COST within tolerance", p -> matchesCostOff(p, Eur.parse("0.30")));
    m.put("FUNDING-AID-CEILING", p -> Mutations.fundedAt(p, new BigDecimal("0.85")));
    m.put("FUNDING-AID-CEILING within tolerance", p -> {
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      FastMoney ceiling = Percentage.of(80).of(net, RoundingMode.DOWN);
      return Mutations.withFunding(p, ceiling.add(Eur.parse("0.50")), FundingSource.OWN_MUNICIPAL);
    });
    m.put("FUNDING-FULL-AID", p -> Mutations.fundedAt(p, BigDecimal.ONE));
    m.put("FUNDING-OWN-FUNDING", p -> {
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      return Mutations.withFunding(p, Percentage.of(50).of(net, RoundingMode.DOWN), FundingSource.EXTERNAL_PRIVATE);
    });
    m.put("FUNDING-REGIONAL-SPLIT", p -> withSplit(p, Eur.of(100)));
    m.put("FUNDING-REGIONAL-SPLIT within tolerance", p -> withSplit(p, Eur.parse("0.30")));
    m.put("FUNDING-STATED-SHARE", p -> {
      FundingPlan f = p.fundingPlan().orElseThrow();
      BigDecimal aidShare = Eur.decimal(f.aidApplied()).multiply(BigDecimal.valueOf(100))
          .divide(Eur.decimal(f.statedTotalApplied().orElseThrow()), 0, RoundingMode.HALF_UP);
      List<FundingLine> lines = new ArrayList<>();
      for (FundingLine l : f.lines()) {
        lines.add(l.source() == FundingSource.EU_AND_STATE ? l.withStatedShare(Percentage.of(aidShare))
            : l.source() == FundingSource.OWN_MUNICIPAL ? l.withStatedShare(Percentage.of(99)) : l);
      }
      return p.withFundingPlan(f.withLines(lines));
    });
    m.put("WORK-DUPLICATE-CODE", p -> {
      List<WorkPackage> wps = new ArrayList<>(withFirstWorkPackage(p, b -> b).workPackages());
      wps.add(wps.get(0));
      return p.withWorkPackages(wps);
    });
    m.put("WORK-TARGET-RANGE", p -> p.withTargets(plus(p.targets(), target(10).upTo(5L).build())));
    m.put("WORK-TARGET-BREAKDOWN", p -> withFirstWorkPackage(p.withTargets(plus(p.targets(),
        target(10).addBreakdown(breakdown(true, 3, 4)).build())),
        b -> b.addTarget(target(10).upTo(20L).addBreakdown(breakdown(false, 12, 9)).build())));
    m.put("WORK-DE-MINIMIS-AID", p -> withFirstWorkPackage(p, b -> b.addDeMinimisMeasure(DeMinimisMeasure.builder()
        .name("Analyysi").marketValue(Eur.of(1_000))
        .addContribution(size(CompanySize.MICRO, 300))
        .addStatedAid(size(CompanySize.MICRO, 600)).addStatedAid(size(CompanySize.SMALL, 1_000))
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(900)).build())
        .build())));
    m.put("WORK-DE-MINIMIS-CONTRIBUTION", p -> withFirstWorkPackage(p, b -> b.addDeMinimisMeasure(DeMinimisMeasure
        .builder().name("Valmennuspolku").marketValue(Eur.of(500))
        .addContribution(size(CompanySize.SMALL, 800)).addStatedAid(size(CompanySize.SMALL, 0)).build())));
    m.put("PROGRAMME-OBJECTIVE-UNKNOWN", p -> p.withPlacement(p.placement().withSpecificObjective("9.9")));
    m.put("PROGRAMME-OBJECTIVE-PRIORITY", p -> {
      SpecificObjective o = objective(p);
      return p.withPlacement(p.placement().withPriority(o.priority() == 1 ? 2 : 1));
    });
    m.put("PROGRAMME-FUND-PRIORITY", p -> p.withPlacement(p.placement()
        .withFund(objective(p).fund() == Fund.ERDF ? Fund.ESF_PLUS : Fund.ERDF)));
    m.put("PROGRAMME-MUNICIPALITY-REGION", p -> {
      Region elsewhere = FINLAND.regions().stream().filter(r -> r.isMainland() && !p.regions().contains(r))
          .findFirst().orElseThrow();
      return p.withMunicipalities(plus(p.municipalities(),
          FINLAND.municipalitiesIn(elsewhere, p.start().orElseThrow()).get(0)));
    });
    m.put("PROGRAMME-REGION-OUTSIDE", p -> p.withRegions(plus(p.regions(), FINLAND.region("21"))));
    m.put("ASSESSMENT-POINTS-ABOVE-MAXIMUM", p -> p.withAssessment(assessment(p)
        .points(BigDecimal.valueOf(40)).maximumPoints(BigDecimal.valueOf(39)).build()));
    m.put("AID-UNKNOWN-MEASURE", p -> withFirstWorkPackage(p, b -> b.addDeMinimisParticipant(
        participant("Tuntematon toimenpide", LocalDate.of(2025, 3, 1)))));
    m.put("AID-REGULATION-IN-FORCE", p -> withFirstWorkPackage(p, b -> b
        .addDeMinimisMeasure(DeMinimisMeasure.builder().name("Vanha valmennus")
            .regulation(DeMinimisRegulation.GENERAL_1407_2013).marketValue(Eur.of(1_000)).build())
        .addDeMinimisMeasure(DeMinimisMeasure.builder().name("Uusi valmennus").marketValue(Eur.of(1_000)).build())
        .addDeMinimisParticipant(participant("Vanha valmennus", LocalDate.of(2025, 3, 1)))
        .addDeMinimisParticipant(participant("Uusi valmennus", LocalDate.of(2025, 3, 1)))));
    m.put("boundary: eligibility's first and last day, received on the start", p -> p.withStart(LocalDate.of(2021, 1, 1))
        .withReceived(LocalDate.of(2021, 1, 1)).withEnd(LocalDate.of(2029, 12, 31)));
    m.put("boundary: a meeting on the received day, the decision on the latest meeting's day", p -> {
      LocalDate received = p.received().orElseThrow();
      return p.withAssessment(assessment(p).addMeeting(Meeting.of("Hankeryhmä", received))
          .addMeeting(Meeting.of("Maakunnan yhteistyöryhmä", received.plusDays(40))).build())
          .withDecision(Decision.builder().body("Rahoituskokous").date(received.plusDays(40)).build());
    });
    m.put("boundary: work package in the project's first and last month", p -> withFirstWorkPackage(p, b -> b
        .addPeriod(MonthPeriod.of(YearMonth.from(p.start().orElseThrow()), YearMonth.from(p.end().orElseThrow())))));
    m.put("boundary: purchased services exactly 30 % of staff under 7 %", p -> withOption(Mutations.withCostLine(
        Mutations.withCostLine(Mutations.withCostLine(Mutations.withCostLine(Mutations.withCostLine(p,
            CostCategory.STAFF, Eur.of(10_000)), CostCategory.PURCHASED_SERVICES, Eur.of(3_000)),
            CostCategory.TRAVEL, Eur.zero()), CostCategory.OTHER, Eur.zero()), CostCategory.FLAT_RATE, Eur.of(910)),
        CostOption.FLAT_RATE_7));
    m.put("boundary: lump-sum project at the limit", p -> withOption(Mutations.rebalance(p.withCostEstimate(
        CostEstimate.builder().addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(200_000)).build())
            .build())), CostOption.LUMP_SUM));
    m.put("boundary: aid at the ceiling, approved equal to applied", p -> {
      FastMoney net = p.costEstimate().orElseThrow().netAppliedAsStated();
      Project q = Mutations.withFunding(p, Percentage.of(80).of(net, RoundingMode.DOWN), FundingSource.OWN_MUNICIPAL);
      CostEstimate e = q.costEstimate().orElseThrow();
      List<CostLine> lines = new ArrayList<>();
      e.lines().forEach(l -> lines.add(l.withApproved(l.applied())));
      return q.withCostEstimate(e.withLines(lines));
    });
    m.put("boundary: range up to its lower end, breakdowns at the upper end, contribution equal to the value", p ->
        withFirstWorkPackage(p.withTargets(plus(p.targets(), target(10).upTo(10L)
            .addBreakdown(breakdown(true, 6, 4)).addBreakdown(breakdown(false, 10)).build())),
            b -> b.addDeMinimisMeasure(DeMinimisMeasure.builder().name("Maksullinen valmennus").marketValue(Eur.of(500))
                .addContribution(size(CompanySize.MICRO, 500)).addStatedAid(size(CompanySize.MICRO, 0)).build())));
    return m;
  }

  /** @return edits of a group project, by name: the group's own, then each project edit on the plan and on a member */
  static Map<String, UnaryOperator<GroupProject>> groups() {
    Map<String, UnaryOperator<GroupProject>> m = new LinkedHashMap<>();
    m.put("valid", g -> g);
    m.put("GROUP-MAIN-IMPLEMENTER none", g -> withMembers(g, (i, x) -> x.withRole(MemberRole.CO_IMPLEMENTER)));
    m.put("GROUP-MAIN-IMPLEMENTER two", g -> withMembers(g, (i, x) -> i == 1 ? x.withRole(MemberRole.MAIN_IMPLEMENTER) : x));
    m.put("GROUP-DUPLICATE-MEMBER", g -> withMembers(g, (i, x) -> i == 1 ? x.withKey(g.members().get(0).key()) : x));
    m.put("GROUP-MEMBER-COSTS", g -> g.withPlan(withPlanStaff(g.plan(), Eur.of(100))));
    m.put("GROUP-MEMBER-COSTS within tolerance", g -> g.withPlan(withPlanStaff(g.plan(), Eur.parse("0.50"))));
    m.put("GROUP-MEMBER-COSTS partial", g -> withoutLastMembersBudget(g));
    m.put("GROUP-MEMBER-COSTS partial exceeded", g -> {
      GroupProject partial = withoutLastMembersBudget(g);
      FastMoney staff = partial.plan().costEstimate().orElseThrow().applied(CostCategory.STAFF);
      return partial.withPlan(withPlanStaff(partial.plan(), staff.negate()));
    });
    m.put("GROUP-MEMBER-FUNDING",
        g -> g.withPlan(Mutations.addToFundingLine(g.plan(), FundingSource.OWN_MUNICIPAL, Eur.of(100))));
    m.put("GROUP-MEMBER-FUNDING within tolerance",
        g -> g.withPlan(Mutations.addToFundingLine(g.plan(), FundingSource.OWN_MUNICIPAL, Eur.parse("0.50"))));
    m.put("GROUP-WORK-PACKAGE-MEMBER", g -> g.withPlan(withFirstWorkPackage(g.plan(), b -> b
        .costBearer("Ei jäsen").addResponsibleMember("Tuntematon")
        .addParticipationFee(ParticipationFee.builder().description("250 € / yritys").collectedBy("Laskuttaja").build())
        .addParticipationFee(ParticipationFee.builder().collectedBy(g.members().get(0).key()).build()))));
    m.put("GROUP-STAFF-COST-MODEL", g -> withMembers(g, (i, x) -> i == 0
        ? x.withProject(x.project().orElseThrow().withCostModel(x.project().orElseThrow().costModel().orElseThrow()
            .withStaffCostModel(StaffCostModel.FIXED_SIDE_COST_PERCENTAGE)))
        : x));
    m.put("ID-BUSINESS-ID-CHECK-DIGIT member", g -> withMembers(g, (i, x) -> i == 0
        ? x.withOrganisation(wrongCheckDigit(x.organisation())) : x));
    projects().forEach((name, edit) -> {
      m.put("plan: " + name, g -> g.withPlan(edit.apply(g.plan())));
      m.put("members[1]: " + name,
          g -> withMembers(g, (i, x) -> i == 1 ? x.withProject(edit.apply(x.project().orElseThrow())) : x));
    });
    return m;
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private interface MemberEdit {
    GroupMember apply(int index, GroupMember member);
  }

  private static GroupProject withMembers(GroupProject g, MemberEdit edit) {
    List<GroupMember> members = new ArrayList<>();
    for (int i = 0; i < g.members().size(); i++) {
      members.add(edit.apply(i, g.members().get(i)));
    }
    return g.withMembers(members);
  }

  private static GroupProject withoutLastMembersBudget(GroupProject g) {
    int last = g.members().size() - 1;
    return withMembers(g, (i, x) -> i == last ? x.withProject(Optional.empty()) : x);
  }

  private static Project withPlanStaff(Project plan, FastMoney delta) {
    CostEstimate e = plan.costEstimate().orElseThrow();
    List<CostLine> lines = new ArrayList<>();
    e.lines().forEach(l -> lines.add(l.category() == CostCategory.STAFF ? l.withApplied(l.applied().add(delta)) : l));
    return plan.withCostEstimate(e.withLines(lines));
  }

  private static Organisation wrongCheckDigit(Organisation o) {
    BusinessId id = o.businessId().orElse(BusinessId.parse("0600598-8"));
    int wrong = (id.expectedCheckDigit().orElse(0) + 1) % 10;
    return o.withBusinessId(BusinessId.parse(id.body() + "-" + wrong));
  }

  private static Assessment.Builder assessment(Project p) {
    Assessment.Builder b = Assessment.builder();
    p.assessment().ifPresent(b::from);
    return b;
  }

  private static Project withOption(Project p, CostOption option) {
    return p.withCostModel(p.costModel().orElseThrow().withOption(option));
  }

  private static CostEstimate stated(Project p, String delta) {
    CostEstimate e = p.costEstimate().orElseThrow();
    return e.withStatedNetApplied(e.netApplied().add(Eur.parse(delta)));
  }

  private static FastMoney flatRate(Project p) {
    return p.costEstimate().orElseThrow().applied(CostCategory.FLAT_RATE);
  }

  private static Project matchesCostOff(Project p, FastMoney delta) {
    Project more = Mutations.addToFundingLine(p, FundingSource.OWN_MUNICIPAL, delta);
    FundingPlan f = more.fundingPlan().orElseThrow();
    return more.withFundingPlan(f.withStatedTotalApplied(f.totalApplied()));
  }

  private static Project withSplit(Project p, FastMoney delta) {
    FundingPlan f = p.fundingPlan().orElseThrow();
    Region region = p.regions().isEmpty() ? FINLAND.region("10") : p.regions().get(0);
    return p.withFundingPlan(f.withRegionalSplit(RegionalAidShare.of(region, f.aidApplied().add(delta))));
  }

  private static SpecificObjective objective(Project p) {
    return Programmes.finland2021to2027().specificObjective(p.placement().specificObjective().orElseThrow()).orElseThrow();
  }

  private static Project withFirstWorkPackage(Project p, UnaryOperator<WorkPackage.Builder> edit) {
    List<WorkPackage> wps = new ArrayList<>(p.workPackages());
    if (wps.isEmpty()) {
      wps.add(WorkPackage.builder().code("TP9").title("Lisätty työpaketti").build());
    }
    wps.set(0, edit.apply(WorkPackage.builder().from(wps.get(0))).build());
    return p.withWorkPackages(wps);
  }

  private static Target.Builder target(long quantity) {
    return Target.builder().description("Lisätty tavoite").quantity(quantity).unit("henkilöä");
  }

  private static Breakdown breakdown(boolean complete, long... parts) {
    Breakdown.Builder b = Breakdown.builder().dimension(complete ? "maakunta" : "ikäryhmä").complete(complete);
    for (int i = 0; i < parts.length; i++) {
      b.addPart(BreakdownPart.of("osa " + (i + 1), parts[i]));
    }
    return b.build();
  }

  private static SizeClassAmount size(CompanySize size, long euros) {
    return SizeClassAmount.builder().size(size).amount(Eur.of(euros)).build();
  }

  private static DeMinimisParticipant participant(String measure, LocalDate grantedOn) {
    return DeMinimisParticipant.builder().businessId(BusinessId.parse("0600598-8")).size(CompanySize.SMALL)
        .measure(measure).grantedOn(grantedOn).build();
  }

  private static <T> List<T> plus(List<T> values, T value) {
    List<T> out = new ArrayList<>(values);
    out.add(value);
    return out;
  }
}
