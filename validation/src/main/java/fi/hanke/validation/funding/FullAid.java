package fi.hanke.validation.funding;

import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Aid covers the whole net cost only where the profile allows it (<i>täysimääräinen tuki</i>): aid may not
 * cover 100 % of the costs "ellei siihen ole erityistä syytä" (757/2021 §17(1)), so a WARNING that asks for the
 * special reason, not an ERROR; food aid's ceiling is 100 % (§17(2)).
 *
 * <p>Source: {@code domain/finnish-rules.md} §3.2 (757/2021 §17(1)–(2)); {@code audit-2026.md} §2 row 19.
 */
public final class FullAid extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-FULL-AID";

  /** Creates the rule. */
  public FullAid() {
    super(ID, Severity.WARNING, Family.FUNDING,
        "The aid covers the whole net cost only where the project type's ceiling is 100 % or for a special reason.",
        "757/2021 §17(1)-(2); finnish-rules.md §3.2",
        Set.of(Fact.AID, Fact.PROJECT_COST, Fact.IN_PROFILE),
        Argument.of("aid", MonetaryAmount.class),
        Argument.of("netCost", MonetaryAmount.class),
        Argument.of("projectType", ProjectType.class),
        Argument.of("ceiling", Percentage.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<AidFigures> figures = AidFigures.of(project, context);
    if (figures.isEmpty() || !figures.get().coversNet()) {
      return;
    }
    AidFigures f = figures.get();
    if (f.ceiling.compareTo(Percentage.of(100)) < 0) {
      context.report(Path.root().field("fundingPlan").field("EU_AND_STATE"),
          "aid", f.aid(), "netCost", f.net, "projectType", f.type, "ceiling", f.ceiling);
    }
  }
}
