package fi.hanke.core.aid;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

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
  public abstract Money aidInWindow();

  /** @return the grants already in the window, oldest first */
  public abstract List<DeMinimisAid> grantsInWindow();

  /** @return the headroom before the grant: ceiling minus the aid in the window (negative if already exceeded) */
  @Value.Derived
  public Money headroom() {
    return ceiling().amount().subtract(aidInWindow());
  }

  /** @return how much the grant would exceed the ceiling by: aid in the window plus the grant minus the ceiling */
  @Value.Derived
  public Money excess() {
    return aidInWindow().add(grant().grossAmount()).subtract(ceiling().amount());
  }
}
