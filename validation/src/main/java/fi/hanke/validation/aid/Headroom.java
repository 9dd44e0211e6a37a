package fi.hanke.validation.aid;

import fi.hanke.core.aid.DeMinimisExcess;
import fi.hanke.core.aid.DeMinimisRegister;
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
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Each planned de minimis grant fits in the company's headroom on its grant date (<i>de minimis -tuen
 * enimmäismäärä</i>), when the host gives a register ({@code Validator.Builder#deMinimisRegister}). Planned
 * grants are checked by date, then in document order, each against the register plus the project's earlier
 * grants that fit (a grant that does not fit cannot be given, so it does not use up headroom). The finding
 * names the company, the ceiling, the window, the aid already in it and the excess. Seed 003: a micro company
 * with 297 000 € in the window gets the 1 000 € analysis, but the 3 600 € training path exceeds the
 * 300 000 € ceiling by 1 600 €.
 *
 * <p>Grants under a regulation not in force are left to {@code AID-REGULATION-IN-FORCE}.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.1, §6.3, §14.11.
 */
public final class Headroom extends Rule {
  /** The rule id. */
  public static final String ID = "AID-HEADROOM";

  /** Creates the rule. */
  public Headroom() {
    super(ID, Severity.ERROR, Family.AID,
        "Each planned de minimis grant fits in the company's headroom under the ceiling on its grant date, given a register.",
        "finnish-rules.md §6.1, §6.3, §14.11",
        Set.of(Fact.DE_MINIMIS_PARTICIPANTS, Fact.DE_MINIMIS_REGISTER),
        Argument.of("company", BusinessId.class),
        Argument.of("measure", String.class),
        Argument.of("aid", MonetaryAmount.class),
        Argument.of("date", LocalDate.class),
        Argument.of("regulation", String.class),
        Argument.of("ceiling", MonetaryAmount.class),
        Argument.of("windowStart", LocalDate.class),
        Argument.of("windowEnd", LocalDate.class),
        Argument.of("aidInWindow", MonetaryAmount.class),
        Argument.of("headroom", MonetaryAmount.class),
        Argument.of("excess", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<DeMinimisRegister> given = context.deMinimisRegister();
    if (given.isEmpty()) {
      return;
    }
    DeMinimisRegister register = given.get();
    for (PlannedGrant g : PlannedGrant.of(project)) {
      if (!DeMinimisRules.eu().inForce(g.aid.regulation(), g.aid.grantedOn())) {
        continue;
      }
      Optional<DeMinimisExcess> excess = register.wouldExceed(g.aid);
      if (excess.isPresent()) {
        DeMinimisExcess e = excess.get();
        context.report(g.path, "company", g.aid.undertaking(), "measure", g.measure.name(), "aid", g.aid.grossAmount(),
            "date", g.aid.grantedOn(), "regulation", e.ceiling().regulation().reference(), "ceiling", e.ceiling().amount(),
            "windowStart", e.windowStart(), "windowEnd", e.windowEnd(), "aidInWindow", e.aidInWindow(),
            "headroom", e.headroom(), "excess", e.excess());
      } else if (g.aid.grossAmount().isPositive()) {
        // a company that pays the market value or more gets no aid: a grant of zero or less would only lower the
        // aid in the window of the later grants (and, near the limit of an amount, take the register beyond it)
        register = register.plus(g.aid);
      }
    }
  }
}
