package fi.hanke.validation.work;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks every target of a project, project-level first, then each work package's, with its path. */
final class TargetPaths {
  private TargetPaths() {}

  static void forEach(Project project, BiConsumer<Path, Target> action) {
    each(Path.root(), project.targets(), action);
    for (WorkPackage wp : project.workPackages()) {
      each(Path.root().field("workPackages").key(wp.code()), wp.targets(), action);
    }
  }

  private static void each(Path owner, List<Target> targets, BiConsumer<Path, Target> action) {
    for (int i = 0; i < targets.size(); i++) {
      action.accept(owner.field("targets").index(i), targets.get(i));
    }
  }
}
