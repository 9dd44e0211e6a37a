package fi.hanke.core.project;

/**
 * The role of a member in a group project (<i>toteuttajatyyppi</i>, sv. <i>genomförarens roll</i>).
 */
public enum MemberRole {
  /** Päätoteuttaja (sv. huvudgenomförare): coordinates the group and submits the applications. */
  MAIN_IMPLEMENTER,
  /** Osatoteuttaja / osahankkeen toteuttaja (sv. delgenomförare): implements its own sub-project. */
  CO_IMPLEMENTER,
  /** Tuntematon (sv. okänd): the document does not say, or says it in words that do not decide it. */
  UNKNOWN
}
