package fi.hanke.core.programme;

/**
 * The type of a project as the aid ceilings see it (<i>hanketyyppi</i>, sv. <i>projekttyp</i>).
 * Source: {@code domain/finnish-rules.md} §3.2 (867/2021 §4, 757/2021 §17).
 */
public enum ProjectType {
  /** Kehittämishanke (sv. utvecklingsprojekt): aid at most 80 % unless there is a special reason. */
  DEVELOPMENT,
  /** Investointihanke (sv. investeringsprojekt): aid at most 70 %. */
  INVESTMENT,
  /** Aineellisen avun hanke (sv. materiellt bistånd): may be funded 100 %. */
  FOOD_AID
}
