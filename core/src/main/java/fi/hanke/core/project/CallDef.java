package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The call for applications a project answers (<i>hakuilmoitus</i>, sv. <i>ansökningsomgång</i>), e.g.
 * "Pohjois-Karjalan ESR+ hankehaku (2/2023)", id ESAELY-049.
 */
@HankeStyle
@Value.Immutable
abstract class CallDef {
  /** @return the name of the call */
  public abstract String name();

  /** @return the call's identifier ("Hakuilmoituksen tunnus"), if given */
  public abstract Optional<String> id();
}
