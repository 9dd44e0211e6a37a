package fi.hanke.core.imports;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * What an import note says (<i>tuontihuomautuksen laji</i>, sv. <i>slag av importanmärkning</i>).
 */
public enum NoteKind {
  /**
   * Ei luettu (sv. inte inläst): the importer saw the field but could not understand its value, or the value
   * could be read in more than one way; the field stays unstated.
   */
  UNREAD(Term.of("ei luettu", "inte inläst", "unread"),
      Term.of("Kohtaa \"%s\" ei voitu lukea: \"%s\". Tieto jätettiin esittämättömäksi.",
          "Fältet \"%s\" kunde inte läsas: \"%s\". Uppgiften lämnades tom.",
          "Could not read \"%s\": \"%s\". The field is left unstated.")),
  /**
   * Puuttuu (sv. saknas): the layout normally holds the field and this document lacks it; nothing is
   * inferred from its absence.
   */
  MISSING(Term.of("puuttuu", "saknas", "missing"),
      Term.of("Asiakirjasta puuttuu \"%s\", joka tällaisessa asiakirjassa yleensä on%s.",
          "Handlingen saknar \"%s\", som en sådan handling brukar ha%s.",
          "The document lacks \"%s\", which this layout normally holds%s.")),
  /**
   * Ristiriita (sv. motstridig): the document states the field twice with different values; the first is
   * kept, the other quoted.
   */
  CONFLICT(Term.of("ristiriita", "motstridig", "conflict"),
      Term.of("Kohta \"%s\" on asiakirjassa myös arvolla \"%s\"; ensimmäinen arvo pidettiin.",
          "Fältet \"%s\" förekommer också med värdet \"%s\"; det första värdet behölls.",
          "\"%s\" is also stated as \"%s\"; the first value is kept.")),
  /** Toinen ohjelma (sv. annat program): the document belongs to another programme and is not read. */
  OTHER_PROGRAMME(Term.of("toinen ohjelma", "annat program", "other programme"),
      Term.of("Asiakirja kuuluu toiseen ohjelmaan (%s: \"%s\"), ei Uudistuva ja osaava Suomi 2021–2027 "
              + "-ohjelmaan; sitä ei luettu malliin.",
          "Handlingen hör till ett annat program (%s: \"%s\"), inte till Förnybara och kompetenta Finland "
              + "2021–2027; den lästes inte in.",
          "The document belongs to another programme (%s: \"%s\"), not to Innovation and Skills in Finland "
              + "2021–2027; it was not read into the model.")),
  /** Huomio (sv. observation): how the importer read something, e.g. a table marked partial. */
  INFO(Term.of("huomio", "observation", "note"),
      Term.of("%s: %s", "%s: %s", "%s: %s"));

  private final Term name;
  private final Term template;

  NoteKind(Term name, Term template) {
    this.name = name;
    this.template = template;
  }

  /**
   * @param locale a language
   * @return the name of the kind, in Finnish, Swedish or English
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }

  String template(Locale locale) {
    return template.in(locale);
  }
}
