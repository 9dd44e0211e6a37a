package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company planned to take part in a de minimis measure of a work package (<i>de minimis -tuensaaja</i>, sv.
 * <i>mottagare av stöd av mindre betydelse</i>): its business id, its size class (which fixes its own
 * contribution and so its aid), the measure by name, and the date the aid is granted to it. The aid it
 * receives is {@link DeMinimisMeasure#aidFor(CompanySize)} of the named measure in the same work package.
 *
 * <pre>{@code
 * DeMinimisParticipant p = DeMinimisParticipant.builder()
 *     .businessId(BusinessId.parse("2586349-4")).size(CompanySize.MICRO)
 *     .measure("Asiakasarvoanalyysi").grantedOn(LocalDate.of(2026, 3, 2))
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class DeMinimisParticipantDef {
  /** @return the company's business id */
  public abstract BusinessId businessId();

  /** @return the company's name, if kept */
  public abstract Optional<String> name();

  /** @return the company's size class */
  public abstract CompanySize size();

  /** @return the name of the de minimis measure of the same work package it takes part in */
  public abstract String measure();

  /** @return the date the aid is granted to the company (myöntämispäivä) */
  public abstract LocalDate grantedOn();
}
