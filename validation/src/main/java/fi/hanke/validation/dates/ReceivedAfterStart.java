package fi.hanke.validation.dates;

import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.time.LocalDate;
import java.util.Set;

/**
 * The application arrived no later than the project starts (<i>hakemus saapunut vasta hankkeen alkamisen
 * jälkeen</i>, sv. <i>ansökan inkommen efter projektstart</i>). Costs are eligible only from the date the
 * application is pending (vireillä), so the costs between the start and the received date are not eligible; a
 * person must look. An application received on the start date is not reported. Only when both dates are stated.
 *
 * <p>Source: {@code domain/finnish-rules.md} §1.9, §12(2) (866/2021 §3(1)(3); 757/2021 §19(1)).
 */
public final class ReceivedAfterStart extends Rule {
  /** The rule id. */
  public static final String ID = "DATE-RECEIVED-AFTER-START";

  /** Creates the rule. */
  public ReceivedAfterStart() {
    super(ID, Severity.WARNING, Family.DATES,
        "The application was received no later than the project's start: costs are eligible only from the date the"
            + " application is pending.",
        "finnish-rules.md §1.9, §12(2); 866/2021 §3(1)(3); 757/2021 §19(1)",
        Set.of(Fact.RECEIVED, Fact.START, Fact.IN_PROFILE),
        Argument.of("received", LocalDate.class),
        Argument.of("start", LocalDate.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.received().isEmpty() || project.start().isEmpty()) {
      return;
    }
    LocalDate received = project.received().get();
    LocalDate start = project.start().get();
    if (received.isAfter(start)) {
      context.report(Path.root().field("received"), "received", received, "start", start);
    }
  }
}
