package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Percentage;
import org.immutables.value.Value;

/**
 * The highest aid rate for a type of project (<i>tuen enimmäismäärä</i>, sv. <i>högsta stödnivå</i>): 80 % for
 * development, 70 % for investment, 100 % for food aid (867/2021 §4, 757/2021 §17).
 */
@HankeStyle
@Value.Immutable
abstract class AidCeilingDef {
  /** @return the type of project */
  public abstract ProjectType projectType();

  /** @return the highest aid rate of eligible costs */
  public abstract Percentage rate();

  /** @return when the ceiling is in force */
  public abstract Validity validity();

  /** @return the legal source */
  public abstract String source();
}
