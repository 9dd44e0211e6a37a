package fi.hanke.core.project;

/**
 * The outcome of a decision (<i>päätöksen lopputulos</i>, sv. <i>beslutets utfall</i>).
 */
public enum DecisionOutcome {
  /** Hyväksytty / myönteinen (sv. godkänt): approved or a positive statement. */
  APPROVED,
  /** Hylätty / kielteinen (sv. avslaget): rejected or a negative statement. */
  REJECTED
}
