package fi.hanke.core.aid;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * Why a new de minimis grant does not fit (<i>de minimis -enimmäismäärän ylitys</i>, sv. <i>överskridande av
 * taket för stöd av mindre betydelse</i>): the grant, the single undertaking, the ceiling it would exceed,
 * the window, the aid already in it, the grants that make that aid and the excess.
 */
@HankeStyle
@Value.Immutable
abstract class DeMinimisExcessDef {
  /** @return the grant that would not fit */
  public abstract DeMinimisAid grant();

  /** @return the business ids of the single undertaking, sorted */
  public abstract List<BusinessId> singleUndertaking();

  /** @return the ceiling the grant would exceed */
  public abstract DeMinimisCeiling ceiling();

  /** @return the first day of the window */
  public abstract LocalDate windowStart();

  /** @return the last day of the window: the grant date */
  public abstract LocalDate windowEnd();

  /** @return the aid already in the window, before the grant */
  public abstract FastMoney aidInWindow();

  /** @return the grants already in the window, oldest first */
  public abstract List<DeMinimisAid> grantsInWindow();

  /**
   * @return the headroom before the grant: ceiling minus the aid in the window (negative if already exceeded);
   *     computed at construction, which refuses an excess whose headroom is beyond the range of an amount
   */
  @Value.Derived
  public FastMoney headroom() {
    return Total.of(ceiling().amount()).subtract(aidInWindow()).money("headroom");
  }

  /**
   * @return how much the grant would exceed the ceiling by: aid in the window plus the grant minus the ceiling;
   *     computed at construction, which refuses (with an {@link IllegalArgumentException} naming
   *     {@code excess} and the sum) an excess beyond the range of an amount, ±92 233 720 368 547,75 €
   */
  @Value.Derived
  public FastMoney excess() {
    return Total.of(aidInWindow()).add(grant().grossAmount()).subtract(ceiling().amount()).money("excess");
  }
}
