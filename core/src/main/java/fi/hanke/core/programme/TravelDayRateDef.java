package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Eur;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * A unit cost per travel day (<i>matkakustannusten yksikkökustannus</i>, sv. <i>enhetskostnad per resedag</i>):
 * 176 € for project staff in Finland, 132 € for the target group, 368 € in Europe, 720 € outside Europe
 * (866/2021 §13).
 */
@HankeStyle
@Value.Immutable
abstract class TravelDayRateDef {
  /** @return the kind of travel day */
  public abstract TravelDayKind kind();

  /** @return the unit cost per day */
  public abstract FastMoney amount();

  /** @return when the rate is in force */
  public abstract Validity validity();

  @Value.Check
  void check() {
    Eur.require(amount(), "amount");
  }
}
