package fi.hanke.validation.programme;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import fi.hanke.validation.internal.FundLabels;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fund the document names in its own labels is a fund of the project's priority (<i>otsikossa nimetty rahasto
 * vastaa toimintalinjaa</i>, sv. <i>fonden som en rubrik nämner motsvarar insatsområdet</i>): seed 001 prints
 * "Haettu EAKR- ja valtion rahoitus" on a TL 7 project, and TL 7 is the JTF's. A WARNING: a label may be a
 * leftover of a template, and a person must ask which fund is meant.
 *
 * <p>Source: the programme's structure ({@code domain/finnish-rules.md} §4.1); 757/2021 §4(3);
 * {@code domain/audit-2026.md} §3 rank 7.
 */
public final class FundInLabels extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-FUND-LABEL";

  /** Creates the rule. */
  public FundInLabels() {
    super(ID, Severity.WARNING, Family.PROGRAMME,
        "A fund named in the document's own labels is a fund of the project's priority.",
        "finnish-rules.md §4.1; 757/2021 §4(3); audit-2026.md §3 rank 7",
        Set.of(Fact.PRIORITY, Fact.FUND_LABELS, Fact.IN_PROFILE),
        Argument.of("label", String.class),
        Argument.of("fund", Fund.class),
        Argument.of("priority", Long.class),
        Argument.of("funds", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<Priority> priority = project.placement().priority().flatMap(n -> context.profile().priority(n));
    if (priority.isEmpty()) {
      return;
    }
    for (FundLabels.Named named : FundLabels.in(project)) {
      if (!priority.get().funds().contains(named.fund())) {
        context.report(Path.root().field(named.field()).field(named.line()).field("label"),
            "label", named.label(), "fund", named.fund(), "priority", (long) priority.get().number(),
            "funds", priority.get().funds());
      }
    }
  }
}
