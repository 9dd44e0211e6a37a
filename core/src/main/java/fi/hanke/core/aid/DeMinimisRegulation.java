package fi.hanke.core.aid;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * The EU regulation under which de minimis aid is granted (<i>de minimis -asetus</i>, sv.
 * <i>de minimis-förordning</i>). Ceilings and windows are dated data of the programme profile and the de
 * minimis ledger, not constants of this enum: the enum only names the regulation.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.1.
 */
public enum DeMinimisRegulation {
  /** Commission Regulation (EU) 2023/2831, the general de minimis regulation in force from 1.1.2024. */
  GENERAL_2023_2831("(EU) 2023/2831", "yleinen de minimis", "allmänt de minimis", "general de minimis"),
  /** Commission Regulation (EU) No 1407/2013, the general regulation for aid granted 2014–2023. */
  GENERAL_1407_2013("(EU) N:o 1407/2013", "yleinen de minimis (vanha)", "allmänt de minimis (gammalt)", "general de minimis (old)"),
  /** Commission Regulation (EU) No 1408/2013, agriculture (primary production), as amended by 2024/3118. */
  AGRICULTURE_1408_2013("(EU) N:o 1408/2013", "maatalouden de minimis", "de minimis inom jordbruket", "agricultural de minimis"),
  /** Commission Regulation (EU) No 717/2014, fishery and aquaculture, as amended by 2023/2391. */
  FISHERY_717_2014("(EU) N:o 717/2014", "kalatalouden de minimis", "de minimis inom fiske och vattenbruk", "fishery de minimis"),
  /** Commission Regulation (EU) 2023/2832, services of general economic interest (SGEI), from 1.1.2024. */
  SGEI_2023_2832("(EU) 2023/2832", "yleishyödyllisten palvelujen de minimis", "de minimis för tjänster av allmänt ekonomiskt intresse",
      "SGEI de minimis"),
  /** Commission Regulation (EU) No 360/2012, services of general economic interest, for aid before 2024. */
  SGEI_360_2012("(EU) N:o 360/2012", "yleishyödyllisten palvelujen de minimis (vanha)",
      "de minimis för tjänster av allmänt ekonomiskt intresse (gammalt)", "SGEI de minimis (old)");

  private final String reference;
  private final Term name;

  DeMinimisRegulation(String reference, String finnish, String swedish, String english) {
    this.reference = reference;
    this.name = Term.of(finnish, swedish, english);
  }

  /** @return the regulation's reference as cited in Finnish documents, e.g. "(EU) 2023/2831" */
  public String reference() {
    return reference;
  }

  /**
   * The name people read, in a language: Finnish, Swedish or English.
   * (The {@link #reference()} is another thing: the citation of the regulation, the same in every language.)
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name, e.g. "yleinen de minimis"
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
