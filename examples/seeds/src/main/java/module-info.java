/**
 * Hanke examples: the five seed documents (<i>siemenasiakirjat</i>) as code, the main job that prints them as
 * EURA summarises them with their validation reports, and the summary printer.
 */
module fi.hanke.examples {
  requires transitive fi.hanke.core;
  requires transitive fi.hanke.validation;
  requires static jmh.core;
  requires com.fasterxml.jackson.core;
  requires java.management;
  requires static jakarta.validation;
  requires static org.hibernate.validator;

  exports fi.hanke.examples;
  exports fi.hanke.examples.bench;
  exports fi.hanke.examples.bench.beans;
  exports fi.hanke.examples.seeds;
  exports fi.hanke.examples.summary;

  // Hibernate Validator reads the forms' fields, creates the constraint validators and loads the messages
  opens fi.hanke.examples.bench.beans to org.hibernate.validator;
}
