package fi.hanke.core.imports;

import fi.hanke.core.Coverage;
import fi.hanke.core.Term;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of projects as bulletins print them, one a line: name, applicant and an amount, the cells
 * separated by tabs, semicolons, " – " or runs of spaces ("Meta Pilot Factory; Oulun Ammattikorkeakoulu Oy;
 * 754 093 €"). What the amount is comes from the header ("tuki", "EU- ja valtion rahoitus" → the aid;
 * "kustannukset" → the total cost); without one the amount is noted unread. Every project is partial.
 */
final class ListReader {
  static final Pattern ROW = Pattern.compile(
      "^\\s*(\\S[^\\t;]*?)\\s*(?:\\t+|;|\\s[–-]\\s| {2,})\\s*(\\S[^\\t;]*?)\\s*(?:\\t+|;|\\s[–-]\\s| {2,})\\s*("
          + Amounts.NUMBER + ")\\s?(?:€|e|euroa|EUR)?\\s*$");

  private ListReader() {}

  static int rows(Text text) {
    int n = 0;
    for (int i = 0; i < text.size(); i++) {
      Matcher m = ROW.matcher(text.line(i));
      if (m.matches() && !m.group(1).matches(".*\\d{3}.*")) {
        n++;
      }
    }
    return n;
  }

  static List<HankeDocument> read(Doc doc) {
    List<HankeDocument> out = new ArrayList<>();
    Boolean aid = null;
    for (int i = 0; i < doc.text.size(); i++) {
      String l = doc.text.line(i);
      Matcher m = ROW.matcher(l);
      if (!m.matches() || m.group(1).matches(".*\\d{3}.*")) {
        String h = l.toLowerCase(Locale.ROOT);
        if (!l.isBlank() && out.isEmpty()) {
          if (h.contains("tuki") || h.contains("tukea") || h.contains("valtion rahoitus") || h.contains("myönnetty")) {
            aid = true;
          } else if (h.contains("kustannu")) {
            aid = false;
          }
        }
        continue;
      }
      doc.document = out.size();
      int base = doc.text.start(i);
      String name = Doc.collapse(m.group(1));
      String applicant = Doc.collapse(m.group(2));
      doc.figure("name", name, base + m.start(1), base + m.end(1));
      doc.figure("applicant.name", applicant, base + m.start(2), base + m.end(2));
      Project.Builder p = Project.builder().name(name)
          .applicant(Organisation.builder().name(applicant).kind(Doc.kindOf(applicant)).build());
      if (aid == null) {
        doc.unread("summa", null, base + m.start(3), base + m.end(3));
      } else if (aid) {
        p.fundingPlan(FundingPlan.builder().coverage(Coverage.PARTIAL)
            .addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE)
                .applied(doc.money("fundingPlan.EU_AND_STATE.applied", Amounts.parse(m.group(3)), base + m.start(3),
                    base + m.end(3))).build()).build());
      } else {
        p.costEstimate(CostEstimate.builder().coverage(Coverage.PARTIAL)
            .statedNetApplied(doc.money("costEstimate.statedNetApplied", Amounts.parse(m.group(3)), base + m.start(3),
                base + m.end(3))).build());
      }
      out.add(HankeDocument.of(p.build()));
    }
    doc.document = 0;
    if (aid == null && !out.isEmpty()) {
      doc.info("summa", null, Term.of(
          "luettelon otsikko ei kerro, onko summa tuki vai kustannukset, joten summia ei luettu",
          "förteckningens rubrik säger inte om beloppet är stöd eller kostnader, så beloppen lästes inte",
          "the list's header does not say whether the amount is aid or cost, so the amounts were not read"));
    }
    return out;
  }
}
