package fi.hanke.core.programme;

/**
 * An EU fund of the programme (<i>rahasto</i>, sv. <i>fond</i>).
 */
public enum Fund {
  /** EAKR, Euroopan aluekehitysrahasto (sv. ERUF, Europeiska regionala utvecklingsfonden; ERDF). */
  ERDF("EAKR", "ERUF"),
  /** ESR+, Euroopan sosiaalirahasto plus (sv. ESF+, Europeiska socialfonden+; ESF+). */
  ESF_PLUS("ESR+", "ESF+"),
  /** JTF, oikeudenmukaisen siirtymän rahasto (sv. FRO, Fonden för en rättvis omställning; Just Transition Fund). */
  JTF("JTF", "FRO");

  private final String finnish;
  private final String swedish;

  Fund(String finnish, String swedish) {
    this.finnish = finnish;
    this.swedish = swedish;
  }

  /** @return the Finnish abbreviation, e.g. "EAKR" */
  public String finnishAbbreviation() {
    return finnish;
  }

  /** @return the Swedish abbreviation, e.g. "ERUF" */
  public String swedishAbbreviation() {
    return swedish;
  }
}
