package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A breakdown of a target along one dimension (<i>tavoitteen erittely</i>, sv. <i>fördelning av målet</i>): by
 * region (250 = Pohjois-Karjala 100 + Pohjois-Savo 100 + Etelä-Savo 50) or by age group ("170, joista
 * 18–29-vuotiaita 34").
 *
 * <p>A complete breakdown must add up to the target; a partial one ("of whom") must not exceed it.
 */
@HankeStyle
@Value.Immutable
abstract class BreakdownDef {
  /** @return the dimension, e.g. "maakunta" or "ikäryhmä" */
  public abstract String dimension();

  /** @return the parts, in document order */
  public abstract List<BreakdownPart> parts();

  /** @return true if the parts are meant to add up to the target; false for an "of whom" subset */
  @Value.Default
  public boolean complete() {
    return true;
  }

  /** @return Σ of the parts */
  public long total() {
    long sum = 0;
    for (BreakdownPart p : parts()) {
      sum = Math.addExact(sum, p.quantity());
    }
    return sum;
  }
}
