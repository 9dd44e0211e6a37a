package fi.hanke.validation.cost;

import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The 7 % option's variant fits the funder (<i>7 %:n mallin muunnelma sopii rahoittajaan</i>, sv. <i>7 %-modellens
 * variant passar finansiären</i>): the ESF+ variant (866/2021 §11) serves only projects of 757/2021 §12(1)(2), which
 * the ELY centres (from 2026 the elinvoimakeskukset) fund; a regional council (maakunnan liitto) funds EAKR and JTF
 * projects (757/2021 §9) under the §9 variant and no ESF+ project. The funder is read from the authority's name
 * ("… liitto"); a name the rule does not recognise is not judged. A WARNING: the authority a document names may be
 * the council that prepares the matter rather than the one that decides, which a person must check.
 *
 * <p>Source: 866/2021 §9, §11; 757/2021 §9, §12(1); {@code domain/audit-2026.md} §2 row 12, §3 rank 3.
 */
public final class OptionForFunder extends Rule {
  /** The rule id. */
  public static final String ID = "COST-OPTION-FUNDER";

  /** Creates the rule. */
  public OptionForFunder() {
    super(ID, Severity.WARNING, Family.COST,
        "The 7 % option's ESF+ variant is used only in projects an ELY centre or elinvoimakeskus funds, not a regional council.",
        "866/2021 §9, §11; 757/2021 §9, §12(1); audit-2026.md §3 rank 3",
        Set.of(Fact.COST_MODEL, Fact.FUND, Fact.AUTHORITY, Fact.IN_PROFILE),
        Argument.of("option", CostOption.class),
        Argument.of("fund", Fund.class),
        Argument.of("authority", String.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<CostModel> model = project.costModel();
    Optional<Fund> fund = project.placement().fund();
    Optional<String> authority = project.authority();
    if (model.isEmpty() || fund.isEmpty() || authority.isEmpty()) {
      return;
    }
    if (model.get().option() == CostOption.FLAT_RATE_7 && fund.get() == Fund.ESF_PLUS
        && regionalCouncil(authority.get())) {
      context.report(Path.root().field("costModel").field("option"),
          "option", model.get().option(), "fund", fund.get(), "authority", authority.get());
    }
  }

  /** "Pohjois-Pohjanmaan liitto", "Etelä-Savon maakuntaliitto", "Uudenmaan liitto". */
  private static boolean regionalCouncil(String authority) {
    String a = authority.toLowerCase(Locale.ROOT);
    return a.endsWith("liitto") || a.contains("liitto ") || a.contains("förbund");
  }
}
