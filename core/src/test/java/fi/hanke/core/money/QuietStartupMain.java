package fi.hanke.core.money;

import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.sample.SampleProjects;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Run in a fresh JVM by {@link QuietStartupTest}: touches the money API, the JSON reader and writer, the model's
 * sums, the importer and the de minimis ledger the way a host would on first use. Prints nothing itself;
 * reports only through its exit code.
 */
public final class QuietStartupMain {

  private QuietStartupMain() {}

  /**
   * Uses Eur, Percentage and Allocation, reads back a sample project and group written as JSON, imports a text
   * and asks a ledger; exits 0 if the results are right and 3 otherwise.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    boolean ok = Eur.cents(Eur.parse("1.00")) == 100
        && Eur.cents(Percentage.parse("40").of(Eur.parse("273907"), RoundingMode.HALF_UP)) == 10956280L
        && Eur.cents(Eur.sum(Allocation.split(Eur.of(100), 3, Remainder.largestRemainder()))) == 10000;
    HankeJson json = HankeJson.standard();
    SampleProjects samples = SampleProjects.seeded(7);
    Project project = samples.project();
    GroupProject group = samples.group();
    Project read = json.readProject(json.write(project));
    ok &= read.equals(project) && json.readGroupProject(json.write(group)).equals(group);
    ok &= read.costEstimate().orElseThrow().netApplied().equals(project.costEstimate().orElseThrow().netApplied());
    ok &= Importer.standard().read("Asian esittely\n\nVastuuviranomainen: Lapin liitto\n\n"
            + "Haettu tuki / kokonaiskustannukset: 312 400 e / 390 500 e\n")
        .documents().get(0).project().orElseThrow().fundingPlan().orElseThrow()
        .applied(FundingSource.EU_AND_STATE).equals(Eur.of(312_400));
    BusinessId company = BusinessId.parse("0600598-8");
    DeMinimisLedger ledger = DeMinimisLedger.of(List.of(DeMinimisAid.builder().undertaking(company)
        .regulation(DeMinimisRegulation.GENERAL_2023_2831).grossAmount(Eur.of(1000))
        .grantedOn(LocalDate.of(2024, 9, 1)).build()));
    ok &= ledger.headroom(company, DeMinimisRegulation.GENERAL_2023_2831, LocalDate.of(2025, 3, 1))
        .equals(Eur.of(299_000));
    System.exit(ok ? 0 : 3);
  }
}
