/**
 * FastMoney in euros to the cent (<i>raha, sv. pengar</i>), on JSR 354 with Moneta's
 * {@link org.javamoney.moneta.FastMoney}: creating and checking amounts ({@link fi.hanke.core.money.Eur}),
 * percentages of amounts ({@link fi.hanke.core.money.Percentage}) and exact splits of an amount into parts
 * ({@link fi.hanke.core.money.Allocation}).
 *
 * <p>Every amount this package returns is a {@code FastMoney} in EUR whose number has at most two decimals
 * and whose {@link javax.money.MonetaryContext} is the one pinned context {@link fi.hanke.core.money.Eur#CONTEXT},
 * so results never depend on a {@code javamoney.properties} on the host's class path.
 */
package fi.hanke.core.money;
