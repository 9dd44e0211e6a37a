package fi.hanke.core.project;

import fi.hanke.core.internal.HankeStyle;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.WorkPackage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One beneficiary's project (<i>hanke</i>, sv. <i>projekt</i>) as an application, assessment or decision
 * states it: who applies, when, under which call and where in the programme, where it is carried out, its
 * cost model, cost estimate and funding plan, work packages and targets, the assessment and the decision.
 *
 * <p>A project holds what the document says, right or wrong: sums that do not add up, an end before the
 * start, a wrong flat-rate line are all representable; rules report them. What the document does not say
 * stays empty.
 *
 * <pre>{@code
 * Project project = Project.builder()
 *     .name("Hallitustyöstä lisää asiakasarvoa")
 *     .applicationNumber("204298")
 *     .start(LocalDate.of(2024, 3, 1))
 *     .end(LocalDate.of(2026, 8, 31))
 *     .build();
 * Project longer = project.withEnd(LocalDate.of(2026, 12, 31));
 * }</pre>
 */
@HankeStyle
@Value.Immutable
abstract class ProjectDef {
  /** @return the kind of document the project was read from */
  public abstract Optional<DocumentKind> documentKind();

  /** @return the date of the document itself, e.g. a selection proposal's "Valintaesitys 5.2.2024" */
  public abstract Optional<LocalDate> documentDate();

  /** @return the public name ("Hankkeen julkinen nimi") */
  public abstract Optional<String> name();

  /** @return the applicant ("Hakijan virallinen nimi", Y-tunnus) */
  public abstract Optional<Organisation> applicant();

  /** @return the EURA application number ("Hakemusnumero"), e.g. "204298" */
  public abstract Optional<String> applicationNumber();

  /** @return the diary number ("Dnro"), e.g. "EURA 2021/204298/09 02 01 01/2023/ESAELY" */
  public abstract Optional<String> diaryNumber();

  /** @return the date the application arrived ("Saapumispäivämäärä"); costs are eligible from then */
  public abstract Optional<LocalDate> received();

  /** @return the first day of implementation ("Alkamispäivämäärä") */
  public abstract Optional<LocalDate> start();

  /** @return the last day of implementation ("Päättymispäivämäärä") */
  public abstract Optional<LocalDate> end();

  /** @return the funding authority ("Viranomainen", "Vastuuviranomainen") */
  public abstract Optional<String> authority();

  /** @return the call answered ("Hakuilmoitus") */
  public abstract Optional<Call> call();

  /** @return the placement in the programme */
  @Value.Default
  public ProgrammePlacement placement() {
    return ProgrammePlacement.builder().build();
  }

  /** @return whether the project is nationwide ("Onko hankkeen toiminta valtakunnallista?"), if stated */
  public abstract Optional<Boolean> nationwide();

  /**
   * @return whether the project's services to companies are granted as de minimis aid, as the document states it
   *     ("Hankkeessa käytetään De minimis -tuettuja palveluita: Kyllä / Ei"; a funder's "hanke ei ole de minimis
   *     -hanke"); empty where the document does not say
   */
  public abstract Optional<Boolean> deMinimisServices();

  /** @return the regions of implementation ("Maakunnat", "Toteuttamisalue") */
  public abstract List<Region> regions();

  /** @return the municipalities of implementation ("Kunnat") */
  public abstract List<Municipality> municipalities();

  /** @return the cost-model choices ("Kustannusarviota ohjaavat kustannusmallivalinnat") */
  public abstract Optional<CostModel> costModel();

  /** @return the cost estimate ("Kustannusarvio") */
  public abstract Optional<CostEstimate> costEstimate();

  /** @return the funding plan ("Rahoitussuunnitelma") */
  public abstract Optional<FundingPlan> fundingPlan();

  /** @return the work packages, in document order */
  public abstract List<WorkPackage> workPackages();

  /** @return the project-level targets (target group, indicators), in document order */
  public abstract List<Target> targets();

  /** @return the funding authority's assessment */
  public abstract Optional<Assessment> assessment();

  /** @return the decision, if the document records one */
  public abstract Optional<Decision> decision();

  /**
   * @param code a work package code
   * @return the work package with that code, or empty
   */
  public Optional<WorkPackage> workPackage(String code) {
    return workPackages().stream().filter(w -> w.code().equals(code)).findFirst();
  }

  @Value.Check
  void check() {
    applicationNumber().ifPresent(n -> NotBlank.check(n, "applicationNumber"));
    name().ifPresent(n -> NotBlank.check(n, "name"));
  }
}
