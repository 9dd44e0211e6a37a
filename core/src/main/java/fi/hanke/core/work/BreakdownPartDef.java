package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import org.immutables.value.Value;

/**
 * One part of a target's breakdown (<i>tavoitteen erittelyn osa</i>, sv. <i>del av målets fördelning</i>):
 * "Pohjois-Karjala 100", "18–29-vuotiaat 34".
 */
@HankeStyle
@Value.Immutable
abstract class BreakdownPartDef {
  /** @return what the part is (a region name, an age group, …) as the document writes it */
  @Value.Parameter
  public abstract String key();

  /** @return the quantity of the part */
  @Value.Parameter
  public abstract long quantity();

  @Value.Check
  void check() {
    if (key().isBlank()) {
      throw new IllegalArgumentException("breakdown part key must not be blank");
    }
    if (quantity() < 0) {
      throw new IllegalArgumentException("breakdown part '" + key() + "' has a negative quantity: " + quantity());
    }
  }
}
