package fi.hanke.core.region;

/** Argument checks that name the field and the offending value. */
final class Checks {
  private Checks() {}

  static void require(boolean condition, String field, String rule, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + rule + ": '" + value + "'");
    }
  }

  static void requireNotBlank(String value, String field) {
    require(!value.isBlank() && value.strip().equals(value), field,
        "must be non-blank without surrounding whitespace", value);
  }
}
