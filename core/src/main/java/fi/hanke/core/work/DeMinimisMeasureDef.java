package fi.hanke.core.work;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.money.Eur;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * A measure through which participating companies receive de minimis aid (<i>de minimis -toimenpide</i>, sv.
 * <i>de minimis-åtgärd</i>): the service's market value per company, the company's own contribution by size
 * class, and the aid per company the document states. The aid a company receives is the market value minus
 * its own contribution.
 *
 * <p>Seed 003: the customer-value analysis is worth 1 000 € and free (aid 1 000 €); the training path is worth
 * 3 900 €, of which a micro company pays 300 €, a small one 600 € and a medium-sized one 900 €.
 *
 * <pre>{@code
 * DeMinimisMeasure path = DeMinimisMeasure.builder()
 *     .name("Asiakasarvon kehittämisen polku -valmennus")
 *     .marketValue(Eur.of(3_900))
 *     .addContribution(SizeClassAmount.builder().size(CompanySize.MICRO).amount(Eur.of(300)).build())
 *     .build();
 * FastMoney aid = path.aidFor(CompanySize.MICRO);   // 3 600 €
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class DeMinimisMeasureDef {
  /** @return the name of the measure as the document writes it */
  public abstract String name();

  /** @return the regulation the aid is granted under */
  @Value.Default
  public DeMinimisRegulation regulation() {
    return DeMinimisRegulation.GENERAL_2023_2831;
  }

  /** @return the market value of the service per company ("markkinahinta") */
  public abstract FastMoney marketValue();

  /** @return the company's own contribution by size class ("omarahoitus"); empty if the service is free */
  public abstract List<SizeClassAmount> contributions();

  /** @return the aid per company as the document states it, by size class where it differs */
  public abstract List<SizeClassAmount> statedAid();

  /**
   * The own contribution a company of a size pays: the entry for its size, else the entry for all sizes,
   * else zero.
   *
   * @param size the company's size class
   * @return the contribution
   */
  public FastMoney contributionFor(CompanySize size) {
    return amountFor(contributions(), size).orElse(Eur.zero());
  }

  /**
   * The aid a company of a size receives: market value minus its own contribution. Never beyond the range of an
   * amount: a measure whose market value and a contribution add up beyond it in absolute value is refused at
   * construction.
   *
   * @param size the company's size class
   * @return the aid per company
   */
  public FastMoney aidFor(CompanySize size) {
    return marketValue().subtract(contributionFor(size));
  }

  static java.util.Optional<FastMoney> amountFor(List<SizeClassAmount> amounts, CompanySize size) {
    Optional<FastMoney> any = Optional.empty();
    for (SizeClassAmount a : amounts) {
      if (a.size().isEmpty()) {
        any = Optional.of(a.amount());
      } else if (a.size().get() == size) {
        return Optional.of(a.amount());
      }
    }
    return any;
  }

  @Value.Check
  void check() {
    Eur.require(marketValue(), "marketValue");
    for (SizeClassAmount c : contributions()) {
      Total.zero().addCents(Math.abs(Eur.cents(marketValue()))).addCents(Math.abs(Eur.cents(c.amount())))
          .requireFits("marketValue and contributions[].amount");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("de minimis measure name must not be blank");
    }
  }
}
