package fi.hanke.validation;

/**
 * How serious a finding is (<i>vakavuus</i>, sv. <i>allvarlighetsgrad</i>).
 */
public enum Severity {
  /** Virhe (sv. fel): the application cannot be approved as it is. */
  ERROR,
  /** Varoitus (sv. varning): a person must look. */
  WARNING,
  /** Huomautus (sv. anmärkning): noted, e.g. a rounding difference inside the tolerance. */
  INFO
}
