package fi.hanke.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a JSON text with their paths (in the form of {@link JsonProblem#path()}) and where they stand in
 * the text, so that a test can cut one out or replace it.
 */
final class JsonNodes {
  /** One value: its path, first token, span in the text and, for a field, where its name begins. */
  static final class Node {
    final String path;
    final String parent;
    final JsonToken token;
    final int start;
    int end;
    final int nameStart;
    final String text;

    Node(String path, String parent, JsonToken token, int start, int nameStart, String text) {
      this.path = path;
      this.parent = parent;
      this.token = token;
      this.start = start;
      this.nameStart = nameStart;
      this.text = text;
    }

    /** @return the name of the field the value belongs to, or of the array holding it */
    String field() {
      String last = path.substring(parent.length());
      if (last.startsWith("[")) {
        return null;
      }
      return last.startsWith(".") ? last.substring(1) : last.substring(2, last.length() - 2);
    }

    @Override
    public String toString() {
      return path + " " + token + " [" + start + ", " + end + ")";
    }
  }

  private JsonNodes() {}

  /** @return every value of the text, in document order, the root first */
  static List<Node> of(String json) {
    List<Node> nodes = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      parser.nextToken();
      walk(parser, "$", "", -1, nodes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return nodes;
  }

  private static void walk(JsonParser parser, String path, String parent, int nameStart, List<Node> nodes)
      throws IOException {
    JsonToken token = parser.currentToken();
    int start = (int) parser.currentTokenLocation().getCharOffset();
    Node node = new Node(path, parent, token, start, nameStart, token.isScalarValue() ? parser.getText() : null);
    nodes.add(node);
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        int at = (int) parser.currentTokenLocation().getCharOffset();
        StringBuilder child = new StringBuilder(path);
        Reading.appendName(child, parser.currentName());
        parser.nextToken();
        walk(parser, child.toString(), path, at, nodes);
      }
    } else if (token == JsonToken.START_ARRAY) {
      for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
        walk(parser, path + "[" + i + "]", path, -1, nodes);
      }
    }
    node.end = (int) parser.currentLocation().getCharOffset();
  }
}
