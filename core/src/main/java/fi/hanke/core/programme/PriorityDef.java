package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A priority of the programme (<i>toimintalinja</i>, sv. <i>insatsområde</i>), e.g. "4 Työllistävä, osaava ja
 * osallistava Suomi", with the funds that finance it.
 */
@HankeStyle
@Value.Immutable
abstract class PriorityDef {
  /** @return the number of the priority (1–7 in Finland 2021–2027) */
  public abstract int number();

  /** @return the Finnish name, where a source gives it */
  public abstract Optional<String> nameFi();

  /** @return the funds that finance the priority */
  public abstract List<Fund> funds();
}
