package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.quicktheories.QuickTheory.qt;

import fi.hanke.core.json.testing.SchemaValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaTest {
  /** The committed schema, relative to the module directory (Surefire's working directory). */
  private static final Path FILE = Path.of("src/main/resources/fi/hanke/core/json/hanke-1.schema.json");
  private static final HankeJson JSON = HankeJson.standard();

  @Test
  void theCommittedSchemaIsTheOneTheCodecTablesGenerate() throws IOException {
    String generated = HankeJson.schema();
    if (Boolean.getBoolean("hanke.writeSchema")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(FILE),
        "core/" + FILE + " is missing: run mvn -pl core test -Dtest=SchemaTest -Dhanke.writeSchema=true");
    assertEquals(generated, Files.readString(FILE, StandardCharsets.UTF_8), "core/" + FILE + " is stale: run"
        + " mvn -pl core test -Dtest=SchemaTest -Dhanke.writeSchema=true and commit it");
  }

  @Test
  void theSchemaShipsInTheJarBesideTheReader() throws IOException {
    assumeFalse(Boolean.getBoolean("hanke.writeSchema"), "the class path holds the schema from before rewriting");
    try (InputStream in = HankeJson.class.getResourceAsStream("hanke-1.schema.json")) {
      assertTrue(in != null, "fi/hanke/core/json/hanke-1.schema.json is not on the class path");
      assertEquals(HankeJson.schema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSchemaIsDraft2020WithAStableUrlAsItsId() {
    String schema = HankeJson.schema();
    assertTrue(schema.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
        + "  \"$id\": \"https://hanke.fi/schema/hanke-1.schema.json\",\n"), schema.substring(0, 200));
    assertTrue(schema.endsWith("}\n"));
  }

  @Test
  void everyTypeOfTheTablesIsAClosedDefinitionWithAllItsFields() {
    String schema = HankeJson.schema();
    for (ObjectCodec<?, ?> codec : Model.ALL) {
      int at = schema.indexOf("\n    \"" + codec.name() + "\": {\n      \"type\": \"object\",\n      \"description\": \"");
      assertTrue(at >= 0, codec.name() + " has no definition");
      int end = schema.indexOf("\n    }", at);
      assertTrue(schema.substring(at, end).contains("\"additionalProperties\": false"), codec.name());
      for (String field : codec.fieldNames()) {
        assertTrue(schema.substring(at, end).contains("\n        \"" + field + "\": {"), codec.name() + "." + field);
      }
    }
  }

  @Test
  void everyArbitraryDocumentValidatesAgainstTheSchema() {
    qt().withExamples(150).forAll(ArbitraryModel.documents()).checkAssert(document ->
        assertEquals("", SchemaValidation.errors(JSON.write(document))));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String header = "{\"format\":\"hanke/1\",\"kind\":\"project\",";
    String[] bad = {
        header + "\"nmae\":\"x\"}",
        header + "\"costEstimate\":{\"lines\":[{\"category\":\"STAFF\",\"applied\":1.5}]}}",
        header + "\"costEstimate\":{\"lines\":[{\"category\":\"STAFF\",\"applied\":\"1.001\"}]}}",
        header + "\"costEstimate\":{\"lines\":[{\"category\":\"STAFF\",\"applied\":\"1e5\"}]}}",
        header + "\"costEstimate\":{\"lines\":[{\"applied\":\"1.00\"}]}}",
        header + "\"applicant\":{\"name\":\"A\",\"kind\":\"COMPANY\",\"businessId\":\"1234567\"}}",
        header + "\"applicant\":{\"name\":\"A\",\"kind\":\"PARTNERSHIP\"}}",
        header + "\"regions\":[\"99\"]}",
        header + "\"start\":\"2025-9-1\"}",
        header + "\"placement\":{\"priority\":5.5}}",
        header + "\"name\":null}",
        "{\"format\":\"hanke/2\",\"kind\":\"project\"}",
        "{\"format\":\"hanke/1\",\"kind\":\"groupProject\"}",
        "{\"format\":\"hanke/1\"}",
        "[]",
    };
    for (String json : bad) {
      assertFalse(SchemaValidation.errors(json).isEmpty(), "the schema accepts " + json);
      try {
        JSON.read(json);
        throw new AssertionError("the reader accepts " + json);
      } catch (HankeJsonException expected) {
        assertFalse(expected.problems().isEmpty());
      }
    }
  }
}
