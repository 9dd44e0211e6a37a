package fi.hanke.validation;

/**
 * A column of a cost estimate or funding plan (<i>sarake</i>, sv. <i>kolumn</i>), named in findings that compare
 * a column's stated total with its lines.
 */
public enum Column {
  /** Haetut yhteensä (sv. sökt): the amounts applied for. */
  APPLIED,
  /** Hyväksytyt yhteensä (sv. godkänt): the amounts approved. */
  APPROVED
}
