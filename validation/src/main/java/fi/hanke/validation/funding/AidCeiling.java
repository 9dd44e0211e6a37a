package fi.hanke.validation.funding;

import fi.hanke.core.internal.money.Numbers;
import fi.hanke.core.money.Percentage;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.Project;
import fi.hanke.validation.Argument;
import fi.hanke.validation.Fact;
import fi.hanke.validation.Family;
import fi.hanke.validation.Path;
import fi.hanke.validation.Rule;
import fi.hanke.validation.RuleContext;
import fi.hanke.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The EU and State aid stays within the ceiling of the project type (<i>tuen enimmäismäärä</i>): 80 % of the
 * net cost for development, 70 % for investment (867/2021 §4). An excess within the rounding a document may do
 * is INFO: the tolerance once per beneficiary whose aid the figure adds up (each member of a group rounds its own
 * aid, so a group total may be off by up to 1 € per member). Beyond it, for a development project, a WARNING
 * that asks for the special reason §4(1) admits ("jollei tästä poikkeamiseen ole erityistä syytä"); for an
 * investment project, whose 70 % has no exception (§4(2)), an ERROR. Seed 002: 1 094 496 € against 80 % of
 * 1 368 111 € = 1 094 488,80 €, 7,20 € too much, more than its four members' rounding explains: a WARNING.
 *
 * <p>Aid that covers the whole net cost is left to {@code FUNDING-FULL-AID}, the more specific finding.
 *
 * <p>Source: 867/2021 §4(1)–(2); {@code domain/finnish-rules.md} §3.2, §13, §14.7; {@code audit-2026.md} §2 row 18.
 */
public final class AidCeiling extends Rule {
  /** The rule id. */
  public static final String ID = "FUNDING-AID-CEILING";

  /** Creates the rule. */
  public AidCeiling() {
    super(ID, Severity.WARNING, Family.FUNDING,
        "The EU and State aid is at most the ceiling of the project type (80 % development, but for a special reason; 70 % investment) of the net cost.",
        "finnish-rules.md §3.2, §13, §14.7 (867/2021 §4)",
        Set.of(Fact.AID, Fact.PROJECT_COST, Fact.IN_PROFILE),
        Argument.of("aid", MonetaryAmount.class),
        Argument.of("netCost", MonetaryAmount.class),
        Argument.of("ceiling", Percentage.class),
        Argument.of("projectType", ProjectType.class),
        Argument.of("maximum", BigDecimal.class),
        Argument.of("excess", BigDecimal.class));
  }

  @Override
  public boolean reportsWithinTolerance() {
    return true;
  }

  @Override
  public List<String> messageKeys() {
    return List.of(ID, ID + ".withinTolerance", ID + ".investment");
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<AidFigures> figures = AidFigures.of(project, context);
    if (figures.isEmpty() || figures.get().coversNet()) {
      return;
    }
    AidFigures f = figures.get();
    // the ceiling's share of the net cost, exactly, of the net cost's number as an amount made from it has always
    // held it (Numbers.asMade), so that the report writes the same decimals; of any size, where Eur.of is bounded
    BigDecimal maximum = Numbers.asMade(f.netHigh).multiply(f.ceiling.value()).movePointLeft(2);
    BigDecimal excess = f.aidDecimal.subtract(maximum);
    if (excess.signum() <= 0) {
      return;
    }
    Object[] args = {"aid", f.aid(), "netCost", f.net, "ceiling", f.ceiling, "projectType", f.type,
        "maximum", maximum, "excess", excess};
    Path path = Path.root().field("fundingPlan").field("EU_AND_STATE");
    BigDecimal rounding = Eur.decimal(context.tolerance()).multiply(BigDecimal.valueOf(context.beneficiaries()));
    if (excess.compareTo(rounding) <= 0) {
      context.reportWithinTolerance(path, args);
    } else if (f.type == ProjectType.INVESTMENT) {
      context.reportAs(Severity.ERROR, "investment", path, args);
    } else {
      context.report(path, args);
    }
  }
}
