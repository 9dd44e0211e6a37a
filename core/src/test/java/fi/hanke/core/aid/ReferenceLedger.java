package fi.hanke.core.aid;

import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The brute-force reference the indexed ledger must agree with: it scans every grant for every query, finds
 * single undertakings by a graph search over the raw control pairs, and states the windows in their own terms
 * (fiscal year = the year of the fiscal-year end that closes it).
 */
final class ReferenceLedger {
  private final List<DeMinimisAid> grants;
  private final List<BusinessId[]> controls;
  private final Map<BusinessId, MonthDay> fiscalYearEnds;

  ReferenceLedger(List<DeMinimisAid> grants, List<BusinessId[]> controls, Map<BusinessId, MonthDay> fiscalYearEnds) {
    this.grants = grants;
    this.controls = controls;
    this.fiscalYearEnds = fiscalYearEnds;
  }

  Set<BusinessId> group(BusinessId id) {
    Set<BusinessId> seen = new HashSet<>(List.of(id));
    Deque<BusinessId> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      BusinessId cur = todo.pop();
      for (BusinessId[] c : controls) {
        for (int k = 0; k < 2; k++) {
          if (c[k].equals(cur) && seen.add(c[1 - k])) {
            todo.push(c[1 - k]);
          }
        }
      }
    }
    return seen;
  }

  MonthDay fiscalEnd(BusinessId id) {
    return group(id).stream().sorted().filter(fiscalYearEnds::containsKey).findFirst()
        .map(fiscalYearEnds::get).orElse(MonthDay.of(12, 31));
  }

  private static int fiscalYear(LocalDate d, MonthDay end) {
    return d.isAfter(end.atYear(d.getYear())) ? d.getYear() + 1 : d.getYear();
  }

  boolean inWindow(LocalDate d, LocalDate t, WindowKind kind, MonthDay end) {
    if (d.isAfter(t)) {
      return false;
    }
    if (kind == WindowKind.ROLLING_THREE_YEARS) {
      return d.isAfter(t.minusYears(3));
    }
    return fiscalYear(d, end) >= fiscalYear(t, end) - 2;
  }

  long aidCents(BusinessId id, DeMinimisCeiling c, LocalDate t) {
    Set<BusinessId> group = group(id);
    MonthDay end = fiscalEnd(id);
    long sum = 0;
    for (DeMinimisAid g : grants) {
      if (group.contains(g.undertaking()) && c.counted().contains(g.regulation()) && inWindow(g.grantedOn(), t, c.window(), end)) {
        sum += Eur.cents(g.grossAmount());
      }
    }
    return sum;
  }

  List<DeMinimisAid> inWindow(BusinessId id, DeMinimisCeiling c, LocalDate t) {
    Set<BusinessId> group = group(id);
    MonthDay end = fiscalEnd(id);
    List<DeMinimisAid> out = new ArrayList<>();
    for (DeMinimisAid g : grants) {
      if (group.contains(g.undertaking()) && c.counted().contains(g.regulation()) && inWindow(g.grantedOn(), t, c.window(), end)) {
        out.add(g);
      }
    }
    return out;
  }
}
