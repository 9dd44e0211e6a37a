package fi.hanke.core.org;

/**
 * The legal kind of an organisation (<i>organisaatiotyyppi, sv. organisationstyp</i>).
 */
public enum OrganisationKind {
  /** A municipality (<i>kunta, sv. kommun</i>). */
  MUNICIPALITY,
  /** A university of applied sciences (<i>ammattikorkeakoulu, sv. yrkeshögskola</i>). */
  UNIVERSITY_OF_APPLIED_SCIENCES,
  /** A university (<i>yliopisto, sv. universitet</i>). */
  UNIVERSITY,
  /** A company (<i>yritys / osakeyhtiö, sv. företag / aktiebolag</i>). */
  COMPANY,
  /** A registered association (<i>yhdistys, ry, sv. förening, rf</i>). */
  ASSOCIATION,
  /** A state agency (<i>valtion virasto, sv. statligt ämbetsverk</i>). */
  STATE_AGENCY,
  /** A regional council (<i>maakunnan liitto, sv. landskapsförbund</i>). */
  REGIONAL_COUNCIL,
  /** Any other kind (<i>muu, sv. annan</i>). */
  OTHER
}
