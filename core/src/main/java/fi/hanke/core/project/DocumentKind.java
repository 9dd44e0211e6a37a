package fi.hanke.core.project;

/**
 * The kind of document a project was read from (<i>asiakirjan laji</i>, sv. <i>handlingens art</i>).
 */
public enum DocumentKind {
  /** Hakemus (sv. ansökan): the application in EURA 2021. */
  APPLICATION,
  /** Rahoittajan arvio / asian esittely (sv. finansiärens bedömning): the funding authority's assessment. */
  ASSESSMENT,
  /** Valintaesitys (sv. urvalsförslag): the funding authority's selection proposal. */
  SELECTION_PROPOSAL,
  /** Esittely maakunnan yhteistyöryhmälle (sv. föredragning för samarbetsgruppen): a MYR presentation. */
  COOPERATION_GROUP_PRESENTATION,
  /** Tukipäätös (sv. stödbeslut): the aid decision. */
  AID_DECISION,
  /** Kunnan toimielimen päätös (sv. kommunalt beslut): e.g. a city board decision to apply. */
  MUNICIPAL_DECISION
}
