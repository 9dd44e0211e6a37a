package fi.hanke.validation.group;

import fi.hanke.core.money.Eur;
import fi.hanke.core.internal.money.Total;
import fi.hanke.validation.Path;
import fi.hanke.validation.RuleContext;
import java.math.BigDecimal;
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
   * @param decimal a budget's amount of a key as a number to the cent (as {@code Eur.decimal} of the amount)
   * @param amount a budget's amount of a key
   * @param path where to report a key
   * @param context where to report
   */
  static <T, K> void compare(Collection<K> keys, String keyName, T group, List<T> own, boolean complete,
      BiFunction<T, K, BigDecimal> decimal, BiFunction<T, K, FastMoney> amount, Function<K, Path> path,
      RuleContext context) {
    for (K key : keys) {
      BigDecimal members = membersDecimal(own, key, decimal);
      BigDecimal difference = members.subtract(decimal.apply(group, key));
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
  private static <T, K> BigDecimal membersDecimal(List<T> own, K key, BiFunction<T, K, BigDecimal> decimal) {
    BigDecimal members = BigDecimal.ZERO;
    for (T budget : own) {
      members = members.add(decimal.apply(budget, key));
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
