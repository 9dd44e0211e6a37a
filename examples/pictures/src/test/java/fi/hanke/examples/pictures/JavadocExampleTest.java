package fi.hanke.examples.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.examples.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The jshell example of {@link ProjectPictures}' Javadoc, kept here word for word so that it compiles and runs. */
class JavadocExampleTest {
  @Test
  void theJavadocExampleWritesTheThreePicturesOfDigiFocus() throws IOException {
    // --- Javadoc example begins ---
    HankeDocument document = HankeDocument.of(Seeds.digiFocus());
    ProjectPictures pictures = ProjectPictures.of(document, new Locale("fi"));
    Path dir = Files.createDirectories(Path.of("target", "pictures"));
    for (Map.Entry<String, String> picture : pictures.all().entrySet()) {
      Files.writeString(dir.resolve(picture.getKey() + ".svg"), picture.getValue());
    }
    List<String> reasons = pictures.notDrawn();
    // --- Javadoc example ends ---
    assertEquals(List.of(), reasons);
    for (String name : List.of("funding-plan.svg", "cost-structure.svg", "timeline.svg")) {
      assertTrue(Files.size(dir.resolve(name)) > 0, name);
    }
  }

  @Test
  void theJavadocShowsTheSameCodeAsThisTest() throws IOException {
    String javadoc = Files.readString(Path.of("src/main/java/fi/hanke/examples/pictures/ProjectPictures.java"),
        StandardCharsets.UTF_8);
    String block = javadoc.substring(javadoc.indexOf("<pre>{@code") + "<pre>{@code".length(),
        javadoc.indexOf("}</pre>"));
    String fromJavadoc = block.lines().map(l -> l.replaceFirst("^\\s*\\* ?", "")).filter(l -> !l.isBlank())
        .collect(Collectors.joining("\n"));
    String test = Files.readString(Path.of("src/test/java/fi/hanke/examples/pictures/JavadocExampleTest.java"),
        StandardCharsets.UTF_8);
    String marked = test.substring(test.indexOf("// --- Javadoc example begins ---\n") + 34,
        test.indexOf("    // --- Javadoc example ends ---"));
    String fromTest = marked.lines().map(l -> l.replaceFirst("^    ", "")).collect(Collectors.joining("\n"));
    assertEquals(fromTest, fromJavadoc);
  }

  @Test
  void seed004sReasonIsTheOneTheJavadocNames() {
    ProjectPictures pictures = ProjectPictures.of(HankeDocument.of(Seeds.kestavanKasvunVoimallaParempaaBisnesta()),
        new Locale("fi"));
    assertEquals("Rahoitussuunnitelmaa ei ole esitetty.", pictures.notDrawn().get(0));
  }
}
