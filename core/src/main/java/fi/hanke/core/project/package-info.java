/**
 * Projects and group projects (<i>hanke, ryhmähanke</i>, sv. <i>projekt, gruppprojekt</i>): applicant, dates,
 * call, programme placement, area, cost model, estimate, funding plan, work plan, assessment and decision.
 */
package fi.hanke.core.project;
