package fi.hanke.core.programme;

/**
 * The kind of travel day a unit cost is paid for (<i>matkapäivän laji</i>, sv. <i>typ av resedag</i>).
 * Source: {@code domain/finnish-rules.md} §1.4 (866/2021 §13).
 */
public enum TravelDayKind {
  /** Kotimaan matka, hankehenkilöstö (one way over 15 km): 176 € a day. */
  DOMESTIC_STAFF,
  /** Kotimaan matka, kohderyhmä ja osallistuvien organisaatioiden edustajat: 132 € a day. */
  DOMESTIC_TARGET_GROUP,
  /** Ulkomaan matka Eurooppaan: 368 € a day. */
  ABROAD_EUROPE,
  /** Ulkomaan matka Euroopan ulkopuolelle: 720 € a day. */
  ABROAD_OUTSIDE_EUROPE
}
