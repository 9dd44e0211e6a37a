package fi.hanke.validation.aid;

import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.WorkPackage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Valid projects with de minimis measures and participants added to their first work package. */
final class AidFixtures {
  private AidFixtures() {}

  /** Seed 003's analysis: worth 1 000 €, free. */
  static DeMinimisMeasure analysis() {
    return DeMinimisMeasure.builder().name("Asiakasarvoanalyysi").marketValue(Eur.of(1_000))
        .addStatedAid(SizeClassAmount.builder().amount(Eur.of(1_000)).build()).build();
  }

  /** Seed 003's training path: worth 3 900 €, own contribution 300 / 600 / 900 €. */
  static DeMinimisMeasure path() {
    return DeMinimisMeasure.builder().name("Asiakasarvon kehittämisen polku valmennus").marketValue(Eur.of(3_900))
        .addContribution(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(300)).build())
        .addContribution(SizeClassAmount.builder().size(CompanySize.SMALL).amount(Eur.of(600)).build())
        .addContribution(SizeClassAmount.builder().size(CompanySize.MEDIUM).amount(Eur.of(900)).build())
        .build();
  }

  static DeMinimisParticipant participant(BusinessId id, CompanySize size, DeMinimisMeasure m, LocalDate d) {
    return DeMinimisParticipant.builder().businessId(id).size(size).measure(m.name()).grantedOn(d).build();
  }

  /**
   * @param p a valid project
   * @param measures measures to add to its first work package
   * @param participants participants to add there
   * @return the project
   */
  static Project with(Project p, List<DeMinimisMeasure> measures, List<DeMinimisParticipant> participants) {
    List<WorkPackage> wps = new ArrayList<>(p.workPackages());
    WorkPackage first = wps.get(0);
    wps.set(0, WorkPackage.builder().from(first).addAllDeMinimisMeasures(measures).addAllDeMinimisParticipants(participants).build());
    return p.withWorkPackages(wps);
  }

  /** @return days on which general de minimis under 2023/2831 is in force */
  static Gen<LocalDate> inForce() {
    return integers().between(0, 365 * 7 - 1).map(n -> LocalDate.of(2024, 1, 1).plusDays(n));
  }

  /** @return days in 2014–2023, when 2023/2831 was not yet in force */
  /** Dates after 1407/2013's six months for schemes (Art. 7(4)): 1.7.2024 onwards, while 2023/2831 is in force. */
  static Gen<LocalDate> after1407Tail() {
    return integers().between(0, 365 * 6).map(n -> LocalDate.of(2024, 7, 1).plusDays(n));
  }

  static Gen<LocalDate> before2024() {
    return integers().between(1, 365 * 10).map(n -> LocalDate.of(2024, 1, 1).minusDays(n));
  }

  static Gen<CompanySize> sizes() {
    return integers().between(0, 2).map(i -> CompanySize.values()[i]);
  }

  static Gen<BusinessId> ids() {
    return fi.hanke.validation.testing.ValidProjects::businessId;
  }
}
