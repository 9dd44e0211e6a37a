package fi.hanke.core.imports;

import fi.hanke.core.Term;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.money.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.javamoney.moneta.FastMoney;

/**
 * The rows of cost and funding tables: the label that says which line a row is, then its amounts. A row is
 * read only when its amounts can be read one way; otherwise it is noted unread and the table marked partial.
 */
final class Rows {
  private Rows() {}

  /** What a row is: a cost category, a funding source, or a table's total. */
  record Kind(CostCategory category, FundingSource source, boolean costTotal, boolean fundingTotal) {
    boolean isCost() {
      return category != null || costTotal;
    }
  }

  private static final class Label {
    final Pattern pattern;
    final Kind kind;

    Label(String regex, Kind kind) {
      this.pattern = Pattern.compile("^\\s*(" + regex + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      this.kind = kind;
    }
  }

  private static Label cost(String regex, CostCategory c) {
    return new Label(regex, new Kind(c, null, false, false));
  }

  private static Label funding(String regex, FundingSource s) {
    return new Label(regex, new Kind(null, s, false, false));
  }

  private static final List<Label> LABELS = List.of(
      cost("(?:1\\s+)?Palkkakustannukset", CostCategory.STAFF),
      cost("Henkilöstökustannukset", CostCategory.STAFF),
      cost("(?:2\\s+)?Matkakustannukset", CostCategory.TRAVEL),
      cost("(?:3\\s+)?Muut kustannukset", CostCategory.OTHER),
      cost("(?:4\\s+)?Ostopalvelut", CostCategory.PURCHASED_SERVICES),
      cost("Kone- ja laitehankinnat", CostCategory.EQUIPMENT),
      cost("Flat rate\\s+\\d{1,2}(?:,\\d)?\\s?%(?:\\s+(?:kehittäminen|investointi))?", CostCategory.FLAT_RATE),
      cost("Välilliset kustannukset", CostCategory.FLAT_RATE),
      cost("(?:5\\s+)?Tulot(?:\\s*\\(vähennetään\\s+kustannuksista\\))?", CostCategory.INCOME),
      cost("(?:6\\s+)?Kertakorvaus(?:\\s+hankkeen\\s+tuotokset)?", CostCategory.LUMP_SUM),
      new Label("Nettokustannusarvio(?:\\s+yhteensä)?|Kustannukset yhteensä", new Kind(null, null, true, false)),
      funding("(?:1\\s+)?Haettava EU- ja valtion rahoitus", FundingSource.EU_AND_STATE),
      funding("EU \\+ valtio", FundingSource.EU_AND_STATE),
      funding("Haettu (?:EAKR-|ESR\\+?-|JTF-)?\\s?ja valtion rahoitus", FundingSource.EU_AND_STATE),
      funding("(?:2\\s+)?Omarahoitus:\\s*kuntarahoitus", FundingSource.OWN_MUNICIPAL),
      funding("(?:2\\s+)?Omarahoitus:\\s*muu julkinen rahoitus", FundingSource.OWN_OTHER_PUBLIC),
      funding("(?:2\\s+)?Omarahoitus:\\s*yksityinen rahoitus", FundingSource.OWN_PRIVATE),
      funding("(?:3\\s+)?Ulkoinen kuntarahoitus", FundingSource.EXTERNAL_MUNICIPAL),
      funding("(?:4\\s+)?Ulkoinen muu julkinen rahoitus", FundingSource.EXTERNAL_OTHER_PUBLIC),
      funding("(?:5\\s+)?Ulkoinen yksityinen rahoitus", FundingSource.EXTERNAL_PRIVATE),
      funding("Kuntien rahoitus", FundingSource.MUNICIPAL),
      funding("Muu julkinen rahoitus", FundingSource.OTHER_PUBLIC),
      funding("Yksityinen rahoitus", FundingSource.PRIVATE),
      new Label("Rahoitussuunnitelma yhteensä|Rahoitus yhteensä", new Kind(null, null, false, true)));

  /** A row found: its kind, its label as printed, and where the rest of the row starts. */
  record Found(Kind kind, String label, int restFrom) {}

  static Optional<Found> label(String row, boolean costs, boolean funding) {
    for (Label l : LABELS) {
      if ((l.kind.isCost() && !costs) || (!l.kind.isCost() && !funding)) {
        continue;
      }
      Matcher m = l.pattern.matcher(row);
      if (m.find()) {
        int end = m.end(1);
        if (end < row.length() && (Character.isLetter(row.charAt(end)) || row.charAt(end) == '-')) {
          continue;
        }
        return Optional.of(new Found(l.kind, Doc.collapse(m.group(1)), end));
      }
    }
    return Optional.empty();
  }

  /** The amounts of a row, read one way only. */
  static final class Amounts2 {
    final BigDecimal applied;
    final int appliedStart;
    final int appliedEnd;
    final BigDecimal approved;
    final int approvedStart;
    final int approvedEnd;
    BigDecimal percent;
    int percentStart;
    int percentEnd;

    Amounts2(Amounts.Num a, Amounts.Num b, int base) {
      this.applied = a.value();
      this.appliedStart = base + a.start();
      this.appliedEnd = base + a.end();
      this.approved = b == null ? null : b.value();
      this.approvedStart = b == null ? -1 : base + b.start();
      this.approvedEnd = b == null ? -1 : base + b.end();
    }
  }

  private static final Pattern PERCENT_END = Pattern.compile("(?<=^|[\\s,])(\\d{1,3}(?:,\\d{1,2})?)\\s?%\\s*$");
  private static final Pattern PERCENT_START = Pattern.compile("^\\s*,?\\s*(\\d{1,3}(?:,\\d{1,2})?)\\s?%");

  /**
   * Reads the amounts of a row.
   *
   * @param rest the row after its label
   * @param base the offset of {@code rest} in the text
   * @param columns 1 (applied), 2 (applied, approved) or 3 (applied, approved, rejected = applied − approved)
   * @param percent whether the row may carry a share "80 %"
   * @return the amounts, or empty when they cannot be read one way
   */
  static Optional<Amounts2> amounts(String rest, int base, int columns, boolean percent) {
    String r = rest;
    int pctS = -1;
    int pctE = -1;
    BigDecimal pct = null;
    int from = 0;
    if (percent) {
      Matcher e = PERCENT_END.matcher(r);
      Matcher s = PERCENT_START.matcher(r);
      if (s.find()) {
        pct = Amounts.percent(s.group(1));
        pctS = s.start(1);
        pctE = s.end(1);
        from = s.end();
      } else if (e.find()) {
        pct = Amounts.percent(e.group(1));
        pctS = e.start(1);
        pctE = e.end(1);
        r = r.substring(0, e.start());
      }
    }
    String run = r.substring(from);
    if (run.startsWith(":")) {
      run = " " + run.substring(1);
    }
    List<List<Amounts.Num>> readings = Amounts.readings(run, columns);
    List<List<Amounts.Num>> fitting = new ArrayList<>();
    for (List<Amounts.Num> reading : readings) {
      if (columns == 3
          && reading.get(0).value().subtract(reading.get(1).value()).compareTo(reading.get(2).value()) != 0) {
        continue;
      }
      fitting.add(reading);
    }
    if (fitting.size() != 1) {
      return Optional.empty();
    }
    List<Amounts.Num> one = fitting.get(0);
    Amounts2 out = new Amounts2(one.get(0), columns >= 2 ? one.get(1) : null, base + from);
    if (pct != null) {
      if (pct.compareTo(BigDecimal.valueOf(100)) > 0) {
        return Optional.empty();
      }
      out.percent = pct;
      out.percentStart = base + pctS;
      out.percentEnd = base + pctE;
    }
    return Optional.of(out);
  }

  /** Builds the cost line of a row read, recording its figures. */
  static CostLine costLine(Doc doc, String prefix, Found f, Amounts2 a, CostLayout layout) {
    String path = prefix + "costEstimate." + f.kind.category.name();
    FastMoney applied = doc.money(path + ".applied", a.applied, a.appliedStart, a.appliedEnd);
    CostLine.Builder b = CostLine.builder().category(f.kind.category).applied(applied);
    if (a.approved != null) {
      b.approved(doc.money(path + ".approved", a.approved, a.approvedStart, a.approvedEnd));
    }
    if (!f.label.equals(f.kind.category.label(layout))) {
      b.label(f.label);
    }
    return b.build();
  }

  /** Builds the funding line of a row read, recording its figures. */
  static FundingLine fundingLine(Doc doc, String prefix, Found f, Amounts2 a) {
    String path = prefix + "fundingPlan." + f.kind.source.name();
    FastMoney applied = doc.money(path + ".applied", a.applied, a.appliedStart, a.appliedEnd);
    FundingLine.Builder b = FundingLine.builder().source(f.kind.source).applied(applied);
    if (a.approved != null) {
      b.approved(doc.money(path + ".approved", a.approved, a.approvedStart, a.approvedEnd));
    }
    if (a.percent != null) {
      doc.figure(path + ".statedShare", a.percent.toPlainString(), a.percentStart, a.percentEnd);
      b.statedShare(Percentage.of(a.percent));
    }
    if (!f.label.equals(f.kind.source.displayName(Locale.ROOT))) {
      b.label(f.label);
    }
    return b.build();
  }

  static final Term TABLE_PARTIAL = Term.of(
      "taulukosta ei voitu lukea kaikkia rivejä, joten se merkittiin osittaiseksi (PARTIAL)",
      "alla rader i tabellen kunde inte läsas, så den markerades som partiell (PARTIAL)",
      "not every row of the table could be read, so it is marked partial (PARTIAL)");
}
