package fi.hanke.core.internal.money;

/**
 * Internal: the refusal of an amount, or of amounts whose sum could be one, beyond the range of an amount,
 * ±92 233 720 368 547,75 € (<i>euromäärien rajan ylitys</i>, sv. <i>beloppsgränsen överskriden</i>). To callers it
 * is the {@link IllegalArgumentException} the API documents; its own type lets the importer tell it from other
 * failures and turn it into a note.
 */
public final class OutOfRange extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  OutOfRange(String message) {
    super(message);
  }
}
