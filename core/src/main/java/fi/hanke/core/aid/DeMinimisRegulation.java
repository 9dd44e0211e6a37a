package fi.hanke.core.aid;

/**
 * The EU regulation under which de minimis aid is granted (<i>de minimis -asetus</i>, sv.
 * <i>de minimis-förordning</i>). Ceilings and windows are dated data of the programme profile and the de
 * minimis ledger, not constants of this enum: the enum only names the regulation.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.1.
 */
public enum DeMinimisRegulation {
  /** Commission Regulation (EU) 2023/2831, the general de minimis regulation in force from 1.1.2024. */
  GENERAL_2023_2831("(EU) 2023/2831", "yleinen de minimis"),
  /** Commission Regulation (EU) No 1407/2013, the general regulation for aid granted 2014–2023. */
  GENERAL_1407_2013("(EU) N:o 1407/2013", "yleinen de minimis (vanha)"),
  /** Commission Regulation (EU) No 1408/2013, agriculture (primary production), as amended by 2024/3118. */
  AGRICULTURE_1408_2013("(EU) N:o 1408/2013", "maatalouden de minimis"),
  /** Commission Regulation (EU) No 717/2014, fishery and aquaculture, as amended by 2023/2391. */
  FISHERY_717_2014("(EU) N:o 717/2014", "kalatalouden de minimis"),
  /** Commission Regulation (EU) 2023/2832, services of general economic interest (SGEI), from 1.1.2024. */
  SGEI_2023_2832("(EU) 2023/2832", "yleishyödyllisten palvelujen de minimis"),
  /** Commission Regulation (EU) No 360/2012, services of general economic interest, for aid before 2024. */
  SGEI_360_2012("(EU) N:o 360/2012", "yleishyödyllisten palvelujen de minimis (vanha)");

  private final String reference;
  private final String finnishName;

  DeMinimisRegulation(String reference, String finnishName) {
    this.reference = reference;
    this.finnishName = finnishName;
  }

  /** @return the regulation's reference as cited in Finnish documents, e.g. "(EU) 2023/2831" */
  public String reference() {
    return reference;
  }

  /** @return the Finnish name, e.g. "yleinen de minimis" */
  public String finnishName() {
    return finnishName;
  }
}
