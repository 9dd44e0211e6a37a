/**
 * De minimis aid (<i>de minimis -tuki</i>, sv. <i>stöd av mindre betydelse</i>): the regulations and their dated
 * ceilings and windows ({@link fi.hanke.core.aid.DeMinimisRules}), single undertakings
 * ({@link fi.hanke.core.aid.UndertakingLinks}), the indexed ledger of grants
 * ({@link fi.hanke.core.aid.DeMinimisLedger}), and the enterprise size classes that price de minimis measures.
 */
package fi.hanke.core.aid;
