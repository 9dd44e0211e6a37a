package fi.hanke.validation.work;

import fi.hanke.core.project.Project;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Services to selected companies raise the State-aid question (<i>yrityksille kohdistetut palvelut ja
 * valtiontuki</i>, sv. <i>tjänster till utvalda företag och statligt stöd</i>): a project that states it grants
 * no de minimis aid, yet charges companies participation fees (below cost, since the aid pays the rest) or takes
 * a capped number of companies into its work packages ("max. 12 yritystä"), must show that the service is open
 * and general, or allocate the advantage to each company as de minimis aid: no other State aid may be granted
 * under the Financing Act. A WARNING: whether a service is selective is for a person to judge; the rule names the
 * work packages that look so. Seed 002 says "Hankkeessa ei käytetä De minimis -tuettuja palveluita", and its
 * funder "hanke ei ole de minimis -hanke", while it selects companies and charges them fees.
 *
 * <p>Source: 757/2021 §6, §8(3), §19(2)(2); 867/2021 §10(3); (EU) 2023/2831 Art. 3–4;
 * {@code domain/audit-2026.md} §3 rank 1.
 */
public final class CompanyServicesWithoutDeMinimis extends Rule {
  /** The rule id. */
  public static final String ID = "WORK-COMPANY-SERVICES-WITHOUT-DE-MINIMIS";

  /** Creates the rule. */
  public CompanyServicesWithoutDeMinimis() {
    super(ID, Severity.WARNING, Family.WORK,
        "A project that states it grants no de minimis aid does not charge fees to, or select, companies without the State-aid question answered.",
        "757/2021 §6, §8(3), §19(2)(2); 867/2021 §10(3); (EU) 2023/2831 Art. 3–4; audit-2026.md §3 rank 1",
        Set.of(Fact.DE_MINIMIS_DECLARATION, Fact.WORK_PACKAGES, Fact.IN_PROFILE),
        Argument.of("workPackages", List.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (!project.deMinimisServices().map(used -> !used).orElse(false)) {
      return;
    }
    List<String> companyFacing = project.workPackages().stream()
        .filter(w -> !w.participationFees().isEmpty() || w.targets().stream().anyMatch(CompanyServicesWithoutDeMinimis::selectsCompanies))
        .map(WorkPackage::code).toList();
    if (!companyFacing.isEmpty()) {
      context.report(Path.root().field("deMinimisServices"), "workPackages", companyFacing);
    }
  }

  /** A cap on companies taken in: "max. 12 yritystä", "max.10 yritystä/polku". */
  private static boolean selectsCompanies(Target t) {
    return t.bound().map(b -> b == TargetBound.AT_MOST).orElse(false)
        && t.unit().map(u -> u.toLowerCase(Locale.ROOT).contains("yrit") || u.toLowerCase(Locale.ROOT).contains("företag"))
            .orElse(false);
  }
}
