package fi.hanke.examples.summary;

import fi.hanke.core.Term;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.Project;
import fi.hanke.validation.internal.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;

/**
 * A project printed as EURA prints its summary (<i>hankkeen tiivistelmä</i>, sv. <i>projektets sammandrag</i>):
 * a heading, "Kustannusarvion tiivistelmä" and "Rahoitussuunnitelman tiivistelmä" with applied, approved and
 * share columns, and for a group its members. Text for people, in Finnish, Swedish or English.
 */
public final class EuraSummary {
  private static final int LABEL = 44;
  /** Wider in Swedish and English, whose rows carry the document's Finnish label and its translation. */
  private static final int TRANSLATED_LABEL = 76;
  private static final int AMOUNT = 18;

  private static final Map<String, Term> WORDS = Map.ofEntries(
      Map.entry("costs", Term.of("Kustannusarvion tiivistelmä", "Sammandrag av kostnadsförslaget", "Cost estimate summary")),
      Map.entry("funding", Term.of("Rahoitussuunnitelman tiivistelmä", "Sammandrag av finansieringsplanen", "Funding plan summary")),
      Map.entry("applied", Term.of("Haetut yhteensä", "Sökt totalt", "Applied")),
      Map.entry("approved", Term.of("Hyväksytyt yhteensä", "Godkänt totalt", "Approved")),
      Map.entry("share", Term.of("Osuus %", "Andel %", "Share %")),
      Map.entry("net", Term.of("Nettokustannusarvio yhteensä", "Nettokostnadsförslag totalt", "Net cost total")),
      Map.entry("fundingTotal", Term.of("Rahoitussuunnitelma yhteensä", "Finansieringsplan totalt", "Funding total")),
      Map.entry("stated", Term.of("ilmoitettu", "angivet", "as stated")),
      Map.entry("applicant", Term.of("Hakija", "Sökande", "Applicant")),
      Map.entry("main", Term.of("Päätoteuttaja", "Huvudgenomförare", "Main implementer")),
      Map.entry("co", Term.of("Osatoteuttaja", "Delgenomförare", "Co-implementer")),
      Map.entry("period", Term.of("Toteutusaika", "Genomförandetid", "Period")),
      Map.entry("placement", Term.of("Ohjelmasijoitus", "Placering", "Programme")),
      Map.entry("members", Term.of("Ryhmähankkeen toteuttajat", "Gruppprojektets genomförare", "Members of the group")),
      Map.entry("group", Term.of("Ryhmähanke", "Gruppprojekt", "Group project")),
      Map.entry("ownBudget", Term.of("oma kustannusarvio", "egen budget", "own budget")),
      Map.entry("aidShare", Term.of("tukiosuus", "stödandel", "aid share")),
      Map.entry("regional", Term.of("Tuen maakunnallinen jako", "Stödet per landskap", "Aid by region")),
      Map.entry("unnamed", Term.of("(nimetön hanke)", "(projekt utan namn)", "(unnamed project)")),
      Map.entry("notStated", Term.of("ei ilmoitettu", "ej angivet", "not stated")));

  private final Locale locale;

  private EuraSummary(Locale locale) {
    this.locale = locale;
  }

  /**
   * @param locale fi, sv or en
   * @return a summary printer for the language
   */
  public static EuraSummary in(Locale locale) {
    return new EuraSummary(locale);
  }

  /**
   * One table of the summary (<i>tiivistelmätaulukko</i>, sv. <i>sammandragstabell</i>), as EURA prints it: its title, the headings of its three amount columns (applied,
   * approved, share) and its rows, every value already written in the summary's language.
   *
   * @param title "Kustannusarvion tiivistelmä" or "Rahoitussuunnitelman tiivistelmä"
   * @param columns the headings of the applied, approved and share columns
   * @param rows the rows in document order, then the total
   */
  public record Table(String title, List<String> columns, List<Row> rows) {}

  /**
   * A row of a {@link Table} (<i>rivi</i>, sv. <i>rad</i>).
   *
   * @param kind a line of the table, its total, or the heading of a part of it (no amounts)
   * @param label the row's label as the document prints it (with its translation in sv and en)
   * @param applied the amount applied for, written in the language ("" for a heading)
   * @param approved the amount approved, or "–" when none is stated ("" for a heading)
   * @param share the share of the total ("12,5 %"), or "" where none is shown
   */
  public record Row(Kind kind, String label, String applied, String approved, String share) {
    /** What a row is. */
    public enum Kind {
      /** A line of the table. */
      LINE,
      /** The table's total. */
      TOTAL,
      /** The heading of a part of the table (the aid by region), without amounts. */
      HEADING
    }
  }

  /**
   * A summary as data (<i>tiivistelmä</i>, sv. <i>sammandrag</i>), for a page or a report to lay out: what {@link #of(Project)} prints, row by row.
   *
   * @param name the project's name
   * @param heading the lines under the name: applicant or main implementer, period, programme placement, group
   * @param tables the cost estimate and funding plan summaries, those the document has
   * @param group whether it is a group project's
   * @param members a group's members, one line each (empty for a single project)
   */
  public record Summary(String name, List<String> heading, List<Table> tables, boolean group, List<String> members) {}

  /**
   * @param project a project
   * @return its heading, cost estimate and funding plan
   */
  public String of(Project project) {
    return text(summary(project));
  }

  /**
   * @param group a group project
   * @return its heading, the group's cost estimate and funding plan, and its members
   */
  public String of(GroupProject group) {
    return text(summary(group));
  }

  /**
   * @param project a project
   * @return its summary as data: what {@link #of(Project)} prints
   */
  public Summary summary(Project project) {
    List<String> heading = new ArrayList<>();
    project.applicant().ifPresent(o -> heading.add(word("applicant") + ": " + o.name()));
    heading(heading, project);
    return new Summary(name(project), List.copyOf(heading), tables(project), false, List.of());
  }

  /**
   * @param group a group project
   * @return its summary as data: what {@link #of(GroupProject)} prints
   */
  public Summary summary(GroupProject group) {
    List<String> heading = new ArrayList<>();
    group.mainImplementer().ifPresent(m -> heading.add(word("main") + ": " + m.organisation().name()));
    heading(heading, group.plan());
    group.groupId().ifPresent(id -> heading.add(word("group") + ": " + id));
    List<String> members = new ArrayList<>();
    for (GroupMember m : group.members()) {
      StringBuilder out = new StringBuilder();
      out.append(m.role() == MemberRole.MAIN_IMPLEMENTER ? word("main") : word("co")).append(": ")
          .append(m.organisation().name());
      m.organisation().businessId().ifPresent(id -> out.append(" (").append(id).append(')'));
      m.project().flatMap(Project::costEstimate).ifPresent(e -> {
        FastMoney net = e.netAppliedAsStated();
        out.append(", ").append(word("ownBudget")).append(' ').append(Eur.format(net, locale));
        m.project().flatMap(Project::fundingPlan).ifPresent(f -> out.append(", ").append(word("aidShare")).append(' ')
            .append(percent(f.aidApplied(), net)));
      });
      members.add(out.toString());
    }
    return new Summary(name(group.plan()), List.copyOf(heading), tables(group.plan()), true, List.copyOf(members));
  }

  private String text(Summary summary) {
    StringBuilder out = new StringBuilder();
    out.append(summary.name()).append('\n').append("=".repeat(Math.min(100, summary.name().length()))).append('\n');
    summary.heading().forEach(h -> out.append(h).append('\n'));
    for (Table t : summary.tables()) {
      out.append('\n').append(pad(t.title(), labelWidth())).append(left(t.columns().get(0), AMOUNT))
          .append(left(t.columns().get(1), AMOUNT + 4)).append(left(t.columns().get(2), 10)).append('\n');
      for (Row r : t.rows()) {
        if (r.kind() == Row.Kind.HEADING) {
          out.append(r.label()).append('\n');
        } else {
          out.append(pad(r.label(), labelWidth())).append(left(r.applied(), AMOUNT)).append(left(r.approved(), AMOUNT + 4))
              .append(left(r.share(), 10)).append('\n');
        }
      }
    }
    if (summary.group()) {
      out.append('\n').append(word("members")).append('\n');
      summary.members().forEach(m -> out.append("  ").append(m).append('\n'));
    }
    return out.toString();
  }

  private String name(Project p) {
    return p.name().orElse(word("unnamed"));
  }

  private void heading(List<String> out, Project p) {
    String period = p.start().map(d -> Messages.format(d, locale)).orElse("…") + " – "
        + p.end().map(d -> Messages.format(d, locale)).orElse("…");
    out.add(word("period") + ": " + (p.start().isEmpty() && p.end().isEmpty() ? word("notStated") : period));
    StringBuilder placement = new StringBuilder();
    p.placement().programme().ifPresent(g -> placement.append(g.displayName(locale)).append(", "));
    p.placement().fund().ifPresent(f -> placement.append(Messages.format(f, locale)).append(", "));
    p.placement().priority().ifPresent(n -> placement.append("TL ").append(n).append(", "));
    p.placement().specificObjective().ifPresent(s -> placement.append("ET ").append(s).append(", "));
    p.costModel().ifPresent(m -> placement.append(m.option().displayName(locale)).append(", "));
    if (placement.length() > 0) {
      out.add(word("placement") + ": " + placement.substring(0, placement.length() - 2));
    }
  }

  private List<Table> tables(Project p) {
    List<Table> tables = new ArrayList<>();
    p.costEstimate().ifPresent(e -> tables.add(costs(e)));
    p.fundingPlan().ifPresent(f -> tables.add(funding(f)));
    return List.copyOf(tables);
  }

  private Table costs(CostEstimate e) {
    List<Row> rows = new ArrayList<>();
    FastMoney net = e.netAppliedAsStated();
    for (CostLine l : e.lines()) {
      rows.add(row(Row.Kind.LINE, withTranslation(l.label().orElse(l.category().label(e.layout())),
          l.category().displayName(locale)), l.applied(), l.approved(), percent(l.applied(), net)));
    }
    rows.add(row(Row.Kind.TOTAL, word("net") + (e.lines().isEmpty() ? " (" + word("stated") + ")" : ""),
        e.statedNetApplied().orElse(e.netApplied()), e.statedNetApproved(), ""));
    return table(word("costs"), rows);
  }

  private Table funding(FundingPlan f) {
    List<Row> rows = new ArrayList<>();
    FastMoney total = f.totalApplied();
    for (FundingLine l : f.lines()) {
      String share = percent(l.applied(), f.statedTotalApplied().orElse(total));
      rows.add(row(Row.Kind.LINE, l.label().map(finnish -> withTranslation(finnish, l.source().displayName(locale)))
          .orElse(l.source().displayName(locale)), l.applied(), l.approved(), share));
    }
    rows.add(row(Row.Kind.TOTAL, word("fundingTotal") + " (" + word("stated") + ")", f.statedTotalApplied().orElse(total),
        f.statedTotalApproved(), ""));
    if (!f.regionalSplit().isEmpty()) {
      rows.add(new Row(Row.Kind.HEADING, word("regional"), "", "", ""));
      for (RegionalAidShare s : f.regionalSplit()) {
        rows.add(row(Row.Kind.LINE, "  " + s.region().displayName(locale), s.amount(), Optional.empty(),
            percent(s.amount(), f.aidApplied())));
      }
    }
    return table(word("funding"), rows);
  }

  private Table table(String title, List<Row> rows) {
    return new Table(title, List.of(word("applied"), word("approved"), word("share")), List.copyOf(rows));
  }

  /**
   * A row label as the document prints it (in Finnish), with its translation beside it in Swedish and English
   * summaries: "1 Palkkakustannukset (Staff costs)".
   */
  private int labelWidth() {
    return locale.getLanguage().equals("fi") ? LABEL : TRANSLATED_LABEL;
  }

  private String withTranslation(String asPrinted, String translated) {
    return locale.getLanguage().equals("fi") || asPrinted.equals(translated) ? asPrinted
        : asPrinted + " (" + translated + ")";
  }

  private Row row(Row.Kind kind, String label, MonetaryAmount applied, Optional<? extends MonetaryAmount> approved,
      String share) {
    return new Row(kind, label, Eur.format(applied, locale), approved.map(a -> Eur.format(a, locale)).orElse("–"), share);
  }

  private String percent(MonetaryAmount part, MonetaryAmount whole) {
    if (whole.isZero()) {
      return "";
    }
    BigDecimal p = Eur.decimal(part).multiply(BigDecimal.valueOf(100)).divide(Eur.decimal(whole), 1, RoundingMode.HALF_UP);
    return Messages.format(p, locale).replaceAll("0$", "").replaceAll("[,.]$", "") + " %";
  }

  private String word(String key) {
    return WORDS.get(key).in(locale);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s.substring(0, width - 1) + " " : s + " ".repeat(width - s.length());
  }

  private static String left(String s, int width) {
    return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
  }
}
