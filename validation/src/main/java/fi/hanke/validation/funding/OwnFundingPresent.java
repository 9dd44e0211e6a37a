package fi.hanke.validation.funding;

import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Own funding wholly replaced by external funding is noted (<i>omarahoitus korvattu ulkopuolisella
 * rahoituksella</i>): 757/2021 §18(1) says own funding "saadaan korvata osittain tai kokonaan muulla
 * rahoituksella", so full replacement is lawful and this is an INFO for the reader, never a breach. Applies where
 * the rest of the plan is funded by others (full aid is {@code FUNDING-FULL-AID}'s finding); regional-council
 * lines that do not separate own from external funding count as own.
 *
 * <p>Source: 757/2021 §18(1); {@code audit-2026.md} §2 row 20.
 */
public final class OwnFundingPresent extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-OWN-FUNDING";

  /** Creates the rule. */
  public OwnFundingPresent() {
    super(ID, Severity.INFO, Family.FUNDING,
        "Own funding wholly replaced by external funding is noted (lawful under 757/2021 §18(1)).",
        "757/2021 §18(1)",
        Set.of(Fact.FUNDING_LINES, Fact.IN_PROFILE),
        Argument.of("external", MonetaryAmount.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    if (project.fundingPlan().isEmpty()) {
      return;
    }
    FundingPlan plan = project.fundingPlan().get();
    Total own = Total.zero();
    Total external = Total.zero();
    for (FundingLine line : plan.lines()) {
      FundingSource.Kind kind = line.source().kind();
      if (kind == FundingSource.Kind.OWN || kind == FundingSource.Kind.UNSPLIT) {
        own.add(line.applied());
      } else if (kind == FundingSource.Kind.EXTERNAL) {
        external.add(line.applied());
      }
    }
    if (own.signum() == 0 && external.signum() > 0) {
      context.report(Path.root().field("fundingPlan"), "external", external.money());
    }
  }
}
