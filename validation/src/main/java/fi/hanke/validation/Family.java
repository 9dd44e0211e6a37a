package fi.hanke.validation;

/**
 * The family a rule belongs to (<i>sääntöryhmä</i>, sv. <i>regelfamilj</i>); each family is a package of rules.
 */
public enum Family {
  /** Tunnisteet (sv. identifierare): business ids. */
  IDENTITY,
  /** Päivämäärät (sv. datum): implementation period, eligibility, meetings. */
  DATES,
  /** Kustannusarvio (sv. kostnadsförslag): cost model and cost lines. */
  COST,
  /** Rahoitussuunnitelma (sv. finansieringsplan): funding lines, aid ceilings. */
  FUNDING,
  /** Ryhmähanke (sv. gruppprojekt): members and their budgets. */
  GROUP,
  /** Työsuunnitelma (sv. arbetsplan): work packages, targets, de minimis measures. */
  WORK,
  /** Ohjelma (sv. program): placement in the programme, area. */
  PROGRAMME,
  /** Arviointi (sv. bedömning): selection points. */
  ASSESSMENT,
  /** Valtiontuki (sv. statligt stöd): de minimis aid against the register. */
  AID
}
