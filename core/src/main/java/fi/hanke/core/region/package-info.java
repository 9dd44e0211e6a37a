/**
 * The regions (<i>maakunnat</i>, sv. <i>landskap</i>) and municipalities (<i>kunnat</i>, sv.
 * <i>kommuner</i>) of Finland, with dated region membership.
 *
 * <p>{@link fi.hanke.core.region.Regions#finland()} is the bundled catalogue: the 19 regions of
 * Statistics Finland's classification and the municipalities of 2024, plus the membership history of the
 * five municipalities that moved region on 2021-01-01 and of Honkajoki, which ceased to exist that day.
 * Every type here is immutable and thread-safe.
 */
package fi.hanke.core.region;
