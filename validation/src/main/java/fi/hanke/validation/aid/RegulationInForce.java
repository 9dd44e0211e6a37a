package fi.hanke.validation.aid;

import fi.hanke.core.aid.DeMinimisRules;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.time.LocalDate;
import java.util.Set;

/**
 * A planned de minimis grant is made under a regulation in force on its grant date (<i>voimassa oleva de
 * minimis -asetus</i>): general aid from 1.1.2024 under (EU) 2023/2831, not under 1407/2013 whose period ended
 * on 31.12.2023 (schemes that meet its conditions stay covered to 30.6.2024, Art. 7(4)); agricultural aid at
 * 50 000 € from 16.12.2024 (2024/3118). The dates are those of {@link DeMinimisRules#eu()}.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.1.
 */
public final class RegulationInForce extends Rule {
  /** The rule id. */
  public static final String ID = "AID-REGULATION-IN-FORCE";

  /** Creates the rule. */
  public RegulationInForce() {
    super(ID, Severity.ERROR, Family.AID,
        "A planned de minimis grant is made under a regulation in force on its grant date.",
        "finnish-rules.md §6.1",
        Set.of(Fact.DE_MINIMIS_PARTICIPANTS),
        Argument.of("company", BusinessId.class),
        Argument.of("measure", String.class),
        Argument.of("regulation", String.class),
        Argument.of("date", LocalDate.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    for (PlannedGrant g : PlannedGrant.of(project)) {
      if (!DeMinimisRules.eu().inForce(g.aid.regulation(), g.aid.grantedOn())) {
        context.report(g.path, "company", g.aid.undertaking(), "measure", g.measure.name(),
            "regulation", g.aid.regulation().reference(), "date", g.aid.grantedOn());
      }
    }
  }
}
