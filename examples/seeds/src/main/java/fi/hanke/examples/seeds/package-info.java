/**
 * The five seed documents (<i>siemenasiakirjat</i>): real Finnish EU structural-fund documents encoded as
 * Hanke values by {@link fi.hanke.examples.seeds.Seeds}, each holding what its document states and nothing
 * more.
 */
package fi.hanke.examples.seeds;
