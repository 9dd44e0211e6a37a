package fi.hanke.validation.work;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import java.util.ArrayList;
import java.util.List;

/** Where the targets of a project are (project-level or in a work package), to read and replace one in tests. */
final class Spots {
  private Spots() {}

  /**
   * One target of a project.
   *
   * @param workPackage the index of its work package, or -1 for a project-level target
   * @param index its index in that list
   */
  record TargetSpot(int workPackage, int index) {
    Target in(Project p) {
      return list(p).get(index);
    }

    Project replace(Project p, Target t) {
      List<Target> targets = new ArrayList<>(list(p));
      targets.set(index, t);
      if (workPackage < 0) {
        return p.withTargets(targets);
      }
      List<WorkPackage> wps = new ArrayList<>(p.workPackages());
      wps.set(workPackage, wps.get(workPackage).withTargets(targets));
      return p.withWorkPackages(wps);
    }

    String path(Project p) {
      String owner = workPackage < 0 ? "" : "workPackages[" + p.workPackages().get(workPackage).code() + "].";
      return owner + "targets[" + index + "]";
    }

    private List<Target> list(Project p) {
      return workPackage < 0 ? p.targets() : p.workPackages().get(workPackage).targets();
    }
  }

  /**
   * @param p a project
   * @return every target of the project, project-level first
   */
  static List<TargetSpot> targets(Project p) {
    List<TargetSpot> all = new ArrayList<>();
    for (int i = 0; i < p.targets().size(); i++) {
      all.add(new TargetSpot(-1, i));
    }
    for (int w = 0; w < p.workPackages().size(); w++) {
      for (int i = 0; i < p.workPackages().get(w).targets().size(); i++) {
        all.add(new TargetSpot(w, i));
      }
    }
    return all;
  }

  /**
   * One de minimis measure of a work package.
   *
   * @param workPackage the index of its work package
   * @param index its index in the package's measures
   */
  record MeasureSpot(int workPackage, int index) {
    DeMinimisMeasure in(Project p) {
      return p.workPackages().get(workPackage).deMinimisMeasures().get(index);
    }

    Project replace(Project p, DeMinimisMeasure m) {
      WorkPackage wp = p.workPackages().get(workPackage);
      return p.withWorkPackages(with(p.workPackages(), workPackage,
          wp.withDeMinimisMeasures(with(wp.deMinimisMeasures(), index, m))));
    }

    String path(Project p) {
      return "workPackages[" + p.workPackages().get(workPackage).code() + "].deMinimisMeasures[" + index + "]";
    }
  }

  /**
   * @param p a project
   * @return every de minimis measure of the project's work packages
   */
  static List<MeasureSpot> measures(Project p) {
    List<MeasureSpot> all = new ArrayList<>();
    for (int w = 0; w < p.workPackages().size(); w++) {
      for (int i = 0; i < p.workPackages().get(w).deMinimisMeasures().size(); i++) {
        all.add(new MeasureSpot(w, i));
      }
    }
    return all;
  }

  static <T> List<T> with(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }
}
