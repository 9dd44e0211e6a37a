package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  /** The committed catalogue, relative to the module directory (Surefire's working directory). */
  private static final Path FILE = Path.of("RULES.md");

  @Test
  void theCommittedCatalogueIsTheOneTheCodeGenerates() throws IOException {
    String generated = CatalogueMarkdown.markdown(RuleCatalogue.standard());
    if (Boolean.getBoolean("hanke.writeCatalogue")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(FILE), "validation/RULES.md is missing: run mvn -pl validation test -Dhanke.writeCatalogue=true");
    assertEquals(generated, Files.readString(FILE, StandardCharsets.UTF_8),
        "validation/RULES.md is stale: run mvn -pl validation test -Dhanke.writeCatalogue=true and commit it");
  }

  @Test
  void ruleIdsAreUniqueAndPrefixedByTheirFamily() {
    Set<String> ids = new HashSet<>();
    for (Rule r : RuleCatalogue.standard()) {
      assertTrue(ids.add(r.id()), "duplicate id " + r.id());
      String prefix = r.family() == Family.IDENTITY ? "ID" : r.family() == Family.DATES ? "DATE" : r.family().name();
      assertTrue(r.id().startsWith(prefix + "-"), r.id() + " should start with " + prefix + "-");
    }
  }

  @Test
  void everyRuleStatesWhatItChecksAndItsSource() {
    for (Rule r : RuleCatalogue.standard()) {
      assertTrue(r.summary().endsWith("."), r.id() + " summary should be a sentence");
      assertTrue(!r.source().isBlank(), r.id() + " has no source");
    }
  }
}
