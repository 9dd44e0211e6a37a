package fi.hanke.validation.aid;

import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The measures of a work package by name, the first of a repeated name winning: built once per work package,
   * so that finding every participant's measure takes time linear in measures and participants.
   */
  static Map<String, DeMinimisMeasure> measuresOf(WorkPackage wp) {
    Map<String, DeMinimisMeasure> byName = new HashMap<>();
    for (DeMinimisMeasure m : wp.deMinimisMeasures()) {
      byName.putIfAbsent(m.name(), m);
    }
    return byName;
  }

  /**
   * @param project a project
   * @return its planned grants whose measure exists, by grant date and then in document order
   */
  static List<PlannedGrant> of(Project project) {
    List<PlannedGrant> out = new ArrayList<>();
    for (WorkPackage wp : project.workPackages()) {
      List<DeMinimisParticipant> ps = wp.deMinimisParticipants();
      Map<String, DeMinimisMeasure> measures = ps.isEmpty() ? Map.of() : measuresOf(wp);
      for (int i = 0; i < ps.size(); i++) {
        DeMinimisParticipant p = ps.get(i);
        DeMinimisMeasure m = measures.get(p.measure());
        if (m == null) {
          continue;
        }
        DeMinimisAid.Builder aid = DeMinimisAid.builder()
            .undertaking(p.businessId())
            .regulation(m.regulation())
            .grossAmount(m.aidFor(p.size()))
            .grantedOn(p.grantedOn());
        project.applicationNumber().or(project::name).ifPresent(aid::project);
        out.add(new PlannedGrant(pathOf(wp, i), p, m, aid.build()));
      }
    }
    out.sort(Comparator.comparing(g -> g.aid.grantedOn()));
    return out;
  }
}
