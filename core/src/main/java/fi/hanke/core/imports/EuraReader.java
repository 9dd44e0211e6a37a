package fi.hanke.core.imports;

import fi.hanke.core.Coverage;
import fi.hanke.core.Term;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.money.Eur;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Call;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.core.region.Regions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.javamoney.moneta.FastMoney;

/**
 * Reads a EURA 2021 printout (seeds 000, 002, 003): "Hankkeen perustiedot" label and value pairs, the other
 * implementers of a group project, the cost-model choices, the cost and funding summaries (or the shorter
 * "Kustannusarvion jakaantuminen"), the area, the funding authority's assessment and the meetings.
 */
final class EuraReader {
  static final List<String> LABELS = List.of("Hankkeen julkinen nimi", "Hakijan virallinen nimi", "Hakemusnumero",
      "Saapumispäivämäärä", "Alkamispäivämäärä", "Päättymispäivämäärä", "Päätymispäivämäärä", "Viranomainen",
      "Kokouksen päivämäärä", "Hakuilmoitus", "Hakuilmoituksen tunnus", "Käsittelijä", "Toimintalinja",
      "Erityistavoite", "Tukimuoto", "Hanke toteutetaan", "Ryhmähanketunnus", "Ryhmähankkeen muut toteuttajat",
      "Hankkeen perustiedot", "Dnro", "Maakunnat", "Kunnat", "Onko hankkeen toiminta valtakunnallista?",
      "Kustannusmalli", "Palkkakustannusten ilmoitustapa", "Matkakustannusten ilmoitustapa",
      "Sisältyykö arvonlisävero kustannuksiin?", "Kustannusarvion tiivistelmä", "Rahoitussuunnitelman tiivistelmä",
      "Kustannusarvion ja rahoitussuunnitelman tiivistelmä", "Rahoittajan arvio hankkeesta",
      "Ratkaisun perustelut", "Rahoittaja puoltaa", "Hankkeen toteutusalue", "Kustannusarviota ohjaavat",
      "Perustele", "Kuvaus hankkeen sisällöstä", "Hankkeen toimenpiteet", "Lisätietoja hakemuksesta",
      "Täydelliset kustannusarvion");

  private static final Pattern MEETING = Pattern.compile(
      "^\\s*(\\S.*?)\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?(?:\\s*\\(([^)]+)\\))?\\.?\\s*$");
  private static final Pattern POINTS = Pattern.compile(
      "(?<![\\d,/])(\\d{1,3}(?:,\\d{1,2})?)\\s?/\\s?(\\d{1,3})(?:\\s?(?:pistettä|p\\.|p\\b)|\\))");
  private static final Pattern PRIORITY_PROSE = Pattern.compile("(?:toimin-?\\s*talinja\\p{L}*|\\bTL)\\s+(\\d{1,2})\\b");
  private static final Pattern OBJECTIVE_PROSE = Pattern.compile("erityistavoit\\p{L}*\\s+(\\d{1,2}\\.\\d{1,2})(?!\\d)");
  private static final String MEMBER_ROLE =
      "Osahankkeen toteuttaja|Osatoteuttaja|Päätoteuttaja|Päähankkeen toteuttaja";
  private static final Pattern MEMBER_ROLE_IN = Pattern.compile(MEMBER_ROLE);
  /** A business ID as a members table writes it: 0600598-8, or FI06005988. */
  private static final String MEMBER_BUSINESS_ID = "\\d{7}-\\d|FI\\d{8}";
  private static final Pattern LONE_BUSINESS_ID = Pattern.compile("\\s*(?:" + MEMBER_BUSINESS_ID + ")\\s*");
  /**
   * A row of the table of members: a name, a role and perhaps a business ID. The name holds no role: two rows run
   * together on one line (a copy that lost a line break) match no row, instead of one member named for both.
   */
  private static final Pattern MEMBER_ROW = Pattern.compile(
      "^\\s*(\\S(?:(?!" + MEMBER_ROLE + ").)*?)\\s+(" + MEMBER_ROLE + ")(?:\\s+(" + MEMBER_BUSINESS_ID + "))?\\s*$");

  private final Doc doc;
  private final Regions regions;

  EuraReader(Doc doc, Regions regions) {
    this.doc = doc;
    this.regions = regions;
  }

  HankeDocument read() {
    boolean group = doc.find("Ryhmähanketunnus") >= 0 || doc.find("Ryhmähankkeen muut toteuttajat") >= 0
        || headerOfMembers() >= 0
        || doc.labelValue("Hanke toteutetaan", LABELS).map(v -> v.words().startsWith("Ryhmähank")).orElse(false);
    String p = group ? "plan." : "";
    Project.Builder project = Project.builder();

    // the kind of document and its date
    int proposal = doc.find("Valintaesitys");
    if (proposal >= 0 && Doc.collapse(doc.text.line(proposal)).equals("Valintaesitys")) {
      project.documentKind(DocumentKind.SELECTION_PROPOSAL);
      for (int j = proposal + 1; j < doc.text.size(); j++) {
        if (!doc.text.blank(j)) {
          Doc.Value v = new Doc.Value(Doc.collapse(doc.text.line(j)), doc.text.start(j)
              + (doc.text.line(j).length() - doc.text.line(j).stripLeading().length()),
              doc.text.start(j) + doc.text.line(j).stripTrailing().length(), j);
          if (Doc.DATE.matcher(v.words()).matches()) {
            doc.date(p + "documentDate", "Valintaesitys", v).ifPresent(project::documentDate);
          }
          break;
        }
      }
    } else if (doc.find("Rahoittajan arvio hankkeesta") >= 0) {
      project.documentKind(DocumentKind.ASSESSMENT);
    }

    ProgrammePlacement.Builder placement = ProgrammePlacement.builder();
    boolean placed = false;
    Optional<Fund> fund = fund(p);
    if (fund.isPresent()) {
      placement.fund(fund.get());
      placed = true;
    }

    // "Dnro: EURA 2021/204298/09" and its continuation "02 01 01/2023/ESAELY" on the next line
    int dnroLine = doc.find("Dnro");
    Optional<Doc.Value> dnro = dnroLine < 0 ? Optional.empty() : doc.valueAfter(dnroLine, "Dnro", LABELS);
    if (dnro.isPresent() && dnro.get().line() == dnroLine) {
      Doc.Value first = dnro.get();
      int last = first.end();
      StringBuilder words = new StringBuilder(first.words());
      for (int j = dnroLine + 1; j < doc.text.size() && !doc.text.blank(j) && !Doc.isLabel(doc.text.line(j), LABELS); j++) {
        words.append(' ').append(doc.text.line(j).strip());
        last = doc.text.start(j) + doc.text.line(j).stripTrailing().length();
      }
      dnro = Optional.of(new Doc.Value(Doc.collapse(words.toString()), first.start(), last, dnroLine));
    }
    dnro.ifPresent(v -> {
      doc.figure(p + "diaryNumber", v.words(), v.start(), v.end());
      project.diaryNumber(v.words());
    });
    Optional<Doc.Value> name = doc.labelValue("Hankkeen julkinen nimi", LABELS);
    name.ifPresent(v -> {
      doc.figure(p + "name", v.words(), v.start(), v.end());
      project.name(v.words());
    });
    Optional<Organisation> applicant = doc.labelValue("Hakijan virallinen nimi", LABELS)
        .map(v -> doc.organisation(p + "applicant", v));
    applicant.ifPresent(project::applicant);
    Optional<String> applicationNumber = Optional.empty();
    Optional<Doc.Value> number = doc.labelValue("Hakemusnumero", LABELS);
    if (number.isPresent()) {
      if (number.get().words().matches("\\d{4,8}")) {
        applicationNumber = Optional.of(number.get().words());
        doc.figure(p + "applicationNumber", number.get().words(), number.get().start(), number.get().end());
        project.applicationNumber(number.get().words());
      } else {
        doc.unread("Hakemusnumero", p + "applicationNumber", number.get().start(), number.get().end());
      }
    }
    doc.labelValue("Saapumispäivämäärä", LABELS).flatMap(v -> doc.date(p + "received", "Saapumispäivämäärä", v))
        .ifPresent(project::received);
    doc.labelValue("Alkamispäivämäärä", LABELS).flatMap(v -> doc.date(p + "start", "Alkamispäivämäärä", v))
        .ifPresent(project::start);
    Optional<Doc.Value> end = doc.labelValue("Päättymispäivämäärä", LABELS)
        .or(() -> doc.labelValue("Päätymispäivämäärä", LABELS));
    end.flatMap(v -> doc.date(p + "end", "Päättymispäivämäärä", v)).ifPresent(project::end);
    doc.labelValue("Viranomainen", LABELS).ifPresent(v -> {
      doc.figure(p + "authority", v.words(), v.start(), v.end());
      project.authority(v.words());
    });
    Optional<Doc.Value> call = doc.labelValue("Hakuilmoitus", LABELS);
    if (call.isPresent()) {
      doc.figure(p + "call.name", call.get().words(), call.get().start(), call.get().end());
      Call.Builder c = Call.builder().name(call.get().words());
      doc.labelValue("Hakuilmoituksen tunnus", LABELS).ifPresent(v -> {
        doc.figure(p + "call.id", v.words(), v.start(), v.end());
        c.id(v.words());
      });
      project.call(c.build());
    }
    Optional<String> priority = doc.code("Toimintalinja", LABELS, Doc.PRIORITY, p + "placement.priority");
    priority.ifPresent(c -> placement.priority(Integer.parseInt(c)));
    Optional<String> objective = doc.code("Erityistavoite", LABELS, Doc.OBJECTIVE, p + "placement.specificObjective");
    objective.ifPresent(placement::specificObjective);
    placed |= priority.isPresent() || objective.isPresent();
    Optional<Doc.Value> form = doc.labelValue("Tukimuoto", LABELS);
    if (form.isPresent()) {
      doc.figure(p + "placement.supportForm", form.get().words(), form.get().start(), form.get().end());
      placement.supportForm(form.get().words());
      placed = true;
    }

    area(project, p);
    costModel(project, p);
    Optional<CostEstimate> estimate = costs(p);
    Optional<FundingPlan> plan = funding(p, estimate);
    estimate.ifPresent(project::costEstimate);
    plan.ifPresent(project::fundingPlan);

    Assessment.Builder assessment = Assessment.builder();
    boolean assessed = assessment(assessment, p, placement, placed);
    if (doc.find("Käsittelijä") >= 0) {
      Optional<Doc.Value> preparer = doc.labelValue("Käsittelijä", LABELS);
      if (preparer.isPresent()) {
        doc.figure(p + "assessment.preparer", preparer.get().words(), preparer.get().start(), preparer.get().end());
        assessment.preparer(preparer.get().words());
        assessed = true;
      }
    }
    if (assessed) {
      project.assessment(assessment.build());
    }
    ProgrammePlacement built = placement.build();
    if (!built.equals(ProgrammePlacement.builder().build())) {
      project.placement(built);
    }

    expect("Hankkeen julkinen nimi", p + "name", name.isPresent());
    expect("Hakijan virallinen nimi", p + "applicant", applicant.isPresent());
    expect("Hakemusnumero", p + "applicationNumber", number.isPresent());
    expect("Kustannusarvion tiivistelmä", p + "costEstimate", estimate.isPresent());
    expect("Rahoitussuunnitelman tiivistelmä", p + "fundingPlan", plan.isPresent());

    Project built2 = project.build();
    if (!group) {
      return HankeDocument.of(built2);
    }
    return HankeDocument.of(group(built2, applicant, applicationNumber));
  }

  private void expect(String field, String path, boolean present) {
    if (!present) {
      doc.missing(field, path, null);
    }
  }

  private Optional<Fund> fund(String p) {
    for (int i = 0; i < doc.text.size(); i++) {
      String l = Doc.collapse(doc.text.line(i));
      Fund f = l.startsWith("Euroopan sosiaalirahasto") ? Fund.ESF_PLUS
          : l.startsWith("Euroopan aluekehitysrahasto") ? Fund.ERDF
          : l.startsWith("Oikeudenmukaisen siirtymän rahasto") ? Fund.JTF : null;
      if (f != null && l.length() < 60) {
        int s = doc.text.start(i) + (doc.text.line(i).length() - doc.text.line(i).stripLeading().length());
        doc.figure(p + "placement.fund", f.name(), s, doc.text.start(i) + doc.text.line(i).stripTrailing().length());
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  // --- area ---------------------------------------------------------------------------------------------

  private void area(Project.Builder project, String p) {
    doc.labelValueAcrossBlank("Onko hankkeen toiminta valtakunnallista?", LABELS).ifPresent(v -> {
      if (v.words().equals("Ei") || v.words().equals("Kyllä")) {
        doc.figure(p + "nationwide", String.valueOf(v.words().equals("Kyllä")), v.start(), v.end());
        project.nationwide(v.words().equals("Kyllä"));
      } else {
        doc.unread("Onko hankkeen toiminta valtakunnallista?", p + "nationwide", v.start(), v.end());
      }
    });
    doc.labelValueAcrossBlank("Maakunnat", LABELS).ifPresent(v -> {
      List<Doc.Value> names = items(v);
      for (Doc.Value n : names) {
        Optional<Region> r = regions.findRegion(n.words());
        if (r.isPresent()) {
          doc.figure(p + "regions[" + r.get().code() + "]", n.words(), n.start(), n.end());
          project.addRegion(r.get());
        } else {
          doc.unread("Maakunnat", p + "regions", n.start(), n.end());
        }
      }
    });
    doc.labelValueAcrossBlank("Kunnat", LABELS).ifPresent(v -> {
      for (Doc.Value n : items(v)) {
        var m = regions.findMunicipality(n.words());
        if (m.isPresent()) {
          doc.figure(p + "municipalities[" + m.get().code() + "]", n.words(), n.start(), n.end());
          project.addMunicipality(m.get());
        } else {
          doc.unread("Kunnat", p + "municipalities", n.start(), n.end());
        }
      }
    });
  }

  /** The items of a list value "A, B ja C", each with its offsets. */
  List<Doc.Value> items(Doc.Value v) {
    List<Doc.Value> out = new ArrayList<>();
    String region = doc.text.flow().substring(v.start(), v.end());
    int at = 0;
    for (String part : region.split(",|\\s+ja\\s+")) {
      int idx = region.indexOf(part, at);
      String w = part.strip();
      if (w.isEmpty()) {
        at = idx + part.length();
        continue;
      }
      int s = idx + part.indexOf(w);
      out.add(new Doc.Value(Doc.collapse(w), v.start() + s, v.start() + s + w.length(), v.line()));
      at = idx + part.length();
    }
    return out;
  }

  // --- cost model ---------------------------------------------------------------------------------------

  private void costModel(Project.Builder project, String p) {
    Optional<Doc.Value> option = doc.labelValue("Kustannusmalli", LABELS);
    CostOption chosen = null;
    if (option.isPresent()) {
      for (CostOption o : CostOption.values()) {
        if (o.displayName(new java.util.Locale("fi")).equals(option.get().words())) {
          chosen = o;
        }
      }
      if (chosen == null) {
        doc.unread("Kustannusmalli", p + "costModel.option", option.get().start(), option.get().end());
      } else {
        doc.figure(p + "costModel.option", chosen.name(), option.get().start(), option.get().end());
      }
    } else {
      // the shorter layout names the option on its flat-rate line: "Flat rate 40 % kehittäminen 145 858 €"
      int i = doc.find("Kustannusarvion jakaantuminen");
      for (int j = i < 0 ? doc.text.size() : i + 1; j < doc.text.size() && j < i + 12; j++) {
        String l = doc.text.line(j);
        for (CostOption o : CostOption.values()) {
          int at = l.indexOf(o.displayName(new java.util.Locale("fi")));
          if (o.isFlatRate() && at >= 0 && l.substring(0, at).isBlank()) {
            chosen = o;
            doc.figure(p + "costModel.option", o.name(), doc.text.start(j) + at,
                doc.text.start(j) + at + o.displayName(new java.util.Locale("fi")).length());
          }
        }
        if (chosen != null) {
          break;
        }
      }
    }
    if (chosen == null) {
      return;
    }
    CostModel.Builder model = CostModel.builder().option(chosen);
    doc.labelValue("Palkkakustannusten ilmoitustapa", LABELS).ifPresent(v -> {
      Optional<StaffCostModel> s = java.util.Arrays.stream(StaffCostModel.values())
          .filter(m -> m.displayName(new java.util.Locale("fi")).equals(v.words())).findFirst();
      if (s.isPresent()) {
        doc.figure(p + "costModel.staffCostModel", s.get().name(), v.start(), v.end());
        model.staffCostModel(s.get());
      } else {
        doc.unread("Palkkakustannusten ilmoitustapa", p + "costModel.staffCostModel", v.start(), v.end());
      }
    });
    doc.labelValue("Matkakustannusten ilmoitustapa", LABELS).ifPresent(v -> {
      Optional<TravelCostModel> s = java.util.Arrays.stream(TravelCostModel.values())
          .filter(m -> m.displayName(new java.util.Locale("fi")).equals(v.words())).findFirst();
      if (s.isPresent()) {
        doc.figure(p + "costModel.travelCostModel", s.get().name(), v.start(), v.end());
        model.travelCostModel(s.get());
      } else {
        doc.unread("Matkakustannusten ilmoitustapa", p + "costModel.travelCostModel", v.start(), v.end());
      }
    });
    doc.labelValue("Sisältyykö arvonlisävero kustannuksiin?", LABELS).ifPresent(v -> {
      if (v.words().equals("Ei") || v.words().equals("Kyllä")) {
        doc.figure(p + "costModel.vatIncluded", String.valueOf(v.words().equals("Kyllä")), v.start(), v.end());
        model.vatIncluded(v.words().equals("Kyllä"));
      } else {
        doc.unread("Sisältyykö arvonlisävero kustannuksiin?", p + "costModel.vatIncluded", v.start(), v.end());
      }
    });
    project.costModel(model.build());
  }

  // --- tables -------------------------------------------------------------------------------------------

  /** The columns of a table, from the header lines between its title and its first row. */
  private int columns(int title, boolean funding) {
    boolean approved = false;
    boolean rejected = false;
    for (int j = title + 1; j < doc.text.size() && j < title + 6; j++) {
      String l = doc.text.line(j);
      if (Rows.label(l, !funding, funding).isPresent()) {
        break;
      }
      approved |= l.contains("Hyväksytyt");
      rejected |= l.contains("Hylätyt");
    }
    return rejected ? 3 : approved ? 2 : 1;
  }

  /** One row of a table at line j, joined with its next line when its label wraps; returns lines used. */
  private int row(int j, boolean costs, boolean funding, int columns, TableRows out) {
    String l = doc.text.line(j);
    Optional<Rows.Found> f = Rows.label(l, costs, funding);
    int used = 1;
    int base = doc.text.start(j);
    String row = l;
    if (j + 1 < doc.text.size() && !l.isBlank() && !doc.text.blank(j + 1)
        && (f.isEmpty() || !l.substring(f.get().restFrom()).matches(".*\\d.*"))) {
      // a label wrapped over two lines: "5 Tulot (vähennetään" / "kustannuksista) 20 750 0 20 750"
      int endNext = doc.text.start(j + 1) + doc.text.line(j + 1).length();
      String joined = doc.text.flow().substring(base, endNext);
      Optional<Rows.Found> g = Rows.label(joined, costs, funding);
      if (g.isPresent() && g.get().restFrom() > l.length()) {
        f = g;
        row = joined;
        used = 2;
      }
    }
    if (f.isEmpty()) {
      return 0;
    }
    Rows.Found found = f.get();
    String rest = row.substring(found.restFrom());
    if (rest.isBlank() || rest.strip().equals(":")) {
      out.blank.add(found);
      return used;
    }
    Optional<Rows.Amounts2> a = Rows.amounts(rest, base + found.restFrom(), found.kind().isCost() ? columns
        : Math.min(columns, 2), !found.kind().isCost());
    if (a.isPresent() && doc.continuesRow(j + used - 1)) {
      a = Optional.empty();
    }
    if (a.isEmpty()) {
      doc.unread(found.label(), null, base + found.restFrom() + (rest.length() - rest.stripLeading().length()),
          base + found.restFrom() + rest.stripTrailing().length());
      out.unread = true;
      return used;
    }
    out.found.add(found);
    out.amounts.add(a.get());
    return used;
  }

  static final class TableRows {
    final List<Rows.Found> found = new ArrayList<>();
    final List<Rows.Amounts2> amounts = new ArrayList<>();
    final List<Rows.Found> blank = new ArrayList<>();
    boolean unread;
  }

  private TableRows table(int title, int until, boolean costs, boolean funding, int columns) {
    TableRows rows = new TableRows();
    for (int j = title + 1; j < until; ) {
      int used = row(j, costs, funding, columns, rows);
      j += Math.max(1, used);
    }
    return rows;
  }

  private int nextHeading(int from) {
    for (int j = from + 1; j < doc.text.size(); j++) {
      String l = Doc.collapse(doc.text.line(j));
      if (l.startsWith("Rahoitussuunnitelman tiivistelmä") || l.startsWith("Rahoittajan arvio hankkeesta")
          || l.startsWith("Kustannusarvio ja rahoitussuunnitelma") || l.startsWith("Hankkeen kustannusarvio yhteensä")
          || l.startsWith("Ratkaisun perustelut") || l.startsWith("Hankkeen toteutusalue")) {
        return j;
      }
    }
    return doc.text.size();
  }

  private Optional<CostEstimate> costs(String p) {
    int full = doc.find("Kustannusarvion tiivistelmä");
    int shortForm = doc.find("Kustannusarvion jakaantuminen");
    int title = full >= 0 ? full : shortForm;
    CostEstimate.Builder b = CostEstimate.builder().layout(CostLayout.EURA);
    boolean any = false;
    boolean partial = false;
    BigDecimal linesSum = BigDecimal.ZERO;
    BigDecimal net = null;
    if (title >= 0) {
      int columns = full >= 0 ? columns(title, false) : 1;
      TableRows rows = table(title, nextHeading(title), true, false, columns);
      partial = rows.unread;
      for (int k = 0; k < rows.found.size(); k++) {
        Rows.Found f = rows.found.get(k);
        Rows.Amounts2 a = rows.amounts.get(k);
        any = true;
        if (f.kind().costTotal()) {
          if (net == null) {
            net = a.applied;
            b.statedNetApplied(doc.money(p + "costEstimate.statedNetApplied", a.applied, a.appliedStart, a.appliedEnd));
            if (a.approved != null) {
              b.statedNetApproved(doc.money(p + "costEstimate.statedNetApproved", a.approved, a.approvedStart,
                  a.approvedEnd));
            }
          }
        } else {
          CostLine line = Rows.costLine(doc, p, f, a, CostLayout.EURA);
          b.addLine(line);
          linesSum = f.kind().category().isDeducted() ? linesSum.subtract(a.applied) : linesSum.add(a.applied);
        }
      }
    }
    // "Hankkeen kustannusarvio yhteensä 510 503 €"
    Optional<Doc.Value> total = doc.labelValue("Hankkeen kustannusarvio yhteensä", List.of());
    if (total.isPresent()) {
      Optional<Rows.Amounts2> a = Rows.amounts(" " + total.get().words(), total.get().start() - 1, 1, false);
      if (doc.continuesNumber(total.get().line())) {
        a = Optional.empty();
      }
      Optional<BigDecimal> read = a.map(x -> x.applied);
      if (a.isEmpty() || !doc.text.normal().substring(total.get().start(), total.get().end()).strip()
          .equals(total.get().words())) {
        doc.unread("Hankkeen kustannusarvio yhteensä", p + "costEstimate.statedNetApplied", total.get().start(),
            total.get().end());
      } else if (net == null) {
        net = read.get();
        any = true;
        b.statedNetApplied(doc.money(p + "costEstimate.statedNetApplied", net, a.get().appliedStart,
            a.get().appliedEnd));
      } else if (net.compareTo(read.get()) == 0) {
        doc.money(p + "costEstimate.statedNetApplied", net, a.get().appliedStart, a.get().appliedEnd);
      } else {
        doc.conflict("Hankkeen kustannusarvio yhteensä", p + "costEstimate.statedNetApplied", total.get().start(),
            total.get().end());
      }
    }
    if (!any) {
      return Optional.empty();
    }
    if (full < 0 && !partial && (net == null || linesSum.compareTo(net) != 0)) {
      // the shorter layout prints the lines it has; they are the whole estimate only if they make its total
      partial = true;
    }
    if (partial) {
      b.coverage(Coverage.PARTIAL);
      doc.info("Kustannusarvio", p + "costEstimate.coverage", Rows.TABLE_PARTIAL);
    }
    return Optional.of(b.build());
  }

  private Optional<FundingPlan> funding(String p, Optional<CostEstimate> estimate) {
    int full = doc.find("Rahoitussuunnitelman tiivistelmä");
    int shortForm = full >= 0 ? -1 : doc.find("Kustannusarvion jakaantuminen");
    int title = full >= 0 ? full : shortForm;
    FundingPlan.Builder b = FundingPlan.builder();
    boolean any = false;
    boolean partial = false;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal total = null;
    BigDecimal aid = null;
    if (title >= 0) {
      int columns = full >= 0 ? columns(title, true) : 1;
      TableRows rows = table(title, nextHeading(title), false, true, columns);
      partial = rows.unread;
      for (int k = 0; k < rows.found.size(); k++) {
        Rows.Found f = rows.found.get(k);
        Rows.Amounts2 a = rows.amounts.get(k);
        any = true;
        if (f.kind().fundingTotal()) {
          if (total == null) {
            total = a.applied;
            b.statedTotalApplied(doc.money(p + "fundingPlan.statedTotalApplied", a.applied, a.appliedStart,
                a.appliedEnd));
            if (a.approved != null) {
              b.statedTotalApproved(doc.money(p + "fundingPlan.statedTotalApproved", a.approved, a.approvedStart,
                  a.approvedEnd));
            }
          }
        } else {
          FundingLine line = Rows.fundingLine(doc, p, f, a);
          b.addLine(line);
          sum = sum.add(a.applied);
          if (f.kind().source().isAid() && aid == null) {
            aid = a.applied;
          }
        }
      }
    }
    Optional<Doc.Value> stated = doc.labelValue("Hankkeen rahoitussuunnitelma yhteensä", List.of());
    if (stated.isPresent()) {
      Optional<Rows.Amounts2> a = Rows.amounts(" " + stated.get().words(), stated.get().start() - 1, 1, false);
      if (doc.continuesNumber(stated.get().line()) || !doc.text.normal().substring(stated.get().start(),
          stated.get().end()).strip().equals(stated.get().words())) {
        a = Optional.empty();
      }
      if (a.isEmpty()) {
        doc.unread("Hankkeen rahoitussuunnitelma yhteensä", p + "fundingPlan.statedTotalApplied",
            stated.get().start(), stated.get().end());
      } else if (total == null) {
        total = a.get().applied;
        any = true;
        b.statedTotalApplied(doc.money(p + "fundingPlan.statedTotalApplied", total, a.get().appliedStart,
            a.get().appliedEnd));
      } else if (total.compareTo(a.get().applied) == 0) {
        doc.money(p + "fundingPlan.statedTotalApplied", total, a.get().appliedStart, a.get().appliedEnd);
      } else {
        doc.conflict("Hankkeen rahoitussuunnitelma yhteensä", p + "fundingPlan.statedTotalApplied",
            stated.get().start(), stated.get().end());
      }
    }
    // "Hankkeelle esitetty tuen enimmäismäärä 408 403 €, 80%"
    Optional<Doc.Value> ceiling = doc.labelValue("Hankkeelle esitetty tuen enimmäismäärä", List.of());
    if (ceiling.isPresent()) {
      Matcher m = Pattern.compile("^(" + Amounts.NUMBER + ")\\s?(?:€|e|euroa)?\\s*,?\\s*(\\d{1,3}(?:,\\d{1,2})?)\\s?%$")
          .matcher(ceiling.get().words());
      String normal = doc.text.normal().substring(ceiling.get().start(), ceiling.get().end());
      if (m.matches() && normal.equals(ceiling.get().words())) {
        BigDecimal amount = Amounts.parse(m.group(1));
        int s = ceiling.get().start();
        if (aid != null && aid.compareTo(amount) == 0) {
          doc.money(p + "fundingPlan.EU_AND_STATE.applied", amount, s + m.start(1), s + m.end(1));
        } else if (aid != null) {
          doc.conflict("Hankkeelle esitetty tuen enimmäismäärä", p + "fundingPlan.EU_AND_STATE.applied",
              s + m.start(1), s + m.end(1));
        }
        doc.figure(p + "fundingPlan.statedAidRate", Amounts.percent(m.group(2)).toPlainString(), s + m.start(2),
            s + m.end(2));
        b.statedAidRate(Percentage.of(Amounts.percent(m.group(2))));
        any = true;
      } else {
        doc.unread("Hankkeelle esitetty tuen enimmäismäärä", p + "fundingPlan.statedAidRate", ceiling.get().start(),
            ceiling.get().end());
      }
    }
    regionalSplit(b, p);
    if (!any) {
      return Optional.empty();
    }
    if (full < 0 && !partial && (total == null || sum.compareTo(total) != 0)) {
      partial = true;
    }
    if (partial) {
      b.coverage(Coverage.PARTIAL);
      doc.info("Rahoitussuunnitelma", p + "fundingPlan.coverage", Rows.TABLE_PARTIAL);
    }
    return Optional.of(b.build());
  }

  private static final Pattern REGION_AMOUNT = Pattern.compile(
      "(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?):\\s*(" + Amounts.NUMBER + ")\\s?(?:€|e|euroa)");

  /** "Pohjois-Savo: 140 780 €, Etelä-Savo: 70 388 €, Pohjois-Karjala: 140 780 €" */
  private void regionalSplit(FundingPlan.Builder b, String p) {
    for (int i = 0; i < doc.text.size(); i++) {
      String l = doc.text.line(i);
      if (l.indexOf(':') < 0 || !(l.contains("€") || l.contains(" e") || l.contains("euroa"))) {
        continue;
      }
      Matcher m = REGION_AMOUNT.matcher(l);
      List<RegionalAidShare> shares = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      int last = 0;
      boolean all = true;
      while (m.find()) {
        if (!l.substring(last, m.start()).matches("[\\s,]*")) {
          all = false;
          break;
        }
        Optional<Region> r = regions.findRegion(m.group(1));
        if (r.isEmpty()) {
          all = false;
          break;
        }
        shares.add(RegionalAidShare.of(r.get(), Eur.of(Amounts.parse(m.group(2)))));
        spans.add(new int[] {m.start(2), m.end(2)});
        last = m.end();
      }
      if (all && shares.size() >= 2 && l.substring(last).matches("[\\s.]*")) {
        for (int k = 0; k < shares.size(); k++) {
          RegionalAidShare s = shares.get(k);
          doc.money(p + "fundingPlan.regionalSplit[" + s.region().code() + "]", Eur.decimal(s.amount()),
              doc.text.start(i) + spans.get(k)[0], doc.text.start(i) + spans.get(k)[1]);
          b.addRegionalSplit(s);
        }
        return;
      }
    }
  }

  // --- assessment ---------------------------------------------------------------------------------------

  private boolean assessment(Assessment.Builder a, String p, ProgrammePlacement.Builder placement, boolean placed) {
    boolean any = false;
    // the section runs from the assessment (or the reasons) to the verdict after it: a text that holds two
    // printouts, or its parts out of order, never gives a section that ends before it starts
    int from = doc.find("Rahoittajan arvio hankkeesta");
    int reasons = doc.find("Ratkaisun perustelut", Math.max(from, 0));
    int begin = from >= 0 ? from : reasons;
    int verdict = begin >= 0 ? doc.find("Rahoittaja puoltaa", begin) : -1;
    int stop = verdict >= 0 ? verdict : doc.text.size();
    if (from >= 0 || reasons >= 0) {
      int s = doc.text.start(from >= 0 ? from : reasons);
      int e = stop < doc.text.size() ? doc.text.start(stop) : doc.text.flow().length();
      String flow = doc.text.flow();
      Matcher m = POINTS.matcher(flow).region(s, e);
      BigDecimal points = null;
      BigDecimal max = null;
      while (m.find()) {
        BigDecimal pts = Amounts.percent(m.group(1));
        BigDecimal mx = new BigDecimal(m.group(2));
        if (points == null) {
          points = pts;
          max = mx;
          doc.figure(p + "assessment.points", pts.toPlainString(), m.start(1), m.end(1));
          doc.figure(p + "assessment.maximumPoints", mx.toPlainString(), m.start(2), m.end(2));
          a.points(pts).maximumPoints(mx);
          any = true;
        } else if (points.compareTo(pts) == 0 && max.compareTo(mx) == 0) {
          doc.figure(p + "assessment.points", pts.toPlainString(), m.start(1), m.end(1));
          doc.figure(p + "assessment.maximumPoints", mx.toPlainString(), m.start(2), m.end(2));
        } else {
          doc.conflict("pisteet", p + "assessment.points", m.start(), m.end());
        }
      }
      if (from >= 0) {
        int end = reasons > from ? doc.text.start(reasons) : e;
        Matcher tl = PRIORITY_PROSE.matcher(flow).region(doc.text.start(from), end);
        Matcher so = OBJECTIVE_PROSE.matcher(flow).region(doc.text.start(from), end);
        ProgrammePlacement sofar = placement.build();
        if (tl.find() && sofar.priority().isEmpty()) {
          doc.figure(p + "placement.priority", tl.group(1), tl.start(1), tl.end(1));
          placement.priority(Integer.parseInt(tl.group(1)));
        }
        if (so.find() && sofar.specificObjective().isEmpty()) {
          doc.figure(p + "placement.specificObjective", so.group(1), so.start(1), so.end(1));
          placement.specificObjective(so.group(1));
        }
      }
    }
    if (reasons >= 0) {
      for (int j = reasons + 1; j < stop; j++) {
        String l = doc.text.line(j);
        Matcher m = MEETING.matcher(l);
        if (!m.matches() || l.contains("pistettä") || Doc.DATE.matcher(m.group(1)).find()) {
          continue;
        }
        // a body that may have begun on the line before (a wrapped line) is not read in part
        if (j - 1 > reasons && !doc.text.blank(j - 1) && !MEETING.matcher(doc.text.line(j - 1)).matches()) {
          doc.unread("Ratkaisun perustelut", p + "assessment.meetings", doc.text.start(j),
              doc.text.start(j) + l.stripTrailing().length());
          continue;
        }
        Matcher d = Doc.DATE.matcher(l);
        if (!d.find(m.start(2)) || d.start() != m.start(2)) {
          continue;
        }
        Optional<LocalDate> date = Doc.date(d);
        int base = doc.text.start(j);
        if (date.isEmpty()) {
          doc.unread("Ratkaisun perustelut", p + "assessment.meetings", base + m.start(2), base + d.end());
          continue;
        }
        int index = a.build().meetings().size();
        String body = Doc.collapse(m.group(1));
        doc.figure(p + "assessment.meetings[" + index + "].body", body, base + m.start(1), base + m.end(1));
        doc.figure(p + "assessment.meetings[" + index + "].date", date.get().toString(), base + d.start(),
            base + d.end());
        Meeting.Builder meeting = Meeting.builder().body(body).date(date.get());
        if (m.group(5) != null) {
          meeting.note(m.group(5).strip());
        }
        a.addMeeting(meeting.build());
        any = true;
      }
    }
    if (verdict >= 0) {
      String l = doc.text.line(verdict);
      String label = "Rahoittaja puoltaa hakemuksen hyväksymistä";
      if (Doc.collapse(l).startsWith(label)) {
        Optional<Doc.Value> v = doc.valueAfter(verdict, l.substring(0, l.indexOf("Rahoittaja")) + label, List.of());
        boolean restBlank = true;
        for (int j = verdict + 1; j < doc.text.size(); j++) {
          restBlank &= doc.text.blank(j);
        }
        int ls = doc.text.start(verdict) + l.indexOf("Rahoittaja");
        if (v.isEmpty()) {
          // skip blank lines: the value may stand a few lines below
          for (int j = verdict + 1; j < doc.text.size() && v.isEmpty(); j++) {
            if (!doc.text.blank(j)) {
              String w = Doc.collapse(doc.text.line(j));
              int s = doc.text.start(j) + doc.text.line(j).indexOf(w.isEmpty() ? " " : w.substring(0, 1));
              v = Optional.of(new Doc.Value(w, s, doc.text.start(j) + doc.text.line(j).stripTrailing().length(), j));
            }
          }
        }
        if (v.isPresent() && (v.get().words().equals("Kyllä") || v.get().words().equals("Ei"))) {
          doc.figure(p + "assessment.recommended", String.valueOf(v.get().words().equals("Kyllä")), v.get().start(),
              v.get().end());
          a.recommended(v.get().words().equals("Kyllä"));
          any = true;
        } else if (restBlank) {
          // the sentence alone, with nothing after it: the funder recommends approval
          doc.figure(p + "assessment.recommended", "true", ls, ls + label.length());
          a.recommended(true);
          any = true;
        } else {
          doc.unread(label, p + "assessment.recommended", v.get().start(), v.get().end());
        }
      }
    }
    return any;
  }

  // --- group --------------------------------------------------------------------------------------------

  /**
   * @return the line that ends the header of the table of members ("Toteuttajan nimi … Y-tunnus"), which a copy may
   *     have broken over two lines; -1 if there is none
   */
  private int headerOfMembers() {
    for (int i = 0; i < doc.text.size(); i++) {
      String l = Doc.collapse(doc.text.line(i));
      if (l.startsWith("Toteuttajan nimi") && l.contains("Y-tunnus")) {
        return i;
      }
      if (l.startsWith("Toteuttajan") && !l.contains("Y-tunnus") && i + 1 < doc.text.size()) {
        String two = l + " " + Doc.collapse(doc.text.line(i + 1));
        if (two.startsWith("Toteuttajan nimi") && two.endsWith("Y-tunnus")) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private GroupProject group(Project plan, Optional<Organisation> applicant, Optional<String> applicationNumber) {
    GroupProject.Builder g = GroupProject.builder().plan(plan);
    doc.labelValue("Ryhmähanketunnus", LABELS).ifPresent(v -> {
      if (v.words().matches("R-\\d{3,6}")) {
        doc.figure("groupId", v.words(), v.start(), v.end());
        g.groupId(v.words());
      } else {
        doc.unread("Ryhmähanketunnus", "groupId", v.start(), v.end());
      }
    });
    int index = 0;
    if (applicant.isPresent()) {
      GroupMember.Builder main = GroupMember.builder().key(applicant.get().name()).organisation(applicant.get())
          .role(MemberRole.MAIN_IMPLEMENTER);
      applicationNumber.ifPresent(main::applicationNumber);
      g.addMember(main.build());
      index++;
    } else {
      g.memberCoverage(Coverage.PARTIAL);
      doc.info("Ryhmähankkeen toteuttajat", "members", Term.of(
          "hakijaa (päätoteuttajaa) ei ole tulosteessa, joten toteuttajien luettelo merkittiin osittaiseksi",
          "sökanden (huvudgenomföraren) saknas i utskriften, så förteckningen över genomförare är partiell",
          "the applicant (main implementer) is not in the printout, so the list of implementers is partial"));
    }
    int header = headerOfMembers();
    if (header >= 0) {
      // whether the line above was a piece of text with no role, which may be where this row's name begins
      boolean nameMayStartAbove = false;
      for (int j = header + 1; j < doc.text.size() && !doc.text.blank(j); j++) {
        String l = doc.text.line(j);
        Matcher m = MEMBER_ROW.matcher(l);
        int base = doc.text.start(j);
        boolean row = m.matches();
        if (!row || nameMayStartAbove) { // a name begun above would be read cut short: "Hankekehitys Oy"
          doc.unread("Ryhmähankkeen muut toteuttajat", "members", base + (l.length() - l.stripLeading().length()),
              base + l.stripTrailing().length());
          g.memberCoverage(Coverage.PARTIAL);
          nameMayStartAbove = !row && !MEMBER_ROLE_IN.matcher(l).find() && !LONE_BUSINESS_ID.matcher(l).matches();
          continue;
        }
        String name = Doc.collapse(m.group(1));
        String path = "members[" + index + "]";
        doc.figure(path + ".organisation.name", name, base + m.start(1), base + m.end(1));
        Organisation.Builder o = Organisation.builder().name(name).kind(Doc.kindOf(name));
        if (m.group(3) != null) {
          Matcher id = Doc.BUSINESS_ID.matcher(m.group(3));
          if (id.matches()) {
            BusinessId bid = Doc.businessId(id).orElseThrow();
            doc.figure(path + ".organisation.businessId", bid.toString(), base + m.start(3), base + m.end(3));
            o.businessId(bid);
          }
        }
        MemberRole role = m.group(2).startsWith("Osa") ? MemberRole.CO_IMPLEMENTER : MemberRole.MAIN_IMPLEMENTER;
        doc.figure(path + ".role", role.name(), base + m.start(2), base + m.end(2));
        g.addMember(GroupMember.builder().key(name).organisation(o.build()).role(role).build());
        index++;
      }
    }
    return g.build();
  }
}
