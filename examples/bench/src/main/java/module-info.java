/**
 * Hanke's benchmarks: JMH benchmarks of validation, JSON, import (text and PDF), how validation scales and the
 * de minimis ledger, the same rules as Jakarta
 * Bean Validation constraints for comparison, and the cold-start timer.
 */
module fi.hanke.examples.bench {
  requires transitive fi.hanke.core;
  requires transitive fi.hanke.validation;
  requires fi.hanke.examples.seeds;
  requires java.management;
  requires fi.hanke.examples.cli;
  requires org.apache.pdfbox;
  requires static jmh.core;
  requires static jakarta.validation;
  requires static org.hibernate.validator;

  exports fi.hanke.examples.bench;
  exports fi.hanke.examples.bench.beans;

  // Hibernate Validator reads the forms' fields, creates the constraint validators and loads the messages
  opens fi.hanke.examples.bench.beans to org.hibernate.validator;
}
