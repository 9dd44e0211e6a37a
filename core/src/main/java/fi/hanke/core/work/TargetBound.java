package fi.hanke.core.work;

/**
 * How a target's quantity is meant (<i>tavoitteen luonne</i>, sv. <i>målets karaktär</i>): as a floor
 * ("vähintään 100 henkilöä"), an estimate ("n. 90 koulutuskertaa") or a cap ("max. 16 yritystä").
 */
public enum TargetBound {
  /** Vähintään (sv. minst): at least. */
  AT_LEAST,
  /** Noin, n. (sv. cirka): about. */
  ABOUT,
  /** Enintään, max. (sv. högst): at most. */
  AT_MOST
}
