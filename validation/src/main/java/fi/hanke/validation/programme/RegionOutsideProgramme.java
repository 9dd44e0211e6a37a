package fi.hanke.validation.programme;

import fi.hanke.core.project.Project;
import fi.hanke.core.region.Region;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Set;

/**
 * Every region of the project lies in the programme's area (<i>maakunta ohjelma-alueella</i>, sv. <i>landskapet
 * inom programområdet</i>): the programme covers mainland Finland only, so Ahvenanmaa (21, sv. Åland) is outside.
 *
 * <p>Source: {@code domain/finnish-rules.md} §9.1.
 */
public final class RegionOutsideProgramme extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-REGION-OUTSIDE";

  /** Creates the rule. */
  public RegionOutsideProgramme() {
    super(ID, Severity.ERROR, Family.PROGRAMME,
        "Every region of the project is in mainland Finland, the programme's area (not Ahvenanmaa).",
        "finnish-rules.md §9.1",
        Set.of(Fact.REGIONS, Fact.IN_PROFILE),
        Argument.of("region", Region.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    List<Region> regions = project.regions();
    for (int i = 0; i < regions.size(); i++) {
      if (!regions.get(i).isMainland()) {
        context.report(Path.root().field("regions").index(i), "region", regions.get(i));
      }
    }
  }
}
