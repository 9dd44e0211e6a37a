package fi.hanke.validation.programme;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Priority;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The placement's fund is a fund of its priority (<i>rahasto rahoittaa toimintalinjaa</i>, sv. <i>fonden
 * finansierar insatsområdet</i>): EAKR for priorities 1–3, ESR+ for 4–6, JTF for 7 in Finland 2021–2027. Only
 * when the placement names both and the programme has the priority.
 *
 * <p>Source: {@code domain/finnish-rules.md} §4.1.
 */
public final class FundPriority extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-FUND-PRIORITY";

  /** Creates the rule. */
  public FundPriority() {
    super(ID, Severity.ERROR, Family.PROGRAMME,
        "The placement's fund is one of the funds of its priority.",
        "finnish-rules.md §4.1",
        Set.of(Fact.FUND, Fact.PRIORITY, Fact.IN_PROFILE),
        Argument.of("fund", Fund.class),
        Argument.of("priority", Long.class),
        Argument.of("funds", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    ProgrammePlacement placement = project.placement();
    if (placement.fund().isEmpty() || placement.priority().isEmpty()) {
      return;
    }
    Fund fund = placement.fund().get();
    Optional<Priority> priority = context.profile().priority(placement.priority().get());
    if (priority.isPresent() && !priority.get().funds().contains(fund)) {
      context.report(Path.root().field("placement").field("fund"),
          "fund", fund, "priority", (long) priority.get().number(), "funds", priority.get().funds());
    }
  }
}
