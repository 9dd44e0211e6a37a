/**
 * Hanke examples: the five seed documents (<i>siemenasiakirjat</i>) as code, and the summary printer that
 * prints them as EURA summarises them.
 */
module fi.hanke.examples.seeds {
  requires transitive fi.hanke.core;
  requires transitive fi.hanke.validation;

  exports fi.hanke.examples.seeds;
  exports fi.hanke.examples.summary;
}
