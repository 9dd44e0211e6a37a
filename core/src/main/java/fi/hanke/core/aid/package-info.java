/**
 * De minimis aid (<i>de minimis -tuki</i>, sv. <i>stöd av mindre betydelse</i>): the regulations, grants and
 * the enterprise size classes that price de minimis measures.
 */
package fi.hanke.core.aid;
