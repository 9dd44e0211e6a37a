package fi.hanke.core.aid;

import fi.hanke.core.money.Eur;
import fi.hanke.core.programme.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dated ceilings of the de minimis regulations (<i>de minimis -säännöt</i>, sv. <i>regler om stöd av
 * mindre betydelse</i>): which ceiling and window apply to a regulation on a grant date, and which ceilings a
 * new grant must fit under. Immutable.
 *
 * <p>{@link #eu()} holds (source {@code domain/finnish-rules.md} §6.1 unless marked):
 * <table>
 * <caption>EU de minimis ceilings</caption>
 * <tr><th>Regulation</th><th>Ceiling</th><th>Window</th><th>Grant dates</th></tr>
 * <tr><td>2023/2831 general</td><td>300 000 €</td><td>rolling 3 years</td><td>1.1.2024–31.12.2030</td></tr>
 * <tr><td>1407/2013 general</td><td>200 000 €</td><td>fiscal year + 2 previous</td><td>1.1.2014–30.6.2024: to 31.12.2023,
 *     and six months more for schemes that meet its conditions (Art. 7(4); audit-2026.md §2 row 41)</td></tr>
 * <tr><td>1408/2013 agriculture</td><td>15 000 € / 20 000 € (2019/316, from 14.3.2019) [from knowledge]</td>
 *     <td>fiscal year + 2 previous</td><td>1.1.2014–15.12.2024</td></tr>
 * <tr><td>1408/2013 as amended by 2024/3118</td><td>50 000 €</td><td>rolling 3 years</td>
 *     <td>16.12.2024–31.12.2032 (in force the third day after its publication on 13.12.2024:
 *     audit-2026.md §2 row 41, CELEX 32024R3118-20241216)</td></tr>
 * <tr><td>717/2014 fishery</td><td>30 000 €</td><td>fiscal year + 2 previous</td><td>1.7.2014–31.12.2023</td></tr>
 * <tr><td>717/2014 as amended by 2023/2391</td><td>40 000 € with a central register</td><td>rolling 3 years</td>
 *     <td>1.1.2024–31.12.2029</td></tr>
 * <tr><td>2023/2832 SGEI</td><td>750 000 €</td><td>rolling 3 years</td><td>1.1.2024–31.12.2030</td></tr>
 * <tr><td>360/2012 SGEI</td><td>500 000 €</td><td>fiscal year + 2 previous</td>
 *     <td>29.4.2012–31.12.2023 [from knowledge]</td></tr>
 * </table>
 *
 * <p><b>Cumulation</b> (Art. 5(1) of 2023/2831, 2023/2832, 1407/2013 and 360/2012 — from knowledge of the
 * regulations, not re-read; {@code finnish-rules.md} §6.1 gives only the ceilings): general de minimis aid may
 * be cumulated with agriculture and fishery de minimis aid up to the general ceiling, so the general ceiling
 * counts general, agriculture and fishery aid; SGEI aid may be cumulated with all other de minimis aid up to
 * the SGEI ceiling, so the SGEI ceiling counts SGEI, general, agriculture and fishery aid; the agriculture and
 * fishery ceilings count only their own sector's aid. General aid thus never counts against the agriculture,
 * fishery or (alone) SGEI ceilings beyond the cumulation above. The old regulations' grants count towards
 * their successors' ceilings (transitional rule of 2023/2831, §6.1). The 100 000 € ceiling of 1407/2013 for
 * road freight transport is not modelled.
 */
public final class DeMinimisRules {
  private static final DeMinimisRules EU = new DeMinimisRules(euCeilings());

  private final List<DeMinimisCeiling> ceilings;

  private DeMinimisRules(List<DeMinimisCeiling> ceilings) {
    this.ceilings = List.copyOf(ceilings);
  }

  /** @return the EU ceilings, with the fishery ceiling of 40 000 € that a central register allows (Finland uses the Union-level register, §6.2) */
  public static DeMinimisRules eu() {
    return EU;
  }

  /**
   * @param ceilings the ceilings; for one regulation and date the first that is in force applies
   * @return rules with those ceilings
   */
  public static DeMinimisRules of(List<DeMinimisCeiling> ceilings) {
    return new DeMinimisRules(Objects.requireNonNull(ceilings, "ceilings"));
  }

  /** @return every ceiling, in order */
  public List<DeMinimisCeiling> ceilings() {
    return ceilings;
  }

  /**
   * @param regulation a regulation
   * @param date a grant date
   * @return the ceiling of the regulation in force on the date, empty if the regulation is not in force then
   */
  public Optional<DeMinimisCeiling> ceiling(DeMinimisRegulation regulation, LocalDate date) {
    for (DeMinimisCeiling c : ceilings) {
      if (c.regulation() == regulation && c.validity().contains(date)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * @param regulation a regulation
   * @param date a grant date
   * @return true if aid may be granted under the regulation on the date
   */
  public boolean inForce(DeMinimisRegulation regulation, LocalDate date) {
    return ceiling(regulation, date).isPresent();
  }

  /**
   * The ceilings a new grant must fit under: those in force on its date that count its regulation's aid.
   *
   * @param regulation the grant's regulation
   * @param date the grant date
   * @return the ceilings, the grant's own regulation's first
   */
  public List<DeMinimisCeiling> ceilingsCounting(DeMinimisRegulation regulation, LocalDate date) {
    List<DeMinimisCeiling> out = new ArrayList<>();
    ceiling(regulation, date).ifPresent(out::add);
    for (DeMinimisRegulation r : DeMinimisRegulation.values()) {
      if (r != regulation) {
        ceiling(r, date).filter(c -> c.counted().contains(regulation)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static List<DeMinimisCeiling> euCeilings() {
    Set<DeMinimisRegulation> general = EnumSet.of(DeMinimisRegulation.GENERAL_2023_2831, DeMinimisRegulation.GENERAL_1407_2013,
        DeMinimisRegulation.AGRICULTURE_1408_2013, DeMinimisRegulation.FISHERY_717_2014);
    Set<DeMinimisRegulation> oldGeneral = EnumSet.of(DeMinimisRegulation.GENERAL_1407_2013,
        DeMinimisRegulation.AGRICULTURE_1408_2013, DeMinimisRegulation.FISHERY_717_2014);
    Set<DeMinimisRegulation> sgei = EnumSet.allOf(DeMinimisRegulation.class);
    Set<DeMinimisRegulation> agriculture = EnumSet.of(DeMinimisRegulation.AGRICULTURE_1408_2013);
    Set<DeMinimisRegulation> fishery = EnumSet.of(DeMinimisRegulation.FISHERY_717_2014);
    List<DeMinimisCeiling> l = new ArrayList<>();
    l.add(ceiling(DeMinimisRegulation.GENERAL_2023_2831, 300_000, WindowKind.ROLLING_THREE_YEARS,
        Validity.between(day(2024, 1, 1), day(2030, 12, 31)), general, "(EU) 2023/2831 Art. 3(2), 5(1); finnish-rules.md §6.1"));
    // Art. 7(4): schemes that meet its conditions stay covered six months after its expiry on 31.12.2023. Its
    // ceiling counts the old aid only, so that a 2023/2831 grant of the same months is not held to 200 000 €.
    l.add(ceiling(DeMinimisRegulation.GENERAL_1407_2013, 200_000, WindowKind.FISCAL_YEAR_AND_TWO_PREVIOUS,
        Validity.between(day(2014, 1, 1), day(2024, 6, 30)), oldGeneral,
        "(EU) No 1407/2013 Art. 3(2), 5(1), 7(4); finnish-rules.md §6.1; audit-2026.md §2 row 41"));
    l.add(ceiling(DeMinimisRegulation.AGRICULTURE_1408_2013, 15_000, WindowKind.FISCAL_YEAR_AND_TWO_PREVIOUS,
        Validity.between(day(2014, 1, 1), day(2019, 3, 13)), agriculture, "(EU) No 1408/2013 Art. 3(2) [from knowledge]"));
    l.add(ceiling(DeMinimisRegulation.AGRICULTURE_1408_2013, 20_000, WindowKind.FISCAL_YEAR_AND_TWO_PREVIOUS,
        Validity.between(day(2019, 3, 14), day(2024, 12, 15)), agriculture, "(EU) No 1408/2013 as amended by (EU) 2019/316 [from knowledge]"));
    l.add(ceiling(DeMinimisRegulation.AGRICULTURE_1408_2013, 50_000, WindowKind.ROLLING_THREE_YEARS,
        Validity.between(day(2024, 12, 16), day(2032, 12, 31)), agriculture,
        "(EU) No 1408/2013 as amended by (EU) 2024/3118, in force 16.12.2024; finnish-rules.md §6.1; audit-2026.md §2 row 41"));
    l.add(ceiling(DeMinimisRegulation.FISHERY_717_2014, 30_000, WindowKind.FISCAL_YEAR_AND_TWO_PREVIOUS,
        Validity.between(day(2014, 7, 1), day(2023, 12, 31)), fishery, "(EU) No 717/2014 Art. 3(2); finnish-rules.md §6.1"));
    l.add(DeMinimisCeiling.builder().from(ceiling(DeMinimisRegulation.FISHERY_717_2014, 40_000, WindowKind.ROLLING_THREE_YEARS,
        Validity.between(day(2024, 1, 1), day(2029, 12, 31)), fishery, "(EU) No 717/2014 as amended by (EU) 2023/2391; finnish-rules.md §6.1, open question 11"))
        .requiresCentralRegister(true).build());
    l.add(ceiling(DeMinimisRegulation.SGEI_2023_2832, 750_000, WindowKind.ROLLING_THREE_YEARS,
        Validity.between(day(2024, 1, 1), day(2030, 12, 31)), sgei, "(EU) 2023/2832 Art. 3(2), 5(1); finnish-rules.md §6.1"));
    l.add(ceiling(DeMinimisRegulation.SGEI_360_2012, 500_000, WindowKind.FISCAL_YEAR_AND_TWO_PREVIOUS,
        Validity.between(day(2012, 4, 29), day(2023, 12, 31)), sgei, "(EU) No 360/2012 Art. 2(2) [from knowledge]"));
    return l;
  }

  private static DeMinimisCeiling ceiling(DeMinimisRegulation r, long euros, WindowKind w, Validity v,
      Set<DeMinimisRegulation> counted, String source) {
    return DeMinimisCeiling.builder().regulation(r).amount(Eur.of(euros)).window(w).validity(v).counted(counted).source(source).build();
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }
}
