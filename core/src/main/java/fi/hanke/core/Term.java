package fi.hanke.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A term in the three languages Hanke speaks (<i>termi</i>, sv. <i>term</i>): Finnish, the reference, Swedish
 * and English. Enums of the model use it for the labels people read: every enum a person reads has one
 * {@code displayName(Locale)} backed by a term (as do {@code Region} and {@code Municipality}).
 *
 * <p>Two labels are kept beside it because they are other things: {@code CostCategory.label(CostLayout)} is
 * the line label as a document prints it, which differs between the ELY and regional-council layouts, and
 * {@code DeMinimisRegulation.reference()} is the citation of the regulation, the same in every language.
 *
 * <p>Names follow java.time's rule: {@code of} builds from parts, {@code parse} reads text, {@code from}
 * converts.
 */
public final class Term {
  private final String finnish;
  private final String swedish;
  private final String english;

  private Term(String finnish, String swedish, String english) {
    this.finnish = Objects.requireNonNull(finnish, "finnish");
    this.swedish = Objects.requireNonNull(swedish, "swedish");
    this.english = Objects.requireNonNull(english, "english");
  }

  /**
   * @param finnish the Finnish term
   * @param swedish the Swedish term
   * @param english the English term
   * @return the term
   */
  public static Term of(String finnish, String swedish, String english) {
    return new Term(finnish, swedish, english);
  }

  /**
   * @param locale a language
   * @return the term in Swedish for sv, in English for en, else in Finnish
   */
  public String in(Locale locale) {
    switch (locale.getLanguage()) {
      case "sv":
        return swedish;
      case "en":
        return english;
      default:
        return finnish;
    }
  }

  /** @return the Finnish term */
  public String finnish() {
    return finnish;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term && finnish.equals(((Term) o).finnish) && swedish.equals(((Term) o).swedish)
        && english.equals(((Term) o).english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finnish, swedish, english);
  }

  /** @return the Finnish term */
  @Override
  public String toString() {
    return finnish;
  }
}
