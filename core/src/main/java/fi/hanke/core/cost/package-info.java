/**
 * Cost models and cost estimates (<i>kustannusmallit ja kustannusarvio</i>, sv. <i>kostnadsmodeller och
 * kostnadsförslag</i>): the flat-rate options, staff and travel cost models, and the estimate's lines.
 */
package fi.hanke.core.cost;
