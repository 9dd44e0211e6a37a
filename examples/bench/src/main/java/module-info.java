/**
 * Hanke's benchmarks: JMH benchmarks of validation, JSON and the de minimis ledger, the same rules as Jakarta
 * Bean Validation constraints for comparison, and the cold-start timer.
 */
module fi.hanke.examples.bench {
  requires transitive fi.hanke.core;
  requires transitive fi.hanke.validation;
  requires fi.hanke.examples.seeds;
  requires static jmh.core;
  requires static jakarta.validation;
  requires static org.hibernate.validator;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires java.management; // ReadingCpuTime: thread CPU time

  exports fi.hanke.examples.bench;
  exports fi.hanke.examples.bench.beans;

  // Hibernate Validator reads the forms' fields, creates the constraint validators and loads the messages;
  // Jackson databind writes the forms as JSON and reads them back (HibernateComparisonBenchmark)
  opens fi.hanke.examples.bench.beans to org.hibernate.validator, com.fasterxml.jackson.databind;
}
