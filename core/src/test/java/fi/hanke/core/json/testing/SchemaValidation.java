package fi.hanke.core.json.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.hanke.core.json.HankeJson;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks JSON text against the hanke/1 JSON Schema with an independent validator (networknt, draft 2020-12, with
 * format assertions on), for tests here and in other modules. In a package of its own, which the core module does
 * not have, so that the tests of modules that read core as a named module can use it from the test-jar.
 */
public final class SchemaValidation {
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(HankeJson.schema(), InputFormat.JSON,
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private SchemaValidation() {}

  /**
   * @param json a document
   * @return the schema's complaints, one per line; empty if the document is valid
   */
  public static String errors(String json) {
    Set<ValidationMessage> messages = SCHEMA.validate(json, InputFormat.JSON);
    return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n"));
  }
}
