package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a fund may be used (<i>rahaston kohdealue</i>, sv. <i>fondens målområde</i>): the regions it covers whole
 * and, in regions it covers only in part, the municipalities it covers. The JTF of Finland 2021–2027 is used in 14
 * regions under their territorial just transition plans; in Pirkanmaa only in Parkano, Kihniö, Virrat and
 * Punkalaidun.
 *
 * <p>Codes are Statistics Finland's: two digits for a region ("19" Lappi), three for a municipality ("581" Parkano).
 */
@HankeStyle
@Value.Immutable
abstract class FundTerritoryDef {
  /** @return the fund */
  public abstract Fund fund();

  /** @return the codes of the regions the fund covers whole */
  public abstract List<String> wholeRegions();

  /** @return the codes of the municipalities the fund covers in regions it covers only in part */
  public abstract List<String> municipalities();

  /** @return when the territory is in force */
  public abstract Validity validity();

  /** @return the legal source */
  public abstract String source();
}
