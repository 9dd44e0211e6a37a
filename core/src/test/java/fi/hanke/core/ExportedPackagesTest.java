package fi.hanke.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the packages that core's module descriptor exports: the public API is what a user should call, and
 * internals ({@code fi.hanke.core.internal…}) go to the validation module only. A change here is a change of
 * the API and must be deliberate. Tests run on the class path, so the descriptor is read from the compiled
 * {@code module-info.class}.
 */
class ExportedPackagesTest {

  /** Reads the compiled descriptor of the module whose classes are in {@code target/classes}. */
  static ModuleDescriptor descriptor() throws Exception {
    Path file = Paths.get("target", "classes", "module-info.class");
    try (InputStream in = Files.newInputStream(file)) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The exports as {@code package} or {@code package to module, …}, sorted. */
  static List<String> exports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream()
        .map(e -> e.isQualified() ? e.source() + " to " + e.targets().stream().sorted().collect(Collectors.joining(", "))
            : e.source())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void coreExportsExactlyThePublicApiAndItsInternalsToValidationOnly() throws Exception {
    ModuleDescriptor descriptor = descriptor();
    assertEquals("fi.hanke.core", descriptor.name());
    assertEquals(List.of(
        "fi.hanke.core",
        "fi.hanke.core.aid",
        "fi.hanke.core.cost",
        "fi.hanke.core.funding",
        "fi.hanke.core.imports",
        "fi.hanke.core.internal to fi.hanke.validation",
        "fi.hanke.core.internal.model to fi.hanke.validation",
        "fi.hanke.core.internal.money to fi.hanke.validation",
        "fi.hanke.core.json",
        "fi.hanke.core.money",
        "fi.hanke.core.org",
        "fi.hanke.core.programme",
        "fi.hanke.core.project",
        "fi.hanke.core.region",
        "fi.hanke.core.sample",
        "fi.hanke.core.work"), exports(descriptor));
  }
}
