package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RoundTripPropertiesTest {
  private static final HankeJson JSON = HankeJson.standard();

  @Test
  void aProjectReadBackFromItsJsonEqualsTheProject() {
    qt().withExamples(300).forAll(ArbitraryModel.projects()).checkAssert(project ->
        assertEquals(project, JSON.readProject(JSON.write(project))));
  }

  @Test
  void aGroupProjectReadBackFromItsJsonEqualsTheGroupProject() {
    qt().withExamples(150).forAll(ArbitraryModel.groupProjects()).checkAssert(group ->
        assertEquals(group, JSON.readGroupProject(JSON.write(group))));
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(200).forAll(ArbitraryModel.documents()).checkAssert(document -> {
      String json = JSON.write(document);
      assertEquals(json, JSON.write(JSON.read(json)));
      String line = JSON.writeLine(document);
      assertEquals(line, JSON.writeLine(JSON.read(line)));
    });
  }

  @Test
  void writtenDocumentsArePrettyWithTwoSpacesAndLineFeedsAndEndInOneNewline() {
    qt().withExamples(100).forAll(ArbitraryModel.documents()).checkAssert(document -> {
      String json = JSON.write(document);
      assertTrue(json.startsWith("{\n  \"format\": \"hanke/1\",\n  \"kind\": \"" + document.kind().jsonName() + "\""),
          json);
      assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"), json);
      assertTrue(!json.contains("\r"), "no carriage returns");
      for (String line : json.split("\n")) {
        int indent = line.length() - line.stripLeading().length();
        assertEquals(0, indent % 2, line);
      }
    });
  }

  @Test
  void aWrittenLineIsCompactAndEndsInOneNewline() {
    qt().withExamples(100).forAll(ArbitraryModel.documents()).checkAssert(document -> {
      String line = JSON.writeLine(document);
      assertEquals(line.length() - 1, line.indexOf('\n'), "exactly one newline, at the end");
      assertTrue(line.startsWith("{\"format\":\"hanke/1\",\"kind\":\""), line);
    });
  }

  @Test
  void documentsWrittenAsJsonLinesComeBackInOrderWithTheirLineNumbers() {
    qt().withExamples(40).forAll(lists().of(ArbitraryModel.documents()).ofSizeBetween(0, 6)).checkAssert(documents -> {
      StringWriter out = new StringWriter();
      documents.forEach(d -> JSON.writeLine(d, out));
      for (boolean bytes : new boolean[] {false, true}) {
        List<HankeDocument> read = new ArrayList<>();
        long expectedLine = 1;
        try (JsonLines lines = bytes
            ? JSON.lines(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)))
            : JSON.lines(new StringReader(out.toString()))) {
          while (lines.hasNext()) {
            JsonLine line = lines.next();
            assertEquals(expectedLine++, line.lineNumber());
            assertTrue(line.isRead(), line.problems().toString());
            read.add(line.document().orElseThrow());
          }
        }
        assertEquals(documents, read);
      }
    });
  }

  @Test
  void readersAndStreamsCarryTheSameDocumentAsStrings() {
    qt().withExamples(60).forAll(ArbitraryModel.documents()).checkAssert(document -> {
      String json = JSON.write(document);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.write(document, bytes);
      assertEquals(json, bytes.toString(StandardCharsets.UTF_8));
      StringWriter chars = new StringWriter();
      JSON.write(document, chars);
      assertEquals(json, chars.toString());
      assertEquals(document, JSON.read(new StringReader(json)));
      assertEquals(document, JSON.read(new ByteArrayInputStream(bytes.toByteArray())));
      document.project().ifPresent(p -> {
        assertEquals(p, JSON.readProject(new StringReader(json)));
        assertEquals(p, JSON.readProject(new ByteArrayInputStream(bytes.toByteArray())));
      });
      document.groupProject().ifPresent(g -> {
        assertEquals(g, JSON.readGroupProject(new StringReader(json)));
        assertEquals(g, JSON.readGroupProject(new ByteArrayInputStream(bytes.toByteArray())));
      });
    });
  }

  @Test
  void theTypedWritersWriteWhatTheDocumentWriterWrites() {
    qt().withExamples(30).forAll(ArbitraryModel.projects(), ArbitraryModel.groupProjects()).checkAssert((p, g) -> {
      assertEquals(JSON.write(HankeDocument.of(p)), JSON.write(p));
      assertEquals(JSON.write(HankeDocument.of(g)), JSON.write(g));
      StringWriter out = new StringWriter();
      JSON.write(p, out);
      JSON.write(g, out);
      assertEquals(JSON.write(p) + JSON.write(g), out.toString());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.write(p, bytes);
      JSON.write(g, bytes);
      assertEquals(JSON.write(p) + JSON.write(g), bytes.toString(StandardCharsets.UTF_8));
    });
  }

  @Test
  void anEmptyProjectIsTheHeaderAndTheDefaultPlacement() {
    Project empty = Project.builder().build();
    assertEquals("{\n  \"format\": \"hanke/1\",\n  \"kind\": \"project\",\n  \"placement\": {\n"
        + "    \"projectType\": \"DEVELOPMENT\"\n  }\n}\n", JSON.write(empty));
    assertEquals(empty, JSON.readProject("{\"format\":\"hanke/1\",\"kind\":\"project\"}"));
    GroupProject group = GroupProject.builder().plan(empty).build();
    assertEquals(group, JSON.readGroupProject("{\"format\":\"hanke/1\",\"kind\":\"groupProject\",\"plan\":{}}"));
  }

  @Test
  void oneReaderAndWriterServesManyThreadsAtOnce() throws Exception {
    List<HankeDocument> documents = new ArrayList<>();
    qt().withExamples(40).forAll(ArbitraryModel.documents()).checkAssert(documents::add);
    List<String> expected = documents.stream().map(JSON::write).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 5; round++) {
            for (int i = 0; i < documents.size(); i++) {
              String json = JSON.write(documents.get(i));
              if (!json.equals(expected.get(i)) || !JSON.read(json).equals(documents.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
