/**
 * Hanke's command line: the main job that prints the five seed documents as EURA summarises them with their
 * validation reports, and the {@code validate}, {@code portfolio}, {@code import} and {@code check} commands, on
 * picocli; and the {@code serve} command's HTTP validation service and page, on Javalin.
 */
module fi.hanke.examples.cli {
  requires transitive fi.hanke.core;
  requires transitive fi.hanke.validation;
  requires fi.hanke.examples.seeds;
  requires fi.hanke.examples.pictures;
  requires com.fasterxml.jackson.core;
  requires java.management;
  requires info.picocli;
  requires org.apache.pdfbox;
  requires io.javalin;
  requires java.logging;

  exports fi.hanke.examples;
  // picocli reads the commands' annotated fields
  opens fi.hanke.examples to info.picocli;
}
