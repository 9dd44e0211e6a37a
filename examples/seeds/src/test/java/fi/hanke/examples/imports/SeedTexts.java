package fi.hanke.examples.imports;

import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.imports.Figure;
import fi.hanke.core.imports.ImportResult;
import fi.hanke.core.imports.Importer;
import fi.hanke.core.json.HankeDocument;
import fi.hanke.core.money.Eur;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed texts of {@code examples/seeds/documents} and helpers the import tests share. */
final class SeedTexts {
  private SeedTexts() {}

  static final Importer IMPORTER = Importer.standard();

  static Path documents() {
    Path here = Path.of("documents");
    return Files.isDirectory(here) ? here : Path.of("examples", "seeds", "documents");
  }

  static String text(Seed seed) {
    try {
      return Files.readString(documents().resolve(seed.fileName()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Seed> seeds() {
    return Seeds.all();
  }

  static ImportResult read(Seed seed) {
    return IMPORTER.read(text(seed));
  }

  /** Every amount the model holds, by the importer's path: cost and funding lines, totals, regional splits. */
  static Map<String, String> amounts(HankeDocument d) {
    Map<String, String> out = new LinkedHashMap<>();
    if (d.project().isPresent()) {
      amounts("", d.project().get(), out);
    } else {
      GroupProject g = d.groupProject().orElseThrow();
      amounts("plan.", g.plan(), out);
      for (int i = 0; i < g.members().size(); i++) {
        String p = "members[" + i + "].project.";
        g.members().get(i).project().ifPresent(m -> amounts(p, m, out));
      }
    }
    return out;
  }

  private static void amounts(String p, Project project, Map<String, String> out) {
    if (project.costEstimate().isPresent()) {
      CostEstimate c = project.costEstimate().get();
      for (CostLine l : c.lines()) {
        out.put(p + "costEstimate." + l.category() + ".applied", Eur.decimal(l.applied()).toPlainString());
        l.approved().ifPresent(a -> out.put(p + "costEstimate." + l.category() + ".approved", Eur.decimal(a).toPlainString()));
      }
      c.statedNetApplied().ifPresent(a -> out.put(p + "costEstimate.statedNetApplied", Eur.decimal(a).toPlainString()));
      c.statedNetApproved().ifPresent(a -> out.put(p + "costEstimate.statedNetApproved", Eur.decimal(a).toPlainString()));
    }
    if (project.fundingPlan().isPresent()) {
      FundingPlan f = project.fundingPlan().get();
      for (FundingLine l : f.lines()) {
        out.put(p + "fundingPlan." + l.source() + ".applied", Eur.decimal(l.applied()).toPlainString());
        l.approved().ifPresent(a -> out.put(p + "fundingPlan." + l.source() + ".approved", Eur.decimal(a).toPlainString()));
      }
      f.statedTotalApplied().ifPresent(a -> out.put(p + "fundingPlan.statedTotalApplied", Eur.decimal(a).toPlainString()));
      f.statedTotalApproved().ifPresent(a -> out.put(p + "fundingPlan.statedTotalApproved", Eur.decimal(a).toPlainString()));
      for (RegionalAidShare s : f.regionalSplit()) {
        out.put(p + "fundingPlan.regionalSplit[" + s.region().code() + "]", Eur.decimal(s.amount()).toPlainString());
      }
    }
  }

  /** The figures of a result as path → value, one entry per path (all values of a path agree). */
  static Map<String, String> figures(ImportResult r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Figure f : r.figures()) {
      out.put(f.document() + ":" + f.path(), f.value());
    }
    return out;
  }
}
