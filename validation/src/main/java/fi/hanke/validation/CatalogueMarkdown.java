package fi.hanke.validation;

import fi.hanke.validation.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rule catalogue as Markdown ({@code validation/RULES.md}), generated from the rules themselves so that
 * the documentation never drifts: one row per rule with its id, severity, family, what it checks, the facts it
 * needs, the Finnish message template and its source.
 */
final class CatalogueMarkdown {
  private CatalogueMarkdown() {}

  /**
   * The catalogue as Markdown: one table row per rule with id, severity, family, what it checks, the facts it
   * needs, the Finnish message template and the source; then the facts, with what each means.
   *
   * @param rules the rules to list
   * @return the Markdown text
   */
  static String markdown(List<Rule> rules) {
    Locale fi = new Locale("fi");
    StringBuilder out = new StringBuilder();
    out.append("# Hanke rule catalogue\n\n")
        .append("Generated from the code by `CatalogueMarkdown.markdown` (do not edit by hand; ")
        .append("`RuleCatalogueTest` fails when this file is stale). ")
        .append(rules.size()).append(" rules.\n\n")
        .append("Severities: ERROR, the application cannot be approved as it is; WARNING, a person must look; ")
        .append("INFO, noted. Rules marked ± report a difference inside the tolerance (default 1,00 €) as INFO.\n\n")
        .append("A rule runs only where the document states every fact it needs (column Facts); elsewhere the ")
        .append("report's coverage lists it as not checkable, with the facts it lacked.\n\n")
        .append("| Id | Severity | Family | Checks | Facts | Finnish message | Source |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Rule r : rules) {
      out.append("| `").append(r.id()).append("` | ").append(r.severity())
          .append(r.reportsWithinTolerance() ? " ±" : "").append(" | ")
          .append(r.family().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(cell(r.summary())).append(" | ")
          .append(r.facts().stream().map(f -> "`" + f.name() + "`").collect(Collectors.joining(", "))).append(" | ")
          .append(cell(Messages.template(r.id(), fi))).append(" | ")
          .append(cell(r.source())).append(" |\n");
    }
    out.append("\n## Facts\n\n| Fact | Finnish | English |\n|---|---|---|\n");
    for (Fact f : Fact.values()) {
      out.append("| `").append(f.name()).append("` | ").append(f.displayName(fi)).append(" | ")
          .append(f.displayName(Locale.ENGLISH)).append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
