package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision on the project (<i>päätös</i>, sv. <i>beslut</i>): by whom, when, with what outcome, and its text.
 */
@HankeStyle
@Value.Immutable
abstract class DecisionDef {
  /** @return the body that decided, e.g. "Pohjois-Pohjanmaan MYR" or "Kaupunginhallitus" */
  public abstract Optional<String> body();

  /** @return the date of the decision */
  public abstract Optional<LocalDate> date();

  /** @return the outcome, if stated */
  public abstract Optional<DecisionOutcome> outcome();

  /** @return the decision's text, e.g. "Päätösesitys hyväksyttiin." */
  public abstract Optional<String> text();
}
