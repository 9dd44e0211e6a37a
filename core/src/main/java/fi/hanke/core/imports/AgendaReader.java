package fi.hanke.core.imports;

import fi.hanke.core.Coverage;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
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

/**
 * Reads a regional council's agenda item (seed 001): "Vastuuviranomainen", "Toimintalinja ja hallinnonala",
 * "Hakemusnumero", "Hakija", "Osahakija(t)", "Toteutusaika", "Toteuttamisalue", "Kokonaiskustannusarvio (€)"
 * and "Kokonaisrahoitussuunnitelma (€)" with blank lines meaning zero, "Hankearviointi, pisteet: 24/44 p.",
 * and the compact "Haettu tuki / kokonaiskustannukset: 312 400 e / 390 500 e".
 */
final class AgendaReader {
  static final List<String> LABELS = List.of("Vastuuviranomainen", "Tavoiteohjelma", "Toimintalinja ja hallinnonala",
      "Erityistavoite", "Hakemusnumero", "Hakija", "Osahakija(t)", "Osahakijat", "Osahakija", "Toteutusaika",
      "Toteuttamisalue", "Hankekuvaus", "Kokonaiskustannusarvio (€)", "Kokonaisrahoitussuunnitelma (€)",
      "Hankearviointi, pisteet", "Maakuntaohjelman toimintalinja", "Valmistelija", "Esitys", "Päätös",
      "Haettu tuki / kokonaiskustannukset");

  private final Doc doc;
  private final Regions regions;

  AgendaReader(Doc doc, Regions regions) {
    this.doc = doc;
    this.regions = regions;
  }

  HankeDocument read() {
    Optional<Doc.Value> partners = doc.labelValue("Osahakija(t)", LABELS)
        .or(() -> doc.labelValue("Osahakijat", LABELS)).or(() -> doc.labelValue("Osahakija", LABELS));
    Optional<Doc.Value> numbers = doc.labelValue("Hakemusnumero", LABELS);
    List<Doc.Value> numberList = numbers.map(v -> items(v)).orElse(List.of());
    boolean group = partners.isPresent() || numberList.size() > 1;
    String p = group ? "plan." : "";
    Project.Builder project = Project.builder();
    String flow = doc.text.flow();
    if (flow.contains("yhteistyöryhm") || flow.contains("MYR")) {
      project.documentKind(DocumentKind.COOPERATION_GROUP_PRESENTATION);
    }
    doc.labelValue("Vastuuviranomainen", LABELS).ifPresent(v -> {
      doc.figure(p + "authority", v.words(), v.start(), v.end());
      project.authority(v.words());
    });
    Optional<Organisation> applicant = doc.labelValue("Hakija", LABELS).map(v -> doc.organisation(p + "applicant", v));
    applicant.ifPresent(project::applicant);
    if (!group && numberList.size() == 1) {
      Doc.Value n = numberList.get(0);
      if (n.words().matches("\\d{4,8}")) {
        doc.figure("applicationNumber", n.words(), n.start(), n.end());
        project.applicationNumber(n.words());
      } else {
        doc.unread("Hakemusnumero", "applicationNumber", n.start(), n.end());
      }
    }
    ProgrammePlacement.Builder placement = ProgrammePlacement.builder();
    boolean placed = false;
    Optional<String> priority = doc.code("Toimintalinja ja hallinnonala", LABELS, Doc.PRIORITY,
        p + "placement.priority");
    priority.ifPresent(c -> placement.priority(Integer.parseInt(c)));
    Optional<String> objective = doc.code("Erityistavoite", LABELS, Doc.OBJECTIVE, p + "placement.specificObjective");
    objective.ifPresent(placement::specificObjective);
    placed |= priority.isPresent() || objective.isPresent();
    if (placed) {
      project.placement(placement.build());
    }
    doc.labelValue("Toteutusaika", LABELS).ifPresent(v -> {
      Matcher d = Doc.DATE.matcher(doc.text.normal()).region(v.start(), v.end());
      List<LocalDate> dates = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      while (d.find()) {
        Doc.date(d).ifPresent(dates::add);
        spans.add(new int[] {d.start(), d.end()});
      }
      if (dates.size() == 2 && spans.size() == 2
          && v.words().matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*[–-]\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
        doc.figure(p + "start", dates.get(0).toString(), spans.get(0)[0], spans.get(0)[1]);
        doc.figure(p + "end", dates.get(1).toString(), spans.get(1)[0], spans.get(1)[1]);
        project.start(dates.get(0)).end(dates.get(1));
      } else {
        doc.unread("Toteutusaika", p + "start", v.start(), v.end());
      }
    });
    doc.labelValue("Toteuttamisalue", LABELS).ifPresent(v -> {
      for (Doc.Value n : items(v)) {
        Optional<Region> r = regions.findRegion(n.words());
        if (r.isPresent()) {
          doc.figure(p + "regions[" + r.get().code() + "]", n.words(), n.start(), n.end());
          project.addRegion(r.get());
        } else {
          doc.unread("Toteuttamisalue", p + "regions", n.start(), n.end());
        }
      }
    });

    costsAndFunding(project, p);

    Assessment.Builder assessment = Assessment.builder();
    boolean assessed = false;
    Optional<Doc.Value> points = doc.labelValue("Hankearviointi, pisteet", LABELS);
    if (points.isPresent()) {
      Matcher m = Pattern.compile("(\\d{1,3}(?:,\\d{1,2})?)\\s?/\\s?(\\d{1,3})(?:\\s?p\\.?)?")
          .matcher(points.get().words());
      String normal = doc.text.normal().substring(points.get().start(), points.get().end());
      if (m.matches() && normal.equals(points.get().words())) {
        int s = points.get().start();
        doc.figure(p + "assessment.points", Amounts.percent(m.group(1)).toPlainString(), s + m.start(1), s + m.end(1));
        doc.figure(p + "assessment.maximumPoints", m.group(2), s + m.start(2), s + m.end(2));
        assessment.points(Amounts.percent(m.group(1))).maximumPoints(new BigDecimal(m.group(2)));
        assessed = true;
      } else {
        doc.unread("Hankearviointi, pisteet", p + "assessment.points", points.get().start(), points.get().end());
      }
    }
    Matcher recommends = Pattern.compile("(?<!ei )puoltaa hanketta rahoitettavaksi").matcher(flow);
    if (recommends.find()) {
      doc.figure(p + "assessment.recommended", "true", recommends.start(), recommends.end());
      assessment.recommended(true);
      assessed = true;
    }
    Optional<Doc.Value> link = doc.labelValue("Maakuntaohjelman toimintalinja", LABELS);
    if (link.isPresent()) {
      String w = link.get().words().replaceAll("\\.$", "");
      doc.figure(p + "assessment.regionalProgrammeLink", w, link.get().start(), link.get().start() + w.length());
      assessment.regionalProgrammeLink(w);
      assessed = true;
    }
    Optional<Doc.Value> preparer = doc.labelValue("Valmistelija", LABELS);
    if (preparer.isPresent()) {
      String w = preparer.get().words().split(",")[0].strip();
      doc.figure(p + "assessment.preparer", w, preparer.get().start(), preparer.get().start() + w.length());
      assessment.preparer(w);
      assessed = true;
    }
    if (assessed) {
      project.assessment(assessment.build());
    }
    int decision = -1;
    for (int i = 0; i < doc.text.size(); i++) {
      if (Doc.collapse(doc.text.line(i)).equals("Päätös")) {
        decision = i;
      }
    }
    if (decision >= 0) {
      Optional<Doc.Value> v = doc.valueAfter(decision, doc.text.line(decision).stripTrailing(), LABELS);
      for (int j = decision + 1; v.isEmpty() && j < doc.text.size(); j++) {
        if (!doc.text.blank(j)) {
          v = doc.valueAfter(j - 1, doc.text.line(j - 1), LABELS);
        }
      }
      if (v.isPresent()) {
        Matcher m = Pattern.compile("Päätösesitys (hyväksyttiin|hylättiin)(?: yksimielisesti)?\\.?")
            .matcher(v.get().words());
        if (m.matches()) {
          DecisionOutcome o = m.group(1).equals("hyväksyttiin") ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED;
          doc.figure(p + "decision.outcome", o.name(), v.get().start(), v.get().end());
          project.decision(Decision.builder().outcome(o).text(v.get().words()).build());
        } else {
          doc.unread("Päätös", p + "decision", v.get().start(), v.get().end());
        }
      }
    }

    if (applicant.isEmpty()) {
      doc.missing("Hakija", p + "applicant", null);
    }
    Project plan = project.build();
    if (!group) {
      return HankeDocument.of(plan);
    }
    GroupProject.Builder g = GroupProject.builder().plan(plan);
    int index = 0;
    if (applicant.isPresent()) {
      g.addMember(GroupMember.builder().key(applicant.get().name()).organisation(applicant.get())
          .role(MemberRole.MAIN_IMPLEMENTER).build());
      index++;
    } else {
      g.memberCoverage(Coverage.PARTIAL);
    }
    if (partners.isPresent()) {
      for (Doc.Value n : items(partners.get())) {
        String path = "members[" + index + "]";
        doc.figure(path + ".organisation.name", n.words(), n.start(), n.end());
        g.addMember(GroupMember.builder().key(n.words())
            .organisation(Organisation.builder().name(n.words()).kind(Doc.kindOf(n.words())).build())
            .role(MemberRole.CO_IMPLEMENTER).build());
        index++;
      }
    }
    for (int k = 0; k < numberList.size(); k++) {
      Doc.Value n = numberList.get(k);
      if (n.words().matches("\\d{4,8}")) {
        doc.figure("applicationNumbers[" + k + "]", n.words(), n.start(), n.end());
        g.addApplicationNumber(n.words());
      } else {
        doc.unread("Hakemusnumero", "applicationNumbers", n.start(), n.end());
      }
    }
    return HankeDocument.of(g.build());
  }

  private List<Doc.Value> items(Doc.Value v) {
    return new EuraReader(doc, regions).items(v);
  }

  private void costsAndFunding(Project.Builder project, String p) {
    int costs = doc.find("Kokonaiskustannusarvio (€)");
    int funding = doc.find("Kokonaisrahoitussuunnitelma (€)");
    if (costs >= 0) {
      CostEstimate.Builder b = CostEstimate.builder().layout(CostLayout.REGIONAL_COUNCIL);
      boolean partial = false;
      int end = funding > costs ? funding : Math.min(doc.text.size(), costs + 20);
      for (int j = costs + 1; j < end; j++) {
        Row r = row(j, true);
        if (r == null) {
          continue;
        }
        if (r.unread) {
          partial = true;
        } else if (r.amounts != null && r.found.kind().costTotal()) {
          b.statedNetApplied(doc.money(p + "costEstimate.statedNetApplied", r.amounts.applied, r.amounts.appliedStart,
              r.amounts.appliedEnd));
        } else if (r.amounts != null) {
          b.addLine(Rows.costLine(doc, p, r.found, r.amounts, CostLayout.REGIONAL_COUNCIL));
        }
      }
      if (partial) {
        b.coverage(Coverage.PARTIAL);
        doc.info("Kokonaiskustannusarvio", p + "costEstimate.coverage", Rows.TABLE_PARTIAL);
      }
      project.costEstimate(b.build());
    }
    if (funding >= 0) {
      FundingPlan.Builder b = FundingPlan.builder();
      boolean partial = false;
      for (int j = funding + 1; j < Math.min(doc.text.size(), funding + 20); j++) {
        if (Doc.isLabel(doc.text.line(j), LABELS)) {
          break;
        }
        Row r = row(j, false);
        if (r == null) {
          continue;
        }
        if (r.unread) {
          partial = true;
        } else if (r.amounts != null && r.found.kind().fundingTotal()) {
          b.statedTotalApplied(doc.money(p + "fundingPlan.statedTotalApplied", r.amounts.applied,
              r.amounts.appliedStart, r.amounts.appliedEnd));
        } else if (r.amounts != null) {
          b.addLine(Rows.fundingLine(doc, p, r.found, r.amounts));
        }
      }
      if (partial) {
        b.coverage(Coverage.PARTIAL);
        doc.info("Kokonaisrahoitussuunnitelma", p + "fundingPlan.coverage", Rows.TABLE_PARTIAL);
      }
      project.fundingPlan(b.build());
    }
    compact(project, p, costs < 0, funding < 0);
  }

  private static final class Row {
    Rows.Found found;
    Rows.Amounts2 amounts;
    boolean unread;
  }

  private Row row(int j, boolean costs) {
    String l = doc.text.line(j);
    Optional<Rows.Found> f = Rows.label(l, costs, !costs);
    if (f.isEmpty()) {
      return null;
    }
    Row r = new Row();
    r.found = f.get();
    String rest = l.substring(f.get().restFrom());
    if (rest.replace(":", "").isBlank()) {
      return r;
    }
    int base = doc.text.start(j) + f.get().restFrom();
    Optional<Rows.Amounts2> a = Rows.amounts(rest, base, 1, false);
    if (a.isPresent() && doc.continuesNumber(j)) {
      a = Optional.empty();
    }
    if (a.isEmpty()) {
      doc.unread(f.get().label(), null, base + (rest.length() - rest.stripLeading().length()),
          base + rest.stripTrailing().length());
      r.unread = true;
    } else {
      r.amounts = a.get();
    }
    return r;
  }

  /** "Haettu tuki / kokonaiskustannukset: 312 400 e / 390 500 e" */
  private void compact(Project.Builder project, String p, boolean noCosts, boolean noFunding) {
    Optional<Doc.Value> v = doc.labelValue("Haettu tuki / kokonaiskustannukset", LABELS);
    if (v.isEmpty()) {
      return;
    }
    Matcher m = Pattern.compile("(" + Amounts.NUMBER + ")\\s?(?:€|e|euroa)?\\s*/\\s*(" + Amounts.NUMBER
        + ")\\s?(?:€|e|euroa)?").matcher(v.get().words());
    String normal = doc.text.normal().substring(v.get().start(), v.get().end());
    if (!m.matches() || !normal.equals(v.get().words())) {
      doc.unread("Haettu tuki / kokonaiskustannukset", p + "fundingPlan", v.get().start(), v.get().end());
      return;
    }
    int s = v.get().start();
    if (noFunding) {
      project.fundingPlan(FundingPlan.builder().coverage(Coverage.PARTIAL)
          .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE)
              .applied(doc.money(p + "fundingPlan.EU_AND_STATE.applied", Amounts.parse(m.group(1)), s + m.start(1),
                  s + m.end(1))).label("Haettu tuki").build())
          .build());
    }
    if (noCosts) {
      project.costEstimate(CostEstimate.builder().layout(CostLayout.REGIONAL_COUNCIL).coverage(Coverage.PARTIAL)
          .statedNetApplied(doc.money(p + "costEstimate.statedNetApplied", Amounts.parse(m.group(2)), s + m.start(2),
              s + m.end(2))).build());
    }
  }
}
