package fi.hanke.validation.group;

import fi.hanke.core.money.Eur;
import fi.hanke.core.internal.money.Total;
import fi.hanke.validation.Path;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.internal.Applied;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.javamoney.moneta.FastMoney;

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
   * @param group the group's budget
   * @param own the members' own budgets
   * @param complete true if every member has one
   * @param applied a budget's amounts of every key, added in one pass over its lines
   * @param amount a budget's amount of a key
   * @param path where to report a key
   * @param context where to report
   */
  static <T, K extends Enum<K>> void compare(Collection<K> keys, String keyName, T group, List<T> own,
      boolean complete, Function<T, Applied<K>> applied, BiFunction<T, K, FastMoney> amount,
      Function<K, Path> path, RuleContext context) {
    Applied<K> groupApplied = applied.apply(group);
    List<Applied<K>> ownApplied = new ArrayList<>(own.size());
    for (T budget : own) {
      ownApplied.add(applied.apply(budget));
    }
    for (K key : keys) {
      BigDecimal members = membersDecimal(ownApplied, key);
      BigDecimal difference = members.subtract(groupApplied.decimal(key));
      if (difference.signum() == 0 || !complete && difference.signum() < 0) {
        continue;
      }
      Object[] args = {keyName, key, "membersTotal", membersTotal(own, key, amount), "groupTotal", amount.apply(group, key),
          "difference", difference};
      context.reportDifference(path.apply(key), difference, args);
    }
  }

  /**
   * {@code Eur.decimal} of the members' total, added exactly from the members' numbers without making an amount.
   */
  private static <K extends Enum<K>> BigDecimal membersDecimal(List<Applied<K>> own, K key) {
    BigDecimal members = BigDecimal.ZERO;
    for (Applied<K> budget : own) {
      members = members.add(budget.decimal(key));
    }
    return members;
  }

  /** The members' total as an amount, for a finding: a group whose members' sums could not
   * be amounts is refused at construction. */
  private static <T, K> FastMoney membersTotal(List<T> own, K key, BiFunction<T, K, FastMoney> amount) {
    Total members = Total.zero();
    for (T budget : own) {
      members.add(amount.apply(budget, key));
    }
    return members.money();
  }
}
