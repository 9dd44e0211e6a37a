package fi.hanke.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client of the service over real HTTP ({@link HttpClient}) that checks every answer against the OpenAPI
 * description the service serves: the path and method are described, the status is one of the operation's, the
 * media type is the one described for that status, and a JSON body is valid against the described schema
 * (networknt, draft 2020-12, the dialect of OpenAPI 3.1).
 */
final class ServiceClient {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode DESCRIPTION = description();
  private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  /** An answer. */
  static final class Answer {
    final int status;
    final String contentType;
    final byte[] bytes;

    Answer(int status, String contentType, byte[] bytes) {
      this.status = status;
      this.contentType = contentType;
      this.bytes = bytes;
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String mediaType() {
      return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  ServiceClient(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  Answer get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build());
  }

  Answer post(String pathAndQuery, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  Answer post(String pathAndQuery, String contentType, String body) {
    return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Posts a body of unknown length (chunked, no Content-Length). */
  Answer postStream(String pathAndQuery, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
  }

  private Answer send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Answer answer = new Answer(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
    conforms(request.method(), request.uri().getPath(), answer);
    return answer;
  }

  /** @return the described operations, as "POST /api/v1/validate" */
  static Set<String> describedOperations() {
    Set<String> operations = new java.util.TreeSet<>();
    DESCRIPTION.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return operations;
  }

  /**
   * Asserts that the answer is one the description gives for the operation; answers to paths it does not describe
   * (a 404 for a path that does not exist) are not checked here.
   */
  static void conforms(String method, String path, Answer answer) {
    JsonNode operation = DESCRIPTION.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    if (DESCRIPTION.path("paths").path(path).isMissingNode()) {
      return;
    }
    String where = method + " " + path + " " + answer.status;
    assertTrue(!operation.isMissingNode(), method + " " + path + " is not described");
    JsonNode response = operation.path("responses").path(String.valueOf(answer.status));
    assertTrue(!response.isMissingNode(), where + ": the status is not described; body " + answer.text());
    String responsePointer = "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
        + answer.status;
    if (response.has("$ref")) {
      responsePointer = response.get("$ref").asText().substring(1);
      response = DESCRIPTION.at(responsePointer);
    }
    JsonNode media = response.path("content").path(answer.mediaType());
    assertTrue(!media.isMissingNode(), where + ": media type " + answer.contentType + " is not described");
    if (answer.mediaType().endsWith("json")) {
      String pointer = "#" + responsePointer + "/content/" + escape(answer.mediaType()) + "/schema";
      List<String> errors = errors(pointer, answer.json());
      assertTrue(errors.isEmpty(), where + ": the body does not match the described schema: " + errors);
    }
  }

  private static List<String> errors(String pointer, JsonNode body) {
    ObjectNode schema = DESCRIPTION.deepCopy();
    // the description as the schema's document, its one instruction: check against the response's schema
    for (Iterator<String> names = DESCRIPTION.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("components") && !name.equals("paths")) {
        schema.remove(name);
      }
    }
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$ref", pointer);
    JsonSchema compiled = SCHEMAS.getSchema(schema);
    Set<ValidationMessage> messages = compiled.validate(body);
    return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode description() {
    try (InputStream in = HankeService.class.getResourceAsStream("service/openapi.json")) {
      assertNotNull(in, "openapi.json is missing");
      JsonNode d = MAPPER.readTree(in);
      assertEquals("3.1.0", d.path("openapi").asText());
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> list(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
