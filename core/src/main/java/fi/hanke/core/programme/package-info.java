/**
 * The programme profile (<i>ohjelma</i>, sv. <i>program</i>): priorities, specific objectives, funds, and the
 * dated rates, ceilings and limits that rules use.
 */
package fi.hanke.core.programme;
