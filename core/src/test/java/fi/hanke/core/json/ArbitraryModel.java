package fi.hanke.core.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fi.hanke.core.Coverage;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Call;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
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
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.MonthPeriod;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.javamoney.moneta.FastMoney;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of arbitrary model objects for the JSON round trip: every attribute of every type is
 * exercised, optionals are often empty, strings carry Finnish and Swedish letters, quotes, backslashes, line
 * breaks, control characters and characters outside the BMP, amounts reach the largest and smallest hanke/1
 * holds (15 digits), dates the years 0000 and 9999. The objects need not be valid under any rule: the format must carry
 * what the model can hold.
 */
public final class ArbitraryModel {
  private static final List<Region> REGIONS = Regions.finland().regions();
  private static final List<Municipality> MUNICIPALITIES = Regions.finland().municipalities();
  private static final List<String> WORDS = List.of("hanke", "Pohjois-Karjala", "Åbo Akademi", "ÄÖÅ äöå", "kehittäminen",
      "Närpes", "\"lainaus\"", "kenoviiva \\", "rivi\nrivi", "sarake\tsarake", "€", "\u0001", "😀", "Ž", " ", "",
      "Ylä-Savo", "Kristinestad", "a/b", "<tag>", "\u2028");
  private static final String LARGEST = "9999999999999.99"; // the largest amount hanke/1 holds: 15 digits

  private ArbitraryModel() {}

  /** @return arbitrary projects */
  public static Gen<Project> projects() {
    return in -> project(new Draw(in), 2);
  }

  /** @return arbitrary group projects */
  public static Gen<GroupProject> groupProjects() {
    return in -> groupProject(new Draw(in));
  }

  /** @return arbitrary documents, projects and group projects alike */
  public static Gen<HankeDocument> documents() {
    return in -> {
      Draw d = new Draw(in);
      return d.coin() ? HankeDocument.of(project(d, 2)) : HankeDocument.of(groupProject(d));
    };
  }

  static GroupProject groupProject(Draw d) {
    return GroupProject.builder()
        .groupId(d.maybe(() -> "R-" + d.nonBlank()))
        .plan(project(d, 2))
        .memberCoverage(d.pick(Coverage.values()))
        .members(d.some(3, () -> member(d)))
        .applicationNumbers(d.some(3, d::text))
        .build();
  }

  static GroupMember member(Draw d) {
    return GroupMember.builder()
        .key(d.nonBlank())
        .organisation(organisation(d))
        .role(d.pick(MemberRole.values()))
        .roleLabel(d.maybe(d::nonBlank))
        .applicationNumber(d.maybe(d::nonBlank))
        .project(d.maybe(() -> project(d, 1)))
        .build();
  }

  /** @param size how many elements lists get at most */
  static Project project(Draw d, int size) {
    return Project.builder()
        .documentKind(d.maybe(() -> d.pick(DocumentKind.values())))
        .documentDate(d.maybe(d::date))
        .name(d.maybe(d::nonBlank))
        .applicant(d.maybe(() -> organisation(d)))
        .applicationNumber(d.maybe(d::nonBlank))
        .diaryNumber(d.maybe(d::text))
        .received(d.maybe(d::date))
        .start(d.maybe(d::date))
        .end(d.maybe(d::date))
        .authority(d.maybe(d::text))
        .call(d.maybe(() -> Call.builder().name(d.text()).id(d.maybe(d::text)).build()))
        .placement(d.coin() ? ProgrammePlacement.builder().build() : ProgrammePlacement.builder()
            .programme(d.maybe(() -> d.pick(Programme.values())))
            .priority(d.maybe(() -> d.coin() ? d.between(1, 6) : integers().all().generate(d.in)))
            .specificObjective(d.maybe(d::text))
            .fund(d.maybe(() -> d.pick(Fund.values())))
            .supportForm(d.maybe(d::text))
            .projectType(d.pick(ProjectType.values()))
            .build())
        .nationwide(d.maybe(d::coin))
        .deMinimisServices(d.maybe(d::coin))
        .regions(d.some(size + 1, () -> d.pick(REGIONS)))
        .municipalities(d.some(size + 1, () -> d.pick(MUNICIPALITIES)))
        .costModel(d.maybe(() -> CostModel.builder()
            .option(d.pick(CostOption.values()))
            .staffCostModel(d.maybe(() -> d.pick(StaffCostModel.values())))
            .travelCostModel(d.maybe(() -> d.pick(TravelCostModel.values())))
            .vatIncluded(d.maybe(d::coin))
            .build()))
        .costEstimate(d.maybe(() -> CostEstimate.builder()
            .layout(d.pick(CostLayout.values()))
            .coverage(d.pick(Coverage.values()))
            .statedNetAppliedHedge(d.pick(Hedge.values()))
            .lines(d.some(size + 2, () -> costLine(d)))
            .statedNetApplied(d.maybe(d::amount))
            .statedNetApproved(d.maybe(d::amount))
            .build()))
        .fundingPlan(d.maybe(() -> FundingPlan.builder()
            .lines(d.some(size + 2, () -> FundingLine.builder()
                .source(d.pick(FundingSource.values()))
                .applied(d.amount())
                .appliedHedge(d.pick(Hedge.values()))
                .approved(d.maybe(d::amount))
                .statedShare(d.maybe(d::percentage))
                .label(d.maybe(d::text))
                .build()))
            .coverage(d.pick(Coverage.values()))
            .statedTotalApplied(d.maybe(d::amount))
            .statedTotalAppliedHedge(d.pick(Hedge.values()))
            .statedTotalApproved(d.maybe(d::amount))
            .statedAidRate(d.maybe(d::percentage))
            .regionalSplit(d.some(size, () -> RegionalAidShare.of(d.pick(REGIONS), d.amount())))
            .build()))
        .workPackages(d.some(size, () -> workPackage(d)))
        .targets(d.some(size, () -> target(d)))
        .assessment(d.maybe(() -> Assessment.builder()
            .points(d.maybe(d::decimal))
            .maximumPoints(d.maybe(d::decimal))
            .recommended(d.maybe(d::coin))
            .meetings(d.some(2, () -> Meeting.builder().body(d.text()).date(d.date()).note(d.maybe(d::text)).build()))
            .regionalProgrammeLink(d.maybe(d::text))
            .preparer(d.maybe(d::text))
            .reasoning(d.maybe(d::text))
            .build()))
        .decision(d.maybe(() -> Decision.builder()
            .body(d.maybe(d::text))
            .date(d.maybe(d::date))
            .outcome(d.maybe(() -> d.pick(DecisionOutcome.values())))
            .text(d.maybe(d::text))
            .build()))
        .build();
  }

  static CostLine costLine(Draw d) {
    CostLine.Builder b = CostLine.builder()
        .category(d.pick(CostCategory.values()))
        .applied(d.amount())
        .appliedHedge(d.pick(Hedge.values()))
        .approved(d.maybe(d::amount))
        .label(d.maybe(d::text));
    for (int i = 0, n = d.between(0, 3), year = d.between(0, 9990); i < n; i++) {
      b.putAppliedByYear(Year.of(year + i * d.between(1, 3)), d.amount());
    }
    return b.build();
  }

  static Organisation organisation(Draw d) {
    return Organisation.builder()
        .name(d.nonBlank())
        .businessId(d.maybe(d::businessId))
        .kind(d.pick(OrganisationKind.values()))
        .build();
  }

  static WorkPackage workPackage(Draw d) {
    return WorkPackage.builder()
        .code(d.nonBlank())
        .title(d.text())
        .periods(d.some(2, () -> MonthPeriod.of(d.month(), d.month())))
        .description(d.maybe(d::text))
        .responsibleMembers(d.some(2, d::text))
        .costBearer(d.maybe(d::text))
        .targets(d.some(2, () -> target(d)))
        .participationFees(d.some(2, () -> ParticipationFee.builder()
            .description(d.maybe(d::text))
            .tiers(d.some(2, () -> FeeTier.builder()
                .amount(d.amount())
                .condition(d.maybe(d::text))
                .turnoverAbove(d.maybe(d::amount))
                .companySize(d.maybe(() -> d.pick(CompanySize.values())))
                .build()))
            .collectedBy(d.maybe(d::text))
            .build()))
        .deMinimisMeasures(d.some(2, () -> DeMinimisMeasure.builder()
            .name(d.nonBlank())
            .regulation(d.pick(DeMinimisRegulation.values()))
            .marketValue(d.amount())
            .contributions(d.some(2, () -> sizeClassAmount(d)))
            .statedAid(d.some(2, () -> sizeClassAmount(d)))
            .build()))
        .deMinimisParticipants(d.some(2, () -> DeMinimisParticipant.builder()
            .businessId(d.businessId())
            .name(d.maybe(d::text))
            .size(d.pick(CompanySize.values()))
            .measure(d.text())
            .grantedOn(d.date())
            .build()))
        .build();
  }

  static SizeClassAmount sizeClassAmount(Draw d) {
    return SizeClassAmount.builder().size(d.maybe(() -> d.pick(CompanySize.values()))).amount(d.amount()).build();
  }

  static Target target(Draw d) {
    return Target.builder()
        .description(d.text())
        .quantity(d.count())
        .upTo(d.maybe(d::count))
        .bound(d.maybe(() -> d.pick(TargetBound.values())))
        .unit(d.maybe(d::text))
        .indicator(d.maybe(d::text))
        .breakdowns(d.some(2, () -> Breakdown.builder()
            .dimension(d.text())
            .parts(d.some(3, () -> BreakdownPart.of(d.nonBlank(), d.count())))
            .complete(d.coin())
            .build()))
        .build();
  }

  /** Draws values from QuickTheories' randomness, so that failures shrink. */
  static final class Draw {
    final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return integers().between(min, max).generate(in);
    }

    boolean coin() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
      return pick(Arrays.asList(values));
    }

    <T> Optional<T> maybe(Supplier<T> value) {
      return coin() ? Optional.of(value.get()) : Optional.empty();
    }

    <T> List<T> some(int max, Supplier<T> element) {
      List<T> list = new ArrayList<>();
      for (int i = 0, n = between(0, max); i < n; i++) {
        list.add(element.get());
      }
      return list;
    }

    /** Any text: words with hard characters, random code points, or nothing. */
    String text() {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = between(0, 4); i < n; i++) {
        if (coin()) {
          b.append(pick(WORDS));
        } else {
          int c = between(0, 3) == 0 ? between(0x20, 0x10FFFF) : between(0x20, 0x17F);
          if (c >= 0xD800 && c <= 0xDFFF) {
            c = 'x';
          }
          b.appendCodePoint(c);
        }
      }
      return b.toString();
    }

    String nonBlank() {
      String text = text();
      return text.isBlank() ? "Ö" + text : text;
    }

    /** Amounts from cents to the largest hanke/1 holds, either sign, with zero to two decimals as written. */
    FastMoney amount() {
      switch (between(0, 5)) {
        case 0:
          return Eur.parse(LARGEST);
        case 1:
          return Eur.parse("-" + LARGEST);
        case 2:
          return Eur.ofCents(longs().between(-10_000_000_00L, 10_000_000_00L).generate(in));
        default:
          StringBuilder digits = new StringBuilder();
          for (int i = 0, n = between(1, 13); i < n; i++) {
            digits.append((char) ('0' + between(0, 9)));
          }
          int decimals = between(0, 2);
          for (int i = 0; i < decimals; i++) {
            digits.append((char) ('0' + between(0, 9)));
          }
          BigDecimal number = new BigDecimal(new java.math.BigInteger(digits.toString()), decimals);
          return Eur.of(coin() ? number : number.negate());
      }
    }

    Percentage percentage() {
      return Percentage.of(BigDecimal.valueOf(between(0, 1_000_000), between(0, 4)));
    }

    /** Non-negative decimals whose scale the format keeps. */
    BigDecimal decimal() {
      return BigDecimal.valueOf(between(0, 100_000), between(0, 3));
    }

    long count() {
      return coin() ? between(0, 1000) : longs().between(0, Long.MAX_VALUE).generate(in);
    }

    LocalDate date() {
      return between(0, 9) == 0 ? LocalDate.of(pick(0, 9999), between(1, 12), between(1, 28))
          : LocalDate.of(2000, 1, 1).plusDays(between(0, 365 * 40));
    }

    YearMonth month() {
      return YearMonth.of(between(0, 9) == 0 ? pick(0, 9999) : between(2000, 2040), between(1, 12));
    }

    BusinessId businessId() {
      return BusinessId.parse(String.format("%07d-%d", between(0, 9_999_999), between(0, 9)));
    }
  }
}
