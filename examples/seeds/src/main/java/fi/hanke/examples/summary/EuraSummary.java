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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

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
   * @param project a project
   * @return its heading, cost estimate and funding plan
   */
  public String of(Project project) {
    StringBuilder out = new StringBuilder();
    heading(out, project, project.applicant().map(o -> word("applicant") + ": " + o.name()));
    tables(out, project);
    return out.toString();
  }

  /**
   * @param group a group project
   * @return its heading, the group's cost estimate and funding plan, and its members
   */
  public String of(GroupProject group) {
    StringBuilder out = new StringBuilder();
    Optional<String> main = group.mainImplementer().map(m -> word("main") + ": " + m.organisation().name());
    heading(out, group.plan(), main);
    group.groupId().ifPresent(id -> out.append(word("group")).append(": ").append(id).append('\n'));
    tables(out, group.plan());
    out.append('\n').append(word("members")).append('\n');
    for (GroupMember m : group.members()) {
      out.append("  ").append(m.role() == MemberRole.MAIN_IMPLEMENTER ? word("main") : word("co")).append(": ")
          .append(m.organisation().name());
      m.organisation().businessId().ifPresent(id -> out.append(" (").append(id).append(')'));
      m.project().flatMap(Project::costEstimate).ifPresent(e -> {
        Money net = e.netAppliedAsStated();
        out.append(", ").append(word("ownBudget")).append(' ').append(Eur.format(net, locale));
        m.project().flatMap(Project::fundingPlan).ifPresent(f -> out.append(", ").append(word("aidShare")).append(' ')
            .append(percent(f.aidApplied(), net)));
      });
      out.append('\n');
    }
    return out.toString();
  }

  private void heading(StringBuilder out, Project p, Optional<String> who) {
    String name = p.name().orElse(word("unnamed"));
    out.append(name).append('\n').append("=".repeat(Math.min(100, name.length()))).append('\n');
    who.ifPresent(w -> out.append(w).append('\n'));
    String period = p.start().map(d -> Messages.format(d, locale)).orElse("…") + " – "
        + p.end().map(d -> Messages.format(d, locale)).orElse("…");
    out.append(word("period")).append(": ").append(p.start().isEmpty() && p.end().isEmpty() ? word("notStated") : period).append('\n');
    StringBuilder placement = new StringBuilder();
    p.placement().programme().ifPresent(g -> placement.append(g.displayName(locale)).append(", "));
    p.placement().fund().ifPresent(f -> placement.append(Messages.format(f, locale)).append(", "));
    p.placement().priority().ifPresent(n -> placement.append("TL ").append(n).append(", "));
    p.placement().specificObjective().ifPresent(s -> placement.append("ET ").append(s).append(", "));
    p.costModel().ifPresent(m -> placement.append(m.option().displayName(locale)).append(", "));
    if (placement.length() > 0) {
      out.append(word("placement")).append(": ").append(placement, 0, placement.length() - 2).append('\n');
    }
  }

  private void tables(StringBuilder out, Project p) {
    p.costEstimate().ifPresent(e -> costs(out, e));
    p.fundingPlan().ifPresent(f -> funding(out, f));
  }

  private void costs(StringBuilder out, CostEstimate e) {
    out.append('\n');
    header(out, word("costs"));
    Money net = e.netAppliedAsStated();
    for (CostLine l : e.lines()) {
      row(out, withTranslation(l.label().orElse(l.category().label(e.layout())), l.category().displayName(locale)),
          l.applied(), l.approved(), percent(l.applied(), net));
    }
    row(out, word("net") + (e.lines().isEmpty() ? " (" + word("stated") + ")" : ""),
        e.statedNetApplied().orElse(e.netApplied()), e.statedNetApproved(), "");
  }

  private void funding(StringBuilder out, FundingPlan f) {
    out.append('\n');
    header(out, word("funding"));
    Money total = f.totalApplied();
    for (FundingLine l : f.lines()) {
      String share = percent(l.applied(), f.statedTotalApplied().orElse(total));
      row(out, l.label().map(finnish -> withTranslation(finnish, l.source().displayName(locale)))
          .orElse(l.source().displayName(locale)), l.applied(), l.approved(), share);
    }
    row(out, word("fundingTotal") + " (" + word("stated") + ")", f.statedTotalApplied().orElse(total),
        f.statedTotalApproved(), "");
    if (!f.regionalSplit().isEmpty()) {
      out.append(word("regional")).append('\n');
      for (RegionalAidShare s : f.regionalSplit()) {
        row(out, "  " + s.region().displayName(locale), s.amount(), Optional.empty(), percent(s.amount(), f.aidApplied()));
      }
    }
  }

  private void header(StringBuilder out, String title) {
    out.append(pad(title, labelWidth())).append(left(word("applied"), AMOUNT)).append(left(word("approved"), AMOUNT + 4))
        .append(left(word("share"), 10)).append('\n');
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

  private void row(StringBuilder out, String label, MonetaryAmount applied, Optional<? extends MonetaryAmount> approved, String share) {
    out.append(pad(label, labelWidth())).append(left(Eur.format(applied, locale), AMOUNT))
        .append(left(approved.map(a -> Eur.format(a, locale)).orElse("–"), AMOUNT + 4))
        .append(left(share, 10)).append('\n');
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
