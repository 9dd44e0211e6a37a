package fi.hanke.examples.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.WorkPackage;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class SeedPicturesTest {
  private static final Locale FI = new Locale("fi");

  static HankeDocument document(Seed seed) {
    return seed.project().map(HankeDocument::of).orElseGet(() -> HankeDocument.of(seed.group().orElseThrow()));
  }

  static Project drawn(Seed seed) {
    return seed.project().orElseGet(() -> seed.group().orElseThrow().plan());
  }

  static List<Seed> seeds() {
    return Seeds.all();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyPictureOfASeedIsWellFormedSvgWithATitleAndADescriptionInEachLanguage(Seed seed) throws IOException {
    for (String lang : new String[] {"fi", "sv", "en"}) {
      ProjectPictures pictures = ProjectPictures.of(document(seed), Locale.forLanguageTag(lang));
      Path dir = Path.of("target", "pictures", lang, seed.fileName().substring(0, 3));
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : pictures.all().entrySet()) {
        Files.writeString(dir.resolve(e.getKey() + ".svg"), e.getValue(), StandardCharsets.UTF_8);
        Document svg = SvgDocuments.parse(e.getValue());
        assertFalse(SvgDocuments.only(svg, "title").isBlank(), e.getKey());
        assertFalse(SvgDocuments.only(svg, "desc").isBlank(), e.getKey());
        assertEquals(e.getKey(), svg.getDocumentElement().getAttribute("id"));
      }
      assertEquals(3, pictures.all().size() + pictures.notDrawn().size(), "each picture drawn or explained");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theFundingPictureShowsEveryLineAmountTheDocumentStates(Seed seed) {
    Project project = drawn(seed);
    ProjectPictures pictures = ProjectPictures.of(document(seed), FI);
    assertEquals(project.fundingPlan().map(p -> !p.lines().isEmpty()).orElse(false),
        pictures.fundingPlan().isPresent());
    pictures.fundingPlan().ifPresent(svg -> {
      Document document = SvgDocuments.parse(svg);
      String shown = String.join(" ", SvgDocuments.texts(document));
      String desc = SvgDocuments.only(document, "desc");
      for (FundingLine line : project.fundingPlan().orElseThrow().lines()) {
        String amount = Eur.format(line.applied(), FI);
        assertTrue(shown.contains(line.source().displayName(FI) + ": " + amount), amount + " in " + shown);
        assertTrue(desc.contains(amount), amount + " in " + desc);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theCostPictureShowsEveryLineAmountTheDocumentStates(Seed seed) {
    Project project = drawn(seed);
    ProjectPictures pictures = ProjectPictures.of(document(seed), FI);
    assertEquals(project.costEstimate().map(c -> !c.lines().isEmpty()).orElse(false),
        pictures.costStructure().isPresent());
    pictures.costStructure().ifPresent(svg -> {
      Document document = SvgDocuments.parse(svg);
      List<String> shown = SvgDocuments.texts(document);
      for (CostLine line : project.costEstimate().orElseThrow().lines()) {
        String amount = Eur.format(line.category().isDeducted() ? line.applied().negate() : line.applied(), FI);
        assertTrue(shown.contains(amount), amount + " in " + shown);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theTimelineHasOneBarGroupPerDatedWorkPackageAndNamesTheMembersResponsible(Seed seed) {
    Project project = drawn(seed);
    ProjectPictures pictures = ProjectPictures.of(document(seed), FI);
    boolean dated = project.workPackages().stream().anyMatch(w -> !w.periods().isEmpty());
    assertEquals(dated, pictures.timeline().isPresent());
    pictures.timeline().ifPresent(svg -> {
      Document document = SvgDocuments.parse(svg);
      List<String> codes = project.workPackages().stream().filter(w -> !w.periods().isEmpty())
          .map(WorkPackage::code).collect(Collectors.toList());
      assertEquals(codes, SvgDocuments.workPackageBars(document));
      String shown = String.join(" ", SvgDocuments.texts(document));
      String desc = SvgDocuments.only(document, "desc");
      for (WorkPackage w : project.workPackages()) {
        for (String key : w.responsibleMembers()) {
          String name = seed.group().flatMap(g -> g.member(key)).map(m -> m.organisation().name()).orElse(key);
          assertTrue(desc.contains(name), name + " in " + desc);
          assertTrue(shown.replace("- ", "").contains(name.split(" ")[0]), name + " in " + shown);
        }
      }
    });
  }

  @Test
  void seed003ShowsItsFundingTotalItsAidAndTheEightyPercentCeilingOfItsNetCost() {
    Seed seed = Seeds.all().get(3);
    String svg = ProjectPictures.of(document(seed), FI).fundingPlan().orElseThrow();
    List<String> shown = SvgDocuments.texts(SvgDocuments.parse(svg));
    String all = String.join("\n", shown);
    // the document: "Rahoitus yhteensä 439 936 €", EU and State 351 948 €, private 87 988 € + 8 600 €
    assertTrue(all.contains("Rahoitus yhteensä 439\u00A0936,00\u00A0€"), all);
    assertTrue(all.contains("351\u00A0948,00\u00A0€"), all);
    assertTrue(all.contains("8\u00A0600,00\u00A0€"), all);
    // the ceiling line: 80 % of the net cost 439 936 € = 351 948,80 €
    assertTrue(all.contains("Tuen enimmäismäärä 80\u00A0% nettokustannuksista 439\u00A0936,00\u00A0€"), all);
    assertTrue(all.contains("351\u00A0948,80\u00A0€"), all);
    assertTrue(shown.contains("80\u00A0%"), "the dashed line is labelled with its rate: " + shown);
  }

  @Test
  void seed004StatesNoFundingPlanSoItHasNoFundingPictureAndSaysWhy() {
    Seed seed = Seeds.all().get(4);
    GroupProject group = seed.group().orElseThrow();
    assertTrue(group.plan().fundingPlan().isEmpty(), "precondition: the document gives no funding plan");
    ProjectPictures fi = ProjectPictures.of(document(seed), FI);
    assertTrue(fi.fundingPlan().isEmpty());
    assertFalse(fi.all().containsKey(ProjectPictures.FUNDING_PLAN));
    assertTrue(fi.notDrawn().contains("Rahoitussuunnitelmaa ei ole esitetty."), fi.notDrawn().toString());
    ProjectPictures sv = ProjectPictures.of(document(seed), new Locale("sv"));
    assertTrue(sv.notDrawn().contains("Finansieringsplanen har inte angetts."), sv.notDrawn().toString());
  }

  @Test
  void seed000GivesItsWorkPackagesNoPeriodsSoItHasNoTimelineAndSaysWhy() {
    Seed seed = Seeds.all().get(0);
    ProjectPictures en = ProjectPictures.of(document(seed), Locale.ENGLISH);
    assertTrue(en.timeline().isEmpty());
    assertTrue(en.notDrawn().contains("The work packages state no periods."), en.notDrawn().toString());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void allHoldsTheDrawnPicturesInTheirOrderUnderTheirKeys(Seed seed) {
    ProjectPictures pictures = ProjectPictures.of(document(seed), FI);
    List<String> expected = new ArrayList<>();
    pictures.fundingPlan().ifPresent(s -> expected.add(ProjectPictures.FUNDING_PLAN));
    pictures.costStructure().ifPresent(s -> expected.add(ProjectPictures.COST_STRUCTURE));
    pictures.timeline().ifPresent(s -> expected.add(ProjectPictures.TIMELINE));
    assertEquals(expected, new ArrayList<>(pictures.all().keySet()));
    pictures.fundingPlan().ifPresent(s -> assertEquals(s, pictures.all().get(ProjectPictures.FUNDING_PLAN)));
    assertTrue(Set.of(ProjectPictures.FUNDING_PLAN, ProjectPictures.COST_STRUCTURE, ProjectPictures.TIMELINE)
        .containsAll(pictures.all().keySet()));
  }
}
