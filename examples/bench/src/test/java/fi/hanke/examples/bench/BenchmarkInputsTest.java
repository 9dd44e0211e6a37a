package fi.hanke.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.examples.DocumentInput;
import fi.hanke.examples.seeds.Seeds;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inputs of the scaling, group-feasibility and PDF-import benchmarks have the shapes their Javadoc states. */
class BenchmarkInputsTest {
  @Test
  void largeProjectsHaveTheAskedNumberOfElements() {
    assertEquals(250, LargeProjects.workPackages(250).workPackages().size());
    assertEquals(250, LargeProjects.members(250).members().size());
    Project lines = LargeProjects.costLines(250);
    assertEquals(250, lines.costEstimate().orElseThrow().lines().stream().filter(l -> l.category() == CostCategory.STAFF).count());
    assertEquals(250, LargeProjects.measures(250).workPackages().get(0).deMinimisMeasures().size());
    assertEquals(250, LargeProjects.measures(250).workPackages().get(0).deMinimisParticipants().size());
    assertEquals(250, LargeProjects.participants(250).workPackages().get(0).deMinimisParticipants().size());
    assertEquals(250 + 3, LargeProjects.register(250).size());
  }

  @Test
  void generatedCompaniesAreDistinctAndValid() {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      assertTrue(LargeProjects.company(i).hasValidCheckDigit());
      assertTrue(seen.add(LargeProjects.company(i)), "company " + i + " repeats");
    }
  }

  @Test
  void theFeasibilityGroupHasTheAskedMembersNoneWithItsOwnCostModel() {
    for (int n : new int[] {2, 5, 20}) {
      GroupProject g = GroupFeasibilityBenchmark.group(n);
      assertEquals(n, g.members().size());
      assertEquals(n, g.members().stream().map(m -> m.key()).distinct().count());
      assertTrue(g.members().stream().allMatch(m -> m.project().flatMap(Project::costModel).isEmpty()));
    }
  }

  @Test
  void theLongPdfHasFiftyPagesAndImportsTheSeedsFigures() throws IOException {
    byte[] pdf = PdfImportBenchmark.pdf(50);
    assertTrue(PdfImportBenchmark.pagesOf(pdf) >= 50);
    Importer importer = Importer.standard();
    String seed = Seeds.all().stream().filter(s -> s.fileName().startsWith("002")).findFirst().orElseThrow().text();
    int fromSeed = importer.read(seed).figures().size();
    int fromPdf = importer.read(DocumentInput.pdfText(pdf)).figures().size();
    assertTrue(fromPdf >= fromSeed / 2, fromPdf + " figures from the PDF, " + fromSeed + " from the seed's text");
  }
}
