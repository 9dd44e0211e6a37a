package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A specific objective of the programme (<i>erityistavoite</i>, sv. <i>specifikt mål</i>), e.g. "4.2 Uutta
 * osaamista työelämään", under one priority and one fund.
 */
@HankeStyle
@Value.Immutable
abstract class SpecificObjectiveDef {
  /** @return the code, e.g. "4.2" */
  public abstract String code();

  /** @return the number of the priority it belongs to */
  public abstract int priority();

  /** @return the Finnish name, where a source gives it */
  public abstract Optional<String> nameFi();

  /** @return the fund that finances it */
  public abstract Fund fund();
}
