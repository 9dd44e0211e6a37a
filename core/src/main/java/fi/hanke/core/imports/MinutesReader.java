package fi.hanke.core.imports;

import fi.hanke.core.Coverage;
import fi.hanke.core.Term;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads council and office-holder minutes (seed 004): prose whose sentences carry the figures —
 * "kokonaiskustannusarvio … on … X euroa", "johon haetaan 80 % tukiosuutta", "omarahoitusosuus on 20 %, Y
 * euroa", "EU:n ja valtion tukea arviolta X euroa", "enintään X euroa", "päätoteuttajana", "osatoteuttajana".
 * Every table read from prose is partial, and hedges are kept.
 */
final class MinutesReader {
  private static final String NAME = "(\\p{Lu}[\\p{L}\\d-]*(?:\\s+[\\p{L}\\d-]+){0,4}?)";
  private static final String HEDGE = "(?:(enintään|korkeintaan|arviolta|noin|n\\.|yhteensä)\\s+)?";
  /** An amount with its unit; not right after digits, where it may be the end of a number split over lines. */
  private static final String AMOUNT = "(?<!\\d\\s{0,3})(" + Amounts.NUMBER + ")\\s?(?:euroa|€|e(?![\\p{L}\\d]))";

  private static final Pattern MAIN = Pattern.compile("päätoteuttajana\\s+toimii\\s+" + NAME + "(?=\\s+ja\\s|\\s*[,.;]|\\s+on\\s)");
  private static final Pattern MAIN_BEFORE = Pattern.compile(NAME + "\\s+(?:on\\s+|toimii\\s+)(?:hankkeen\\s+)?päätoteuttajana");
  private static final Pattern CO = Pattern.compile("(?:^|[,.;]\\s*|\\sja\\s|\\skuin\\s)" + NAME
      + "\\s+(?:on\\s+mukana\\s+|toimii\\s+)(?:hankkeessa\\s+)?osatoteuttajana");
  private static final Pattern CO_AFTER = Pattern.compile("osatoteuttajana\\s+toimii\\s+" + NAME + "(?=\\s+ja\\s|\\s*[,.;])");
  private static final Pattern OTHER_ROLE = Pattern.compile("(?:^|[,.;]\\s*|\\sja\\s)" + NAME
      + "\\s+(?:on\\s+mukana\\s+|toimii\\s+)(?:hankkeessa\\s+)?(osahakijana|pääpartnerina|partnerina|koordinoijana)");
  private static final Pattern PERIOD = Pattern.compile("toteutusaika\\s+(?:on\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*[-–]\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
  private static final Pattern PROJECT_NAME = Pattern.compile("(?:hyväksyy|päättää hakea|hakea rahoitusta)\\s+(\\p{Lu}[^.;:]{2,120}?)\\s+-\\s?hankkee(?:n|lle|seen)");
  private static final Pattern AUTHORITY = Pattern.compile("hakemisen\\s+((\\p{Lu}[\\p{L}-]*\\s+ELY-keskuk)selta)");
  private static final Pattern COST = Pattern.compile("kokonaiskustannu(?:sarvio|kset)\\b(.{0,120}?)\\b(?:on|ovat)\\b(.{0,60}?)\\s" + HEDGE + AMOUNT);
  private static final Pattern PART = Pattern.compile("(\\p{Lu}[\\p{L}-]+)\\s+(\\p{L}+)\\s+osalta");
  private static final Pattern AID_RATE = Pattern.compile("haetaan\\s+(\\d{1,3}(?:,\\d{1,2})?)\\s?%\\s+tuki(?:osuutta|a)");
  private static final Pattern OWN = Pattern.compile("omarahoitusosuus\\s+(?:on\\s+)?(?:(\\d{1,3}(?:,\\d{1,2})?)\\s?%\\s*,?\\s*(?:eli\\s+)?)?" + HEDGE + AMOUNT);
  private static final Pattern MUNICIPAL = Pattern.compile("kuntarahoitus(?:osuus|ta|osuutta)?\\s+(?:on\\s+)?" + HEDGE + AMOUNT);
  private static final Pattern AID = Pattern.compile("EU:n ja valtion\\s+(?:tuki|tukea|rahoitus|rahoitusta|rahoitusosuus)\\s+(?:on\\s+)?" + HEDGE + AMOUNT);
  private static final Pattern BY_YEAR = Pattern.compile(AMOUNT + "\\s+vuo(?:nna|delle|sille)\\s+(\\d{4})");
  private static final Pattern PROPOSAL = Pattern.compile("Päätösehdotus\\s+(\\p{Lu}\\p{L}+)\\s+(hyväksyy\\s.+?)(?=\\s+Päätös\\s|\\s*$)");
  private static final Pattern DECIDED = Pattern.compile("Päätös\\s+(?:\\p{Lu}\\p{L}+\\s+)?(hyväksyi päätösehdotuksen|päätösehdotus hyväksyttiin|hylkäsi päätösehdotuksen)", Pattern.CASE_INSENSITIVE);

  private final Doc doc;
  private final String flow;

  MinutesReader(Doc doc) {
    this.doc = doc;
    this.flow = doc.text.flow();
  }

  private static final class Member {
    String name;
    MemberRole role;
    String roleLabel;
    int start;
    int end;
  }

  HankeDocument read() {
    List<Member> members = members();
    boolean group = !members.isEmpty();
    Project.Builder plan = Project.builder();
    Project.Builder part = Project.builder();
    String p = group ? "plan." : "";

    // the part of one member, "… on Kemin kaupungin osalta 276 605 euroa"
    Matcher cost = COST.matcher(flow);
    int partOf = -1;
    boolean costFound = cost.find();
    if (costFound) {
      Matcher who = PART.matcher(cost.group(1) + " " + cost.group(2));
      if (who.find()) {
        partOf = memberOf(members, who.group(1), who.group(2));
      }
    }
    String q = partOf >= 0 ? "members[" + partOf + "].project." : p;

    boolean decisionKind = flow.contains("Päätösehdotus") || Pattern.compile("\\b(?:Kaupungin|Kunnan)(?:hallitus|valtuusto)\\b").matcher(flow).find();
    if (decisionKind) {
      plan.documentKind(DocumentKind.MUNICIPAL_DECISION);
      part.documentKind(DocumentKind.MUNICIPAL_DECISION);
    }
    Matcher name = PROJECT_NAME.matcher(flow);
    if (name.find()) {
      String n = Doc.collapse(name.group(1));
      doc.figure(p + "name", n, name.start(1), name.end(1));
      plan.name(n);
      if (partOf >= 0) {
        doc.figure(q + "name", n, name.start(1), name.end(1));
        part.name(n);
      }
    } else {
      doc.missing("hankkeen nimi", p + "name", null);
    }
    Matcher period = PERIOD.matcher(flow);
    if (period.find()) {
      Matcher a = Doc.DATE.matcher(period.group(1));
      Matcher b = Doc.DATE.matcher(period.group(2));
      Optional<LocalDate> s = a.matches() ? Doc.date(a) : Optional.empty();
      Optional<LocalDate> e = b.matches() ? Doc.date(b) : Optional.empty();
      if (s.isPresent() && e.isPresent()) {
        doc.figure(p + "start", s.get().toString(), period.start(1), period.end(1));
        doc.figure(p + "end", e.get().toString(), period.start(2), period.end(2));
        plan.start(s.get()).end(e.get());
      } else {
        doc.unread("toteutusaika", p + "start", period.start(), period.end());
      }
    }
    Matcher authority = AUTHORITY.matcher(flow);
    if (authority.find()) {
      String stem = Doc.collapse(authority.group(2));
      String a = stem.substring(0, stem.length() - 1) + "s";
      doc.figure(p + "authority", a, authority.start(1), authority.end(1));
      plan.authority(a);
      if (partOf >= 0) {
        doc.figure(q + "authority", a, authority.start(1), authority.end(1));
        part.authority(a);
      }
    }
    Optional<int[]> fundSpan = Optional.empty();
    Fund fund = null;
    for (Object[] f : new Object[][] {{"Just Transition Fund", Fund.JTF}, {"JTF-rahasto", Fund.JTF},
        {"Oikeudenmukaisen siirtymän rahasto", Fund.JTF}, {"Euroopan sosiaalirahasto", Fund.ESF_PLUS},
        {"Euroopan aluekehitysrahasto", Fund.ERDF}}) {
      int at = flow.indexOf((String) f[0]);
      if (at >= 0 && (fund == null || fund == f[1])) {
        fund = (Fund) f[1];
        fundSpan = fundSpan.isPresent() ? fundSpan : Optional.of(new int[] {at, at + ((String) f[0]).length()});
      } else if (at >= 0) {
        fund = null;
        fundSpan = Optional.empty();
        break;
      }
    }
    if (fund != null && fundSpan.isPresent()) {
      ProgrammePlacement placement = ProgrammePlacement.builder().fund(fund).build();
      doc.figure(p + "placement.fund", fund.name(), fundSpan.get()[0], fundSpan.get()[1]);
      plan.placement(placement);
      if (partOf >= 0) {
        doc.figure(q + "placement.fund", fund.name(), fundSpan.get()[0], fundSpan.get()[1]);
        part.placement(placement);
      }
    }

    Project.Builder target = partOf >= 0 ? part : plan;
    Optional<OrganisationKind> targetKind = partOf >= 0
        ? Optional.of(Doc.kindOf(members.get(partOf).name)) : Optional.empty();
    if (partOf >= 0) {
      Member m = members.get(partOf);
      doc.figure(q + "applicant.name", m.name, m.start, m.end);
      part.applicant(Organisation.builder().name(m.name).kind(Doc.kindOf(m.name)).build());
    }

    // cost
    if (costFound) {
      CostEstimate.Builder c = CostEstimate.builder().coverage(Coverage.PARTIAL)
          .statedNetApplied(doc.money(q + "costEstimate.statedNetApplied", Amounts.parse(cost.group(4)), cost.start(4),
              cost.end(4)));
      Hedge h = hedge(cost.group(3));
      if (h != Hedge.EXACT) {
        c.statedNetAppliedHedge(h);
        doc.figure(q + "costEstimate.statedNetAppliedHedge", h.name(), cost.start(3), cost.end(3));
      }
      target.costEstimate(c.build());
    }
    // funding
    FundingPlan.Builder f = FundingPlan.builder().coverage(Coverage.PARTIAL);
    boolean funded = false;
    Matcher rate = AID_RATE.matcher(flow);
    if (rate.find()) {
      BigDecimal r = Amounts.percent(rate.group(1));
      doc.figure(q + "fundingPlan.statedAidRate", r.toPlainString(), rate.start(1), rate.end(1));
      f.statedAidRate(Percentage.of(r));
      funded = true;
    }
    Matcher aid = AID.matcher(flow);
    if (aid.find()) {
      f.addLine(line(FundingSource.EU_AND_STATE, q, aid, 1, 2, null));
      funded = true;
    }
    Matcher own = OWN.matcher(flow);
    if (own.find()) {
      FundingSource source = targetKind.map(k -> k == OrganisationKind.MUNICIPALITY ? FundingSource.OWN_MUNICIPAL
          : k == OrganisationKind.COMPANY ? FundingSource.OWN_PRIVATE : null).orElse(null);
      if (source == null && flow.substring(Math.max(0, own.start() - 12), own.start()).matches(".*(kaupungin|kunnan)\\s+$")) {
        source = FundingSource.OWN_MUNICIPAL;
      }
      if (source == null) {
        doc.unread("omarahoitusosuus", q + "fundingPlan", own.start(), own.end());
      } else {
        f.addLine(line(source, q, own, 2, 3, own.group(1) == null ? null : new int[] {own.start(1), own.end(1)}));
        funded = true;
      }
    } else {
      Matcher municipal = MUNICIPAL.matcher(flow);
      if (municipal.find()) {
        FundingSource source = targetKind.isPresent() && targetKind.get() == OrganisationKind.MUNICIPALITY
            ? FundingSource.OWN_MUNICIPAL : FundingSource.MUNICIPAL;
        f.addLine(line(source, q, municipal, 1, 2, null));
        funded = true;
      }
    }
    Matcher years = BY_YEAR.matcher(flow);
    while (years.find()) {
      doc.unread("vuosittainen summa", q + "fundingPlan", years.start(), years.end());
    }
    if (funded) {
      target.fundingPlan(f.build());
    }
    if (costFound || funded) {
      doc.info("Kustannusarvio ja rahoitussuunnitelma", q.isEmpty() ? "costEstimate" : q + "costEstimate", Term.of(
          "pöytäkirjan proosasta luetut luvut; taulukot merkittiin osittaisiksi (PARTIAL)",
          "siffror ur protokollets text; tabellerna markerades som partiella (PARTIAL)",
          "figures read from the minutes' prose; the tables are marked partial (PARTIAL)"));
    } else {
      doc.missing("kokonaiskustannusarvio", p + "costEstimate", null);
    }

    // decision
    Matcher proposal = PROPOSAL.matcher(flow);
    if (proposal.find()) {
      Decision.Builder d = Decision.builder().body(proposal.group(1));
      String text = Doc.collapse(proposal.group(1) + " " + proposal.group(2));
      d.text(text);
      doc.figure(q + "decision.body", proposal.group(1), proposal.start(1), proposal.end(1));
      Matcher decided = DECIDED.matcher(flow);
      if (decided.find(proposal.end())) {
        DecisionOutcome o = decided.group(1).toLowerCase(Locale.ROOT).startsWith("hylkäsi")
            ? DecisionOutcome.REJECTED : DecisionOutcome.APPROVED;
        doc.figure(q + "decision.outcome", o.name(), decided.start(1), decided.end(1));
        d.outcome(o);
      } else {
        doc.info("Päätös", q + "decision.outcome", Term.of(
            "päätösehdotus luettiin, mutta päätöksen lopputulosta ei ole kirjattu tekstiin",
            "beslutsförslaget lästes, men beslutets utfall står inte i texten",
            "the proposal was read, but the text does not record the outcome of the decision"));
      }
      target.decision(d.build());
    }

    if (!group) {
      return HankeDocument.of(plan.build());
    }
    GroupProject.Builder g = GroupProject.builder().plan(plan.build());
    boolean hasMain = false;
    boolean hasCo = false;
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      doc.figure("members[" + i + "].organisation.name", m.name, m.start, m.end);
      doc.figure("members[" + i + "].role", m.role.name(), m.start, m.end);
      GroupMember.Builder b = GroupMember.builder().key(m.name)
          .organisation(Organisation.builder().name(m.name).kind(Doc.kindOf(m.name)).build()).role(m.role);
      if (m.roleLabel != null) {
        b.roleLabel(m.roleLabel);
      }
      if (i == partOf) {
        b.project(part.build());
      }
      hasMain |= m.role == MemberRole.MAIN_IMPLEMENTER;
      hasCo |= m.role == MemberRole.CO_IMPLEMENTER;
      g.addMember(b.build());
    }
    // a minute names the members it speaks of, never that they are all: the list is partial, not inferred whole
    g.memberCoverage(Coverage.PARTIAL);
    doc.info("toteuttajat", "members", hasMain && hasCo
        ? Term.of("pöytäkirja nimeää toteuttajat, joista se puhuu, mutta ei sano niiden olevan kaikki, joten "
            + "toteuttajien luettelo on osittainen",
            "protokollet nämner de genomförare det talar om men inte att de är alla, så förteckningen är partiell",
            "the minutes name the members they speak of but not that these are all, so the member list is partial")
        : Term.of(
          "pöytäkirja ei nimeä sekä päätoteuttajaa että osatoteuttajia, joten toteuttajien luettelo on osittainen",
          "protokollet nämner inte både huvudgenomföraren och delgenomförarna, så förteckningen är partiell",
          "the minutes do not name both the main implementer and co-implementers, so the member list is partial"));
    return HankeDocument.of(g.build());
  }

  private FundingLine line(FundingSource source, String q, Matcher m, int hedgeGroup, int amountGroup, int[] share) {
    String path = q + "fundingPlan." + source.name();
    FundingLine.Builder b = FundingLine.builder().source(source)
        .applied(doc.money(path + ".applied", Amounts.parse(m.group(amountGroup)), m.start(amountGroup),
            m.end(amountGroup)));
    Hedge h = hedge(m.group(hedgeGroup));
    if (h != Hedge.EXACT) {
      b.appliedHedge(h);
      doc.figure(path + ".appliedHedge", h.name(), m.start(hedgeGroup), m.end(hedgeGroup));
    }
    if (share != null) {
      BigDecimal s = Amounts.percent(flow.substring(share[0], share[1]));
      doc.figure(path + ".statedShare", s.toPlainString(), share[0], share[1]);
      b.statedShare(Percentage.of(s));
    }
    return b.build();
  }

  static Hedge hedge(String word) {
    if (word == null || word.equals("yhteensä")) {
      return Hedge.EXACT;
    }
    return word.equals("enintään") || word.equals("korkeintaan") ? Hedge.AT_MOST : Hedge.ABOUT;
  }

  private List<Member> members() {
    List<Member> out = new ArrayList<>();
    add(out, MAIN.matcher(flow), MemberRole.MAIN_IMPLEMENTER, null, null);
    add(out, MAIN_BEFORE.matcher(flow), MemberRole.MAIN_IMPLEMENTER, null, "päätoteuttajana");
    add(out, CO.matcher(flow), MemberRole.CO_IMPLEMENTER, null, "osatoteuttajana");
    add(out, CO_AFTER.matcher(flow), MemberRole.CO_IMPLEMENTER, null, null);
    for (String word : List.of("osahakijana", "pääpartnerina", "partnerina", "koordinoijana")) {
      add(out, OTHER_ROLE.matcher(flow), MemberRole.UNKNOWN, "label", word);
    }
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  /**
   * Adds the members a pattern finds. A pattern that begins with the name is tried only in a window before each
   * occurrence of its keyword: tried at every position of a long text it is slow.
   */
  private void add(List<Member> out, Matcher m, MemberRole role, String label, String keyword) {
    if (keyword == null) {
      while (m.find()) {
        add(out, m, role, label);
      }
      return;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = flow.indexOf(keyword); at >= 0; at = flow.indexOf(keyword, at + 1)) {
      m.region(Math.max(0, at - 160), Math.min(flow.length(), at + keyword.length()));
      while (m.find()) {
        add(out, m, role, label);
      }
    }
  }

  private void add(List<Member> out, Matcher m, MemberRole role, String label) {
    String name = Doc.collapse(m.group(1));
    if (name.matches("(?i)(hanke|hankkeen|se|joka|jonka|kaupunki|kunta).*") && !name.contains(" ")) {
      return;
    }
    if (out.stream().anyMatch(x -> x.name.equals(name))) {
      return;
    }
    Member x = new Member();
    x.name = name;
    x.role = role;
    x.start = m.start(1);
    x.end = m.end(1);
    if (label != null) {
      String word = m.group(2);
      x.roleLabel = word.substring(0, word.length() - 2);
    }
    out.add(x);
  }

  private static int memberOf(List<Member> members, String first, String second) {
    int found = -1;
    for (int i = 0; i < members.size(); i++) {
      String[] words = members.get(i).name.split(" ");
      if (words[0].equals(first) && words.length > 1
          && words[1].regionMatches(true, 0, second, 0, Math.min(4, Math.min(words[1].length(), second.length())))) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }
}
