package fi.hanke.core.programme;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.money.Percentage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.FastMoney;

/**
 * A programme and its dated parameters (<i>ohjelma</i>, sv. <i>program</i>): priorities, specific objectives,
 * funds, flat-rate options, aid ceilings, unit costs and limits, each with the period it is in force.
 * Adding the next programme period or another member state is new data of this type, not code.
 *
 * <pre>{@code
 * ProgrammeProfile finland = Programmes.finland2021to2027();
 * Optional<Percentage> ceiling = finland.aidCeiling(ProjectType.DEVELOPMENT, LocalDate.of(2024, 3, 1));
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class ProgrammeProfileDef {
  /** @return the programme the profile describes; documents that name another are outside it */
  public abstract Programme programme();

  /** @return the programme's CCI code, e.g. "2021FI16FFPR001" */
  public abstract String code();

  /** @return the Finnish name, "Uudistuva ja osaava Suomi 2021–2027" */
  public abstract String nameFi();

  /** @return the Swedish name, "Förnyelse och kompetens i Finland 2021–2027" */
  public abstract String nameSv();

  /** @return the period in which costs may be eligible (CPR Art. 63(2): to 31.12.2029) */
  public abstract Validity eligibility();

  /** @return the priorities (toimintalinjat) */
  public abstract List<Priority> priorities();

  /** @return the specific objectives (erityistavoitteet) */
  public abstract List<SpecificObjective> specificObjectives();

  /** @return the flat-rate options with their rates, bases and conditions */
  public abstract List<FlatRate> flatRates();

  /** @return the aid ceilings per project type */
  public abstract List<AidCeiling> aidCeilings();

  /** @return the unit costs per travel day */
  public abstract List<TravelDayRate> travelDayRates();

  /** @return the cost options with which travel unit costs may be used */
  public abstract List<CostOption> travelUnitCostOptions();

  /** @return the highest total cost of a project with a draft-budget lump sum (200 000 €) */
  public abstract List<Dated<FastMoney>> draftBudgetLumpSumMaximum();

  /**
   * @return the total cost up to which a project's costs must take the form of simplified cost options (unit
   *     costs, lump sums, flat rates) unless its support is State aid (CPR Art. 53(2): 200 000 €)
   */
  public abstract List<Dated<FastMoney>> simplifiedCostsThreshold();

  /** @return the amount of a standardised lump sum (50 000 €) */
  public abstract List<Dated<FastMoney>> standardLumpSum();

  /** @return the highest staff hours per person and project year (1 720 h × work share) */
  public abstract List<Dated<Integer>> staffHoursPerYear();

  /** @return the funds that may be used only in part of the programme's area, with their territories */
  public abstract List<FundTerritory> fundTerritories();

  /**
   * @param fund a fund
   * @param date the date that decides which territory is in force
   * @return the fund's territory in force on the date, or empty if the fund may be used in the whole area
   */
  public Optional<FundTerritory> fundTerritory(Fund fund, LocalDate date) {
    for (FundTerritory t : fundTerritories()) {
      if (t.fund() == fund && t.validity().contains(date)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * @param number the number of a priority
   * @return the priority, or empty if the programme has none with that number
   */
  public Optional<Priority> priority(int number) {
    for (Priority p : priorities()) {
      if (p.number() == number) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * @param code the code of a specific objective, e.g. "4.2" (a trailing dot is ignored)
   * @return the specific objective, or empty if the programme has none with that code
   */
  public Optional<SpecificObjective> specificObjective(String code) {
    String c = code.trim();
    if (c.endsWith(".")) {
      c = c.substring(0, c.length() - 1);
    }
    for (SpecificObjective s : specificObjectives()) {
      if (s.code().equals(c)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * @param option a cost option
   * @param date the date that decides which definition is in force
   * @return the flat-rate definition of the option in force on the date, or empty
   */
  public Optional<FlatRate> flatRate(CostOption option, LocalDate date) {
    for (FlatRate f : flatRates()) {
      if (f.option() == option && f.validity().contains(date)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * @param type a project type
   * @param date the date that decides which ceiling is in force
   * @return the aid ceiling in force, or empty
   */
  public Optional<Percentage> aidCeiling(ProjectType type, LocalDate date) {
    for (AidCeiling c : aidCeilings()) {
      if (c.projectType() == type && c.validity().contains(date)) {
        return Optional.of(c.rate());
      }
    }
    return Optional.empty();
  }

  /**
   * @param kind the kind of travel day
   * @param date the date that decides which rate is in force
   * @return the unit cost per day in force, or empty
   */
  public Optional<FastMoney> travelDayRate(TravelDayKind kind, LocalDate date) {
    return travelDayRates().stream()
        .filter(r -> r.kind() == kind && r.validity().contains(date))
        .map(TravelDayRate::amount)
        .findFirst();
  }
}
