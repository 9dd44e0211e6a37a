package fi.hanke.examples.bench;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.examples.seeds.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Projects with many of one thing (<i>suuret hankkeet</i>, sv. <i>stora projekt</i>), for the benchmark of how
 * validation time grows ({@link ScalingBenchmark}): {@link TypicalProjects} with one list made {@code n} long,
 * built with the model's builders and {@code withX} copies. Each list's elements differ only where the model needs
 * them to (codes, names, keys, business ids, dates), so that the rules do the same work per element at every
 * size: the findings per element are the same at 100 as at 100 000.
 *
 * <ul>
 *   <li>{@link #workPackages(int)}: the typical single project with {@code n} copies of its first work package,
 *       codes {@code TP1} … {@code TPn};
 *   <li>{@link #members(int)}: the typical group with {@code n} members, each a copy of its first member (own
 *       project and budget included) with its own key, business id and application number;
 *   <li>{@link #costLines(int)}: the typical single project whose staff costs are {@code n} lines of 100 €;
 *   <li>{@link #measures(int)}: one work package with {@code n} de minimis measures of 1 200 €, one company
 *       taking part in each;
 *   <li>{@link #participants(int)}: one work package with one measure of 1 200 € and {@code n} companies taking part;
 *   <li>{@link #register(int)}: a register of earlier de minimis aid, 1 000 € a year ago for each of the first
 *       {@code n} companies the two before use, and a full 300 000 € for every hundredth of them, whose planned
 *       grant does not fit.
 * </ul>
 */
public final class LargeProjects {
  private LargeProjects() {}

  /** The day the planned de minimis grants are given: within the typical single project's months. */
  private static final LocalDate GRANTED = LocalDate.of(2024, 9, 2);

  /**
   * @param n the number of work packages
   * @return the typical single project with {@code n} work packages
   */
  public static Project workPackages(int n) {
    Project p = TypicalProjects.single();
    WorkPackage first = p.workPackages().get(0);
    List<WorkPackage> wps = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      wps.add(first.withCode("TP" + i));
    }
    return p.withWorkPackages(wps);
  }

  /**
   * @param n the number of members
   * @return the typical group with {@code n} members
   */
  public static GroupProject members(int n) {
    GroupProject g = TypicalProjects.group();
    GroupMember first = g.members().get(0);
    GroupProject.Builder out = GroupProject.builder().from(g).members(List.of()).applicationNumbers(List.of());
    for (int i = 0; i < n; i++) {
      String number = "EU" + (100000 + i);
      Organisation org = first.organisation().withName("Jäsen " + i).withBusinessId(company(i));
      GroupMember m = first.withKey("M" + i).withOrganisation(org).withApplicationNumber(number)
          .withRole(i == 0 ? MemberRole.MAIN_IMPLEMENTER : MemberRole.CO_IMPLEMENTER);
      if (m.project().isPresent()) {
        m = m.withProject(m.project().get().withApplicant(org).withApplicationNumber(number));
      }
      out.addMember(m);
      out.addApplicationNumber(number);
    }
    return out.build();
  }

  /**
   * @param n the number of staff-cost lines
   * @return the typical single project whose staff costs are {@code n} lines of 100 €
   */
  public static Project costLines(int n) {
    Project p = TypicalProjects.single();
    CostEstimate estimate = p.costEstimate().orElseThrow();
    List<CostLine> lines = new ArrayList<>(n + estimate.lines().size());
    CostLine staff = CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(100)).build();
    for (int i = 0; i < n; i++) {
      lines.add(staff.withLabel("Henkilö " + i));
    }
    for (CostLine l : estimate.lines()) {
      if (l.category() != CostCategory.STAFF) {
        lines.add(l);
      }
    }
    return p.withCostEstimate(estimate.withLines(lines));
  }

  /**
   * @param n the number of measures
   * @return the typical single project whose first work package has {@code n} de minimis measures, one company
   *     taking part in each
   */
  public static Project measures(int n) {
    List<DeMinimisMeasure> measures = new ArrayList<>(n);
    List<DeMinimisParticipant> participants = new ArrayList<>(n);
    DeMinimisMeasure measure = measure("Toimenpide");
    for (int i = 0; i < n; i++) {
      measures.add(measure.withName("Toimenpide " + i));
      participants.add(participant(i, "Toimenpide " + i));
    }
    return withDeMinimis(measures, participants);
  }

  /**
   * @param n the number of companies taking part
   * @return the typical single project whose first work package has one de minimis measure and {@code n}
   *     companies taking part in it
   */
  public static Project participants(int n) {
    List<DeMinimisParticipant> participants = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      participants.add(participant(i, "Toimenpide"));
    }
    return withDeMinimis(List.of(measure("Toimenpide")), participants);
  }

  /**
   * @param n the number of companies with earlier aid
   * @return a register with 1 000 € granted a year before to each of the first {@code n} companies, and 300 000 €
   *     more to every hundredth
   */
  public static DeMinimisLedger register(int n) {
    List<DeMinimisAid> grants = new ArrayList<>(n + n / 100 + 1);
    for (int i = 0; i < n; i++) {
      grants.add(grant(i, 1_000));
      if (i % 100 == 0) {
        grants.add(grant(i, 300_000));
      }
    }
    return DeMinimisLedger.of(grants);
  }

  private static DeMinimisAid grant(int company, long euros) {
    return DeMinimisAid.builder().undertaking(company(company)).regulation(DeMinimisRegulation.GENERAL_2023_2831)
        .grossAmount(Eur.of(euros)).grantedOn(GRANTED.minusYears(1)).build();
  }

  private static Project withDeMinimis(List<DeMinimisMeasure> measures, List<DeMinimisParticipant> participants) {
    Project p = TypicalProjects.single();
    List<WorkPackage> wps = new ArrayList<>(p.workPackages());
    wps.set(0, wps.get(0).withDeMinimisMeasures(measures).withDeMinimisParticipants(participants));
    return p.withDeMinimisServices(true).withWorkPackages(wps);
  }

  private static DeMinimisMeasure measure(String name) {
    return DeMinimisMeasure.builder().name(name).marketValue(Eur.of(1_200))
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(1_200)).build()).build();
  }

  private static DeMinimisParticipant participant(int company, String measure) {
    return DeMinimisParticipant.builder().businessId(company(company)).size(CompanySize.MICRO).measure(measure)
        .grantedOn(GRANTED).build();
  }

  /**
   * @param i a number from 0 to 899 999
   * @return the i-th business id: the first body from {@code 1000000 + 10 i} with a valid check digit (of ten
   *     consecutive bodies at most one has none, as the last digit's weight 2 is invertible modulo 11)
   */
  public static BusinessId company(int i) {
    for (int body = 1_000_000 + 10 * i; ; body++) {
      OptionalInt check = BusinessId.checkDigitFor(Integer.toString(body));
      if (check.isPresent()) {
        return BusinessId.parse(body + "-" + check.getAsInt());
      }
    }
  }
}
