// Hanke tour: build a small project with builders, validate it, read the report.
// Open with: examples/seeds/notebooks/jshell.sh examples/seeds/notebooks/tour.jsh
import fi.hanke.core.money.*;
import fi.hanke.core.org.*;
import fi.hanke.core.cost.*;
import fi.hanke.core.funding.*;
import fi.hanke.core.programme.*;
import fi.hanke.core.project.*;
import fi.hanke.core.region.*;
import fi.hanke.validation.*;
import java.time.LocalDate;
import java.util.Locale;

// A 40 % flat-rate project: staff costs and 40 % of them for everything else.
var estimate = CostEstimate.builder().
    addLine(CostLine.builder().category(CostCategory.STAFF).applied(Eur.of(200_000)).build()).
    addLine(CostLine.builder().category(CostCategory.FLAT_RATE).applied(Eur.of(80_000)).build()).
    statedNetApplied(Eur.of(280_000)).
    build();

var funding = FundingPlan.builder().
    addLine(FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(224_000)).build()).
    addLine(FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(Eur.of(56_000)).build()).
    statedTotalApplied(Eur.of(280_000)).
    build();

var project = Project.builder().
    name("Kokeiluhanke").
    applicant(Organisation.builder().name("Mikkelin kehitysyhtiö Miksei Oy").
        businessId(BusinessId.parse("0600598-8")).kind(OrganisationKind.COMPANY).build()).
    start(LocalDate.of(2025, 1, 1)).end(LocalDate.of(2026, 12, 31)).
    placement(ProgrammePlacement.builder().priority(1).specificObjective("1.2").fund(Fund.ERDF).build()).
    addRegion(Regions.finland().region("Etelä-Savo")).
    addMunicipality(Regions.finland().municipality("Mikkeli")).
    costModel(CostModel.builder().option(CostOption.FLAT_RATE_40).staffCostModel(StaffCostModel.UNIT_COST_1720).build()).
    costEstimate(estimate).
    fundingPlan(funding).
    build();

var validator = Validator.of(Programmes.finland2021to2027());
var report = validator.validate(project);
System.out.println("Hyväksyttävissä: " + report.isApprovable() + ", havaintoja " + report.violations().size());

// Ask for 1 000 € more aid than 80 % allows, and read the finding in Finnish.
var greedy = project.withFundingPlan(funding.withLines(
    FundingLine.builder().source(FundingSource.EU_AND_STATE).applied(Eur.of(225_000)).build(),
    FundingLine.builder().source(FundingSource.OWN_MUNICIPAL).applied(Eur.of(55_000)).build()));
var greedyReport = validator.validate(greedy);
System.out.println(greedyReport.toText(new Locale("fi")));
var excess = greedyReport.forRule("FUNDING-AID-CEILING").get(0).argument("excess");
System.out.println("Ylitys: " + excess + " €");
