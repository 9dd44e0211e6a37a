package fi.hanke.core.aid;

import static org.quicktheories.generators.SourceDSL.integers;

import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Random histories of de minimis grants over a few business ids, with links and fiscal years. */
final class Histories {
  static final List<BusinessId> IDS = ids(8);

  final List<DeMinimisAid> grants;
  final List<BusinessId[]> controls;
  final Map<BusinessId, MonthDay> fiscalYearEnds;

  Histories(List<DeMinimisAid> grants, List<BusinessId[]> controls, Map<BusinessId, MonthDay> fiscalYearEnds) {
    this.grants = grants;
    this.controls = controls;
    this.fiscalYearEnds = fiscalYearEnds;
  }

  UndertakingLinks links() {
    UndertakingLinks.Builder b = UndertakingLinks.builder();
    controls.forEach(c -> b.controls(c[0], c[1]));
    return b.build();
  }

  DeMinimisLedger ledger(List<DeMinimisAid> these) {
    DeMinimisLedger.Builder b = DeMinimisLedger.builder().links(links()).addGrants(these);
    fiscalYearEnds.forEach(b::fiscalYearEnd);
    return b.build();
  }

  DeMinimisLedger ledger() {
    return ledger(grants);
  }

  ReferenceLedger reference() {
    return new ReferenceLedger(grants, controls, fiscalYearEnds);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("grants:");
    grants.forEach(g -> s.append("\n  ").append(g.undertaking()).append(' ').append(g.regulation()).append(' ')
        .append(g.grantedOn()).append(' ').append(g.grossAmount()));
    s.append("\ncontrols:");
    controls.forEach(c -> s.append(' ').append(c[0]).append("->").append(c[1]));
    s.append("\nfiscal year ends: ").append(fiscalYearEnds);
    return s.toString();
  }

  static Gen<Histories> histories() {
    return in -> generate(in, 40);
  }

  /** @return histories of up to 400 grants: added one by one, they fill several levels of the ledger's index */
  static Gen<Histories> longHistories() {
    return in -> generate(in, 400);
  }

  static Gen<DeMinimisAid> grants() {
    return in -> grant(in, IDS.get(between(in, 0, IDS.size() - 1)));
  }

  static Gen<LocalDate> dates() {
    return in -> date(in);
  }

  static Gen<DeMinimisRegulation> regulations() {
    return in -> DeMinimisRegulation.values()[between(in, 0, DeMinimisRegulation.values().length - 1)];
  }

  static LocalDate date(RandomnessSource in) {
    // a third of the dates fall on or next to a 29 February
    if (between(in, 0, 2) == 0) {
      int leap = 2012 + 4 * between(in, 0, 4);
      return LocalDate.of(leap, 2, 29).plusDays(between(in, -1, 1)).plusYears(between(in, 0, 3));
    }
    LocalDate d = LocalDate.of(2012, 1, 1).plusDays(between(in, 0, 365 * 19));
    // a quarter of the others on the last or first day of a month, where fiscal years turn
    int edge = between(in, 0, 7);
    return edge == 0 ? d.withDayOfMonth(d.lengthOfMonth()) : edge == 1 ? d.withDayOfMonth(1) : d;
  }

  static Histories generate(RandomnessSource in, int most) {
    int n = between(in, 0, most);
    List<DeMinimisAid> grants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      grants.add(grant(in, IDS.get(between(in, 0, IDS.size() - 1))));
    }
    List<BusinessId[]> controls = new ArrayList<>();
    int links = between(in, 0, 4);
    for (int i = 0; i < links; i++) {
      controls.add(new BusinessId[] {IDS.get(between(in, 0, IDS.size() - 1)), IDS.get(between(in, 0, IDS.size() - 1))});
    }
    Map<BusinessId, MonthDay> ends = new HashMap<>();
    int fiscal = between(in, 0, 3);
    for (int i = 0; i < fiscal; i++) {
      int month = between(in, 1, 12);
      ends.put(IDS.get(between(in, 0, IDS.size() - 1)), MonthDay.of(month, java.time.Month.of(month).maxLength()));
    }
    return new Histories(grants, controls, ends);
  }

  static DeMinimisAid grant(RandomnessSource in, BusinessId id) {
    DeMinimisRegulation r = DeMinimisRegulation.values()[between(in, 0, DeMinimisRegulation.values().length - 1)];
    return DeMinimisAid.builder().undertaking(id).regulation(r)
        .grossAmount(Eur.ofCents(100L * between(in, 0, 200_000) + between(in, 0, 99)))
        .grantedOn(date(in)).build();
  }

  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static List<BusinessId> ids(int count) {
    List<BusinessId> ids = new ArrayList<>();
    for (int b = 1_234_560; ids.size() < count; b++) {
      String body = String.format("%07d", b);
      OptionalInt c = BusinessId.checkDigitFor(body);
      if (c.isPresent()) {
        ids.add(BusinessId.parse(body + "-" + c.getAsInt()));
      }
    }
    return ids;
  }
}
