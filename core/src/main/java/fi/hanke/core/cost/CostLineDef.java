package fi.hanke.core.cost;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.internal.money.Numbers;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Hedge;
import java.time.Year;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * One line of a cost estimate (<i>kustannusarvion rivi</i>, sv. <i>rad i kostnadsförslaget</i>): its
 * category, the amount applied for ("Haetut yhteensä") and, once decided, the amount approved ("Hyväksytyt
 * yhteensä"); the rejected amount ("Hylätyt") is derived. Income is stored as the positive number the
 * document prints; it is deducted in the net cost.
 */
@HankeStyle
@Value.Immutable
abstract class CostLineDef {
  /** @return the category of the line */
  public abstract CostCategory category();

  /** @return the amount applied for */
  public abstract FastMoney applied();

  /** @return how the amount applied for is stated: exactly (the default), as at most, or as about */
  @Value.Default
  public Hedge appliedHedge() {
    return Hedge.EXACT;
  }

  /** @return the amount approved, once a decision (or a selection proposal) states it */
  public abstract Optional<FastMoney> approved();

  /**
   * @return the applied amount split by calendar year, where the document gives it (may be empty), in the order of
   *     the years
   */
  @Value.NaturalOrder
  public abstract SortedMap<Year, FastMoney> appliedByYear();

  /** @return the label as the document prints it, where it differs from the category's standard label */
  public abstract Optional<String> label();

  /**
   * The rejected amount ("Hylätyt"): applied minus approved. Never beyond the range: a line whose applied and
   * approved amounts add up beyond it in absolute value is refused at construction.
   *
   * @return the rejected amount, or empty while nothing is approved
   */
  public Optional<FastMoney> rejected() {
    return approved().map(a -> applied().subtract(a));
  }

  @Value.Check
  void check() {
    // each amount is read once: its cents are what Eur.require checks, and what the range of rejected() needs
    long applied = Numbers.cents(applied(), "applied");
    if (approved().isPresent()) {
      long approved = Numbers.cents(approved().get(), "approved");
      Total.zero().addCents(Math.abs(applied)).addCents(Math.abs(approved)).requireFits("applied and approved");
    }
    appliedByYear().forEach((year, amount) -> Eur.require(amount, "appliedByYear[" + year + "]"));
  }
}
