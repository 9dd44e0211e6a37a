/**
 * Hanke examples: the five seed documents (<i>siemenasiakirjat</i>) as code.
 */
module fi.hanke.examples {
  requires transitive fi.hanke.core;
  exports fi.hanke.examples.seeds;
}
