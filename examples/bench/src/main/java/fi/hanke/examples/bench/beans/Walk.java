package fi.hanke.examples.bench.beans;

import java.util.List;
import java.util.function.Function;

/** Walks the items of a form that the checks visit one by one, with their indexes; true if every item passes. */
final class Walk {
  private Walk() {}

  /** A check of one item of a list. */
  interface Item<T> {
    boolean check(int index, T item);
  }

  /** A check of one item of a work package's list. */
  interface WorkPackageItem<T> {
    boolean check(WorkPackageForm workPackage, int index, T item);
  }

  /** A check of one amount of a de minimis measure (a contribution, a stated aid). */
  interface MeasureAmount {
    boolean check(WorkPackageForm workPackage, int measureIndex, DeMinimisMeasureForm measure, int index,
        SizeClassAmountForm amount);
  }

  static <T> boolean items(List<T> items, Item<T> check) {
    boolean valid = true;
    for (int i = 0; i < items.size(); i++) {
      valid &= check.check(i, items.get(i));
    }
    return valid;
  }

  static <T> boolean workPackageItems(ProjectForm p, Function<WorkPackageForm, List<T>> items,
      WorkPackageItem<T> check) {
    boolean valid = true;
    for (WorkPackageForm wp : p.getWorkPackages()) {
      valid &= items(items.apply(wp), (i, item) -> check.check(wp, i, item));
    }
    return valid;
  }

  static boolean measureAmounts(ProjectForm p, Function<DeMinimisMeasureForm, List<SizeClassAmountForm>> amounts,
      MeasureAmount check) {
    return workPackageItems(p, WorkPackageForm::getDeMinimisMeasures,
        (wp, k, measure) -> items(amounts.apply(measure), (m, amount) -> check.check(wp, k, measure, m, amount)));
  }
}
