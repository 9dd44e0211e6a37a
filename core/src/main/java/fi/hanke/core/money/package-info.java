/**
 * Money in euros to the cent (<i>raha, sv. pengar</i>), on JSR 354 with Moneta's
 * {@link org.javamoney.moneta.FastMoney}: creating and checking amounts ({@link fi.hanke.core.money.Eur}),
 * percentages of amounts ({@link fi.hanke.core.money.Percentage}) and exact splits of an amount into parts
 * ({@link fi.hanke.core.money.Allocation}).
 *
 * <p>Every amount this package returns is a {@code FastMoney} in EUR holding a whole number of cents, within
 * ±92 233 720 368 547,75 € ({@link fi.hanke.core.money.Eur#MAX}); every method takes any
 * {@link javax.money.MonetaryAmount} in EUR as input, a host's {@code org.javamoney.moneta.Money} too. The type is
 * {@code FastMoney} and not Moneta's {@code Money} because {@code Money}'s static initialiser always logs a line
 * through java.util.logging, and a library must neither print nor change global logging state to keep it quiet:
 * Hanke never loads {@code Money}. {@code FastMoney} is exact arithmetic on a {@code long}, with a fixed context
 * ({@link fi.hanke.core.money.Eur#CONTEXT}), so results never depend on a {@code javamoney.properties} on the
 * host's class path.
 */
package fi.hanke.core.money;
