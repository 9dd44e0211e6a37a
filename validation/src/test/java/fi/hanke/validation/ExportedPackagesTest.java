package fi.hanke.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the packages that the validation module's descriptor exports, so that a change of the public API is
 * deliberate. Tests run on the class path, so the descriptor is read from the compiled
 * {@code module-info.class}.
 */
class ExportedPackagesTest {

  @Test
  void validationExportsExactlyThesePackages() throws Exception {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Paths.get("target", "classes", "module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("fi.hanke.validation", descriptor.name());
    List<String> exports = descriptor.exports().stream()
        .map(e -> e.isQualified() ? e.source() + " to " + e.targets().stream().sorted().collect(Collectors.joining(", "))
            : e.source())
        .sorted()
        .collect(Collectors.toList());
    assertEquals(List.of(
        "fi.hanke.validation",
        "fi.hanke.validation.aid",
        "fi.hanke.validation.assessment",
        "fi.hanke.validation.cost",
        "fi.hanke.validation.dates",
        "fi.hanke.validation.funding",
        "fi.hanke.validation.group",
        "fi.hanke.validation.identity",
        // qualified: the seeds' summary printer and the service's rule catalogue (message templates), both examples
        "fi.hanke.validation.internal to fi.hanke.examples.cli, fi.hanke.examples.seeds",
        "fi.hanke.validation.programme",
        "fi.hanke.validation.work"), exports);
  }
}
