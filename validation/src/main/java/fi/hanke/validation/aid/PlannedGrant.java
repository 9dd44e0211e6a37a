package fi.hanke.validation.aid;

import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A grant a project plans: a participant of a work package's measure, with its path and its aid. */
final class PlannedGrant {
  final Path path;
  final DeMinimisParticipant participant;
  final DeMinimisMeasure measure;
  final DeMinimisAid aid;

  private PlannedGrant(Path path, DeMinimisParticipant participant, DeMinimisMeasure measure, DeMinimisAid aid) {
    this.path = path;
    this.participant = participant;
    this.measure = measure;
    this.aid = aid;
  }

  static Path pathOf(WorkPackage wp, int index) {
    return Path.root().field("workPackages").key(wp.code()).field("deMinimisParticipants").index(index);
  }

  static Optional<DeMinimisMeasure> measureOf(WorkPackage wp, DeMinimisParticipant p) {
    return wp.deMinimisMeasures().stream().filter(m -> m.name().equals(p.measure())).findFirst();
  }

  /**
   * @param project a project
   * @return its planned grants whose measure exists, by grant date and then in document order
   */
  static List<PlannedGrant> of(Project project) {
    List<PlannedGrant> out = new ArrayList<>();
    for (WorkPackage wp : project.workPackages()) {
      List<DeMinimisParticipant> ps = wp.deMinimisParticipants();
      for (int i = 0; i < ps.size(); i++) {
        DeMinimisParticipant p = ps.get(i);
        Optional<DeMinimisMeasure> m = measureOf(wp, p);
        if (m.isEmpty()) {
          continue;
        }
        DeMinimisAid.Builder aid = DeMinimisAid.builder()
            .undertaking(p.businessId())
            .regulation(m.get().regulation())
            .grossAmount(m.get().aidFor(p.size()))
            .grantedOn(p.grantedOn());
        project.applicationNumber().or(project::name).ifPresent(aid::project);
        out.add(new PlannedGrant(pathOf(wp, i), p, m.get(), aid.build()));
      }
    }
    out.sort(Comparator.comparing(g -> g.aid.grantedOn()));
    return out;
  }
}
