package fi.hanke.core.funding;

import fi.hanke.core.Term;
import java.util.Locale;

/**
 * A line of the funding plan (<i>rahoitussuunnitelman rahoituslähde</i>, sv. <i>finansieringskälla</i>).
 *
 * <p>EURA separates the applicant's own funding (omarahoitus) from external funding (ulkoinen rahoitus),
 * each split by who provides it: municipal, other public, private. The regional councils' presentation
 * ("Kuntien rahoitus, Muu julkinen rahoitus, Yksityinen rahoitus") does not separate own from external;
 * {@link #MUNICIPAL}, {@link #OTHER_PUBLIC} and {@link #PRIVATE} hold those lines as printed.
 * Source: {@code domain/finnish-rules.md} §3.1.
 */
public enum FundingSource {
  /** 1 Haettava EU- ja valtion rahoitus (sv. EU- och statlig finansiering som söks): the aid. */
  EU_AND_STATE("1 Haettava EU- ja valtion rahoitus", "EU- och statlig finansiering", "EU and State funding", Kind.AID, true),
  /** 2 Omarahoitus: kuntarahoitus (sv. egen finansiering: kommunal). */
  OWN_MUNICIPAL("2 Omarahoitus: kuntarahoitus", "Egen finansiering: kommunal", "Own funding: municipal", Kind.OWN, true),
  /** 2 Omarahoitus: muu julkinen rahoitus (sv. egen finansiering: annan offentlig). */
  OWN_OTHER_PUBLIC("2 Omarahoitus: muu julkinen rahoitus", "Egen finansiering: annan offentlig", "Own funding: other public", Kind.OWN, true),
  /** 2 Omarahoitus: yksityinen rahoitus (sv. egen finansiering: privat). */
  OWN_PRIVATE("2 Omarahoitus: yksityinen rahoitus", "Egen finansiering: privat", "Own funding: private", Kind.OWN, false),
  /** 3 Ulkoinen kuntarahoitus (sv. extern kommunal finansiering). */
  EXTERNAL_MUNICIPAL("3 Ulkoinen kuntarahoitus", "Extern kommunal finansiering", "External municipal funding", Kind.EXTERNAL, true),
  /** 4 Ulkoinen muu julkinen rahoitus (sv. extern annan offentlig finansiering). */
  EXTERNAL_OTHER_PUBLIC("4 Ulkoinen muu julkinen rahoitus", "Extern annan offentlig finansiering", "External other public funding", Kind.EXTERNAL, true),
  /** 5 Ulkoinen yksityinen rahoitus (sv. extern privat finansiering). */
  EXTERNAL_PRIVATE("5 Ulkoinen yksityinen rahoitus", "Extern privat finansiering", "External private funding", Kind.EXTERNAL, false),
  /** Kuntien rahoitus (sv. kommunal finansiering), own and external not separated (regional-council layout). */
  MUNICIPAL("Kuntien rahoitus", "Kommunal finansiering", "Municipal funding", Kind.UNSPLIT, true),
  /** Muu julkinen rahoitus (sv. annan offentlig finansiering), own and external not separated. */
  OTHER_PUBLIC("Muu julkinen rahoitus", "Annan offentlig finansiering", "Other public funding", Kind.UNSPLIT, true),
  /** Yksityinen rahoitus (sv. privat finansiering), own and external not separated. */
  PRIVATE("Yksityinen rahoitus", "Privat finansiering", "Private funding", Kind.UNSPLIT, false);

  /** Whose money a funding line is. */
  public enum Kind {
    /** Tuki: the EU and State aid applied for. */
    AID,
    /** Omarahoitus: the applicant's own funding. */
    OWN,
    /** Ulkoinen rahoitus: funding from others, paid into the applicant's account. */
    EXTERNAL,
    /** A regional-council line that does not say whether it is own or external funding. */
    UNSPLIT
  }

  private final Term name;
  private final Kind kind;
  private final boolean isPublic;

  FundingSource(String finnish, String swedish, String english, Kind kind, boolean isPublic) {
    this.name = Term.of(finnish, swedish, english);
    this.kind = kind;
    this.isPublic = isPublic;
  }

  /** @return whose money the line is */
  public Kind kind() {
    return kind;
  }

  /** @return true for the EU and State aid */
  public boolean isAid() {
    return kind == Kind.AID;
  }

  /** @return true for public money (the aid, municipal and other public funding) */
  public boolean isPublic() {
    return isPublic;
  }

  /**
   * The name in a language: Finnish (as EURA prints it), Swedish or English.
   *
   * @param locale the language; anything but sv and en gives Finnish
   * @return the name
   */
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
