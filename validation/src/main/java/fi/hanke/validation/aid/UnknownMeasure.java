package fi.hanke.validation.aid;

import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A company planned to take part in a de minimis measure names a measure of its own work package
 * (<i>tuensaajan toimenpide</i>); otherwise its aid cannot be known, and the other de minimis rules skip it.
 *
 * <p>Source: {@code domain/finnish-rules.md} §6.3 (867/2021 §10(3)).
 */
public final class UnknownMeasure extends Rule {
  /** The rule id. */
  public static final String ID = "AID-UNKNOWN-MEASURE";

  /** Creates the rule. */
  public UnknownMeasure() {
    super(ID, Severity.ERROR, Family.AID,
        "A company planned to take part in a de minimis measure names a measure of its own work package.",
        "finnish-rules.md §6.3 (867/2021 §10(3))",
        Set.of(Fact.DE_MINIMIS_PARTICIPANTS),
        Argument.of("company", BusinessId.class),
        Argument.of("measure", String.class),
        Argument.of("workPackage", String.class),
        Argument.of("measures", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    for (WorkPackage wp : project.workPackages()) {
      List<DeMinimisParticipant> ps = wp.deMinimisParticipants();
      Map<String, DeMinimisMeasure> measures = ps.isEmpty() ? Map.of() : PlannedGrant.measuresOf(wp);
      for (int i = 0; i < ps.size(); i++) {
        DeMinimisParticipant p = ps.get(i);
        if (!measures.containsKey(p.measure())) {
          List<String> names = wp.deMinimisMeasures().stream().map(DeMinimisMeasure::name).collect(Collectors.toList());
          context.report(PlannedGrant.pathOf(wp, i), "company", p.businessId(), "measure", p.measure(),
              "workPackage", wp.code(), "measures", names);
        }
      }
    }
  }
}
