package fi.hanke.core.aid;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * A grant of de minimis aid to an undertaking (<i>de minimis -tuki</i>, sv. <i>stöd av mindre betydelse</i>):
 * who received it, under which regulation, how much (gross), and on which date the legal right to it was
 * conferred (the date that counts, whatever the payment date).
 *
 * <pre>{@code
 * DeMinimisAid aid = DeMinimisAid.builder()
 *     .undertaking(BusinessId.parse("2586349-4"))
 *     .regulation(DeMinimisRegulation.GENERAL_2023_2831)
 *     .grossAmount(Eur.of(1000))
 *     .grantedOn(LocalDate.of(2024, 9, 1))
 *     .build();
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class DeMinimisAidDef {
  /** @return the business id of the undertaking that received the aid (tuensaaja) */
  public abstract BusinessId undertaking();

  /** @return the regulation the aid was granted under */
  public abstract DeMinimisRegulation regulation();

  /** @return the gross grant equivalent in euros (bruttoavustusekvivalentti) */
  public abstract FastMoney grossAmount();

  /** @return the date the legal right to the aid was conferred (myöntämispäivä) */
  public abstract LocalDate grantedOn();

  /** @return the grantor (tuen myöntäjä), if known */
  public abstract Optional<String> grantor();

  /** @return the project (application number or name) through which it was granted, if any */
  public abstract Optional<String> project();

  @Value.Check
  void check() {
    Eur.require(grossAmount(), "grossAmount");
  }
}
