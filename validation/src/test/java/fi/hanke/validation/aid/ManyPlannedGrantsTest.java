package fi.hanke.validation.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.ValidationReport;
import fi.hanke.validation.Validator;
import fi.hanke.validation.testing.ValidProjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A work package with 60 000 measures and 60 000 participants (each naming the last measure, the worst case of a
 * scan) is validated, and the de minimis rules find each participant's measure by its name (no finding). How the
 * time grows with measures and participants is measured by the linearity benchmark in {@code examples/bench}
 * (PERFORMANCE.md), never asserted here; a return to a scan of every measure for every participant (3.6·10⁹
 * comparisons per rule) would show there.
 */
class ManyPlannedGrantsTest {
  private static final int N = 60_000;

  @Test
  void sixtyThousandParticipantsFindTheirMeasureByName() {
    List<DeMinimisMeasure> measures = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      measures.add(DeMinimisMeasure.builder().name("m" + i).marketValue(Eur.of(1))
          .addStatedAid(SizeClassAmount.builder().amount(Eur.of(1)).build()).build());
    }
    BusinessId id = BusinessId.parse("0600598-8");
    LocalDate day = LocalDate.of(2026, 3, 2);
    List<DeMinimisParticipant> participants = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      participants.add(AidFixtures.participant(id, CompanySize.MICRO, measures.get(N - 1), day));
    }
    Project project = ValidProjects.sevenPercentExample().withWorkPackages(WorkPackage.builder().code("1").title("Koulutus")
        .addAllDeMinimisMeasures(measures).addAllDeMinimisParticipants(participants).build());
    Validator validator = Validator.of(ValidProjects.profile());
    ValidationReport report = validator.validate(project);
    assertEquals(0, report.violations().stream().filter(v -> v.ruleId().startsWith("AID-")).count());
  }
}
