/**
 * Funding plans (<i>rahoitussuunnitelma</i>, sv. <i>finansieringsplan</i>): the EU and State aid, own and
 * external funding, and the aid's regional split.
 */
package fi.hanke.core.funding;
