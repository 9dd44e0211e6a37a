package fi.hanke.validation.group;

import fi.hanke.core.money.Eur;
import fi.hanke.validation.Path;
import fi.hanke.validation.RuleContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.javamoney.moneta.Money;

/**
 * Compares the members' own amounts of one key (a cost category, a funding source) with the group's total,
 * as {@link MemberCostsAddUp} and {@link MemberFundingAddsUp} do.
 */
final class MemberTotals {
  private MemberTotals() {}

  /**
   * Reports the difference, if any: when every member has its own figures the sum must equal the group's
   * total; when only some have, it must not exceed it. A difference inside the tolerance is reported as INFO.
   *
   * @param <T> the members' budgets (cost estimates, funding plans)
   * @param <K> the key compared (category, source)
   * @param keys the keys to compare, in order
   * @param keyName the argument name of the key
   * @param own the members' own budgets
   * @param complete true if every member has one
   * @param groupTotal the group's total of a key
   * @param memberAmount a member's amount of a key
   * @param path where to report a key
   * @param context where to report
   */
  static <T, K> void compare(Collection<K> keys, String keyName, List<T> own, boolean complete,
      Function<K, Money> groupTotal, BiFunction<T, K, Money> memberAmount, Function<K, Path> path,
      RuleContext context) {
    for (K key : keys) {
      Money members = Eur.zero();
      for (T budget : own) {
        members = members.add(memberAmount.apply(budget, key));
      }
      Money total = groupTotal.apply(key);
      BigDecimal difference = Eur.decimal(members).subtract(Eur.decimal(total));
      if (difference.signum() == 0 || !complete && difference.signum() < 0) {
        continue;
      }
      Object[] args = {keyName, key, "membersTotal", members, "groupTotal", total, "difference", difference};
      context.reportDifference(path.apply(key), difference, args);
    }
  }
}
