/**
 * The work plan (<i>työsuunnitelma</i>, sv. <i>arbetsplan</i>): work packages, targets and their breakdowns,
 * participation fees, and de minimis measures.
 */
package fi.hanke.core.work;
