package fi.hanke.validation.cost;

import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
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

/**
 * A municipality's VAT is never eligible (<i>kunnan arvonlisävero ei ole tukikelpoinen</i>, sv. <i>kommunens
 * mervärdesskatt är inte stödberättigande</i>): a municipal applicant's costs do not include VAT. The decree
 * admits no exception, and the document states both facts, so an ERROR.
 *
 * <p>Source: 866/2021 §23; {@code domain/finnish-rules.md} §1.7; {@code domain/audit-2026.md} §3 rank 8.
 */
public final class MunicipalVat extends Rule {
  /** The rule id. */
  public static final String ID = "COST-MUNICIPAL-VAT";

  /** Creates the rule. */
  public MunicipalVat() {
    super(ID, Severity.ERROR, Family.COST,
        "A municipal applicant's costs do not include VAT, which is never eligible for a municipality.",
        "866/2021 §23; finnish-rules.md §1.7",
        Set.of(Fact.APPLICANT, Fact.VAT, Fact.IN_PROFILE),
        Argument.of("applicant", String.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<Organisation> applicant = project.applicant();
    boolean vat = project.costModel().flatMap(m -> m.vatIncluded()).orElse(false);
    if (vat && applicant.isPresent() && applicant.get().kind() == OrganisationKind.MUNICIPALITY) {
      context.report(Path.root().field("costModel").field("vatIncluded"), "applicant", applicant.get().name());
    }
  }
}
