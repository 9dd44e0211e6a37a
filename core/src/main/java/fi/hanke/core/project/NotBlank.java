package fi.hanke.core.project;

/** The one check that an identifier is not blank, with a message naming the field. */
final class NotBlank {
  private NotBlank() {}

  static void check(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank: '" + value + "'");
    }
  }
}
