package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A specific objective of the programme (<i>erityistavoite</i>, sv. <i>specifikt mål</i>), e.g. "4.2 Uutta
 * osaamista työelämään", under one priority and one fund, with the period it is part of the programme.
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

  /**
   * @return when the objective is part of the programme: the whole programme period for the objectives of the
   *     programme as approved, from the amendment for those added later (e.g. the 2025 defence objectives)
   */
  public abstract Validity validity();

  /** @return where the objective's code, name and fund come from, and what of them is not verified */
  public abstract Optional<String> source();
}
