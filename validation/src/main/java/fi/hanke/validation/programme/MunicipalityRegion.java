package fi.hanke.validation.programme;

import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.ParameterDate;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every named municipality lies in one of the project's regions (<i>kunta kuuluu hankkeen maakuntiin</i>, sv.
 * <i>kommunen hör till projektets landskap</i>), on the date that decides the project's rules
 * ({@link RuleContext#dateOf}): five municipalities changed region on 1.1.2021, e.g. Heinävesi from Etelä-Savo to
 * Pohjois-Karjala. Only when the project names regions. A municipality that did not exist on that date (it has no
 * region then) is not judged here.
 *
 * <p>Source: {@code domain/finnish-rules.md} §9.1, §9.2.
 */
public final class MunicipalityRegion extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-MUNICIPALITY-REGION";

  /** Creates the rule. */
  public MunicipalityRegion() {
    super(ID, Severity.ERROR, Family.PROGRAMME,
        "Every municipality the project names lies, on the project's date, in one of the regions it names.",
        "finnish-rules.md §9.1, §9.2",
        Set.of(Fact.REGIONS, Fact.MUNICIPALITIES),
        Argument.of("municipality", Municipality.class),
        Argument.of("region", Region.class),
        Argument.of("date", LocalDate.class),
        Argument.of("regions", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    List<Region> regions = project.regions();
    if (regions.isEmpty()) {
      return;
    }
    List<Municipality> municipalities = project.municipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      Municipality m = municipalities.get(i);
      Optional<Region> region = context.onDecidingDate(project, List.of("region", m), m::regionOn);
      if (region.isPresent() && !regions.contains(region.get())) {
        // the deciding date, or (no date stated, the region the same all through the programme) its first day
        LocalDate date = context.decidingDate(project).flatMap(ParameterDate::date)
            .or(() -> context.profile().eligibility().start()).orElseThrow();
        context.report(Path.root().field("municipalities").index(i),
            "municipality", m, "region", region.get(), "date", date, "regions", regions);
      }
    }
  }
}
