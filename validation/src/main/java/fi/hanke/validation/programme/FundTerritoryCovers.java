package fi.hanke.validation.programme;

import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.FundTerritory;
import fi.hanke.core.programme.Priority;
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
 * A fund that may be used only in part of the programme's area is used there (<i>rahaston kohdealue</i>, sv.
 * <i>fondens målområde</i>): the JTF in its 14 regions, and in Pirkanmaa only in Parkano, Kihniö, Virrat and
 * Punkalaidun. A region outside the territory is named; in a region the territory covers only in part, each
 * municipality outside it is named; a region covered in part whose municipalities the document does not list is
 * not judged. The fund is the placement's, else the priority's when the priority has one fund. A WARNING: the
 * territory comes from the territorial plans, and an operation placed elsewhere may still serve the territory,
 * which a person must judge.
 *
 * <p>Source: (EU) 2021/1056 Art. 8, 11; rakennerahastot.fi/oikeudenmukaisen-siirtyman-rahasto-jtf;
 * {@code domain/audit-2026.md} §3 rank 6.
 */
public final class FundTerritoryCovers extends Rule {
  /** The rule id. */
  public static final String ID = "PROGRAMME-FUND-TERRITORY";

  /** Creates the rule. */
  public FundTerritoryCovers() {
    super(ID, Severity.WARNING, Family.PROGRAMME,
        "A fund used only in part of the programme's area (the JTF) is used in its territory: its regions and municipalities.",
        "(EU) 2021/1056 Art. 8, 11; territorial just transition plans; audit-2026.md §3 rank 6",
        Set.of(Fact.REGIONS, Fact.PRIORITY, Fact.IN_PROFILE),
        Argument.of("fund", Fund.class),
        Argument.of("area", Object.class));
  }

  @Override
  public void check(Project project, RuleContext context) {
    Optional<Fund> fund = fund(project, context);
    if (fund.isEmpty()) {
      return;
    }
    Optional<FundTerritory> territory = context.onDecidingDate(project, List.of("fundTerritory", fund.get()),
        d -> context.profile().fundTerritory(fund.get(), d));
    if (territory.isEmpty()) {
      return;
    }
    // regions' municipalities as on the deciding date, or (none stated) as all through the programme
    LocalDate date = context.decidingDate(project).flatMap(ParameterDate::date)
        .or(() -> context.profile().eligibility().start()).orElseThrow();
    FundTerritory t = territory.get();
    List<Region> regions = project.regions();
    for (int i = 0; i < regions.size(); i++) {
      Region r = regions.get(i);
      if (!t.wholeRegions().contains(r.code()) && !coversPart(t, r, date)) {
        context.report(Path.root().field("regions").index(i), "fund", fund.get(), "area", r);
      }
    }
    List<Municipality> municipalities = project.municipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      Municipality m = municipalities.get(i);
      Optional<Region> r = m.regionOn(date);
      boolean partRegion = r.isPresent() && !t.wholeRegions().contains(r.get().code()) && coversPart(t, r.get(), date);
      if (partRegion && !t.municipalities().contains(m.code())) {
        context.report(Path.root().field("municipalities").index(i), "fund", fund.get(), "area", m);
      }
    }
  }

  private static boolean coversPart(FundTerritory t, Region region, LocalDate date) {
    for (String code : t.municipalities()) {
      Optional<Municipality> m = fi.hanke.core.region.Regions.finland().findMunicipality(code);
      if (m.isPresent() && m.get().regionOn(date).map(r -> r.code().equals(region.code())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Fund> fund(Project project, RuleContext context) {
    if (project.placement().fund().isPresent()) {
      return project.placement().fund();
    }
    Optional<Priority> p = project.placement().priority().flatMap(n -> context.profile().priority(n));
    return p.filter(q -> q.funds().size() == 1).map(q -> q.funds().get(0));
  }
}
