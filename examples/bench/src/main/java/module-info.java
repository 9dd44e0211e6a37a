/**
 * Hanke's benchmarks: JMH benchmarks of validation, JSON, import (text and PDF), how validation scales and the
 * de minimis ledger, the same rules as Jakarta Bean Validation constraints for comparison, the cold-start timer and
 * the hostile-input table.
 */
module fi.hanke.examples.bench {
  requires transitive fi.hanke.core;
  requires transitive fi.hanke.validation;
  requires fi.hanke.examples.seeds;
  requires fi.hanke.examples.cli;
  requires org.apache.pdfbox;
  requires static jmh.core;
  requires static jakarta.validation;
  requires static org.hibernate.validator;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires java.management; // ReadingCpuTime: thread CPU time; HostileInputs: peak heap

  exports fi.hanke.examples.bench;
  exports fi.hanke.examples.bench.beans;

  // Hibernate Validator reads the forms' fields, creates the constraint validators and loads the messages;
  // Jackson databind writes the forms as JSON and reads them back (HibernateComparisonBenchmark)
  opens fi.hanke.examples.bench.beans to org.hibernate.validator, com.fasterxml.jackson.databind;
}
