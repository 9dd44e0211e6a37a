package fi.hanke.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hanke.core.json.HankeJson;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of reading hanke/1 against the parser it reads with (<i>JSON-luvun suorituskykytesti</i>, sv.
 * <i>prestandatest av JSON-läsning</i>): {@link HankeJson#readProject(String)} and
 * {@link HankeJson#readGroupProject(String)} on the texts of {@link TypicalProjects#single()} and
 * {@link TypicalProjects#group()}, side by side with
 *
 * <ul>
 *   <li>{@code scan}: a bare jackson-core token loop over the same text that touches every value, the floor a
 *       reader on jackson-core cannot go below: every field name, every string's text, every number's value and
 *       every boolean go to the Blackhole;
 *   <li>{@code tree}: Jackson databind's {@code ObjectMapper.readTree} of the same text, for context.
 * </ul>
 *
 * <p>The scan and the tree use Jackson's default factory and mapper. The texts are written once, in setup, by
 * {@link HankeJson#write(Project)}. Run with {@code examples/bench/run.sh ReadingBenchmark -prof gc}; the
 * figures are in {@code examples/bench/PERFORMANCE.md} (section "Reading").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadingBenchmark {
  private HankeJson json;
  private JsonFactory factory;
  private ObjectMapper mapper;
  private String single;
  private String group;

  /** Creates the benchmark state (JMH calls it). */
  public ReadingBenchmark() {}

  /** Writes the two typical projects as hanke/1 text and makes the reader, the factory and the mapper. */
  @Setup
  public void setUp() {
    json = HankeJson.standard();
    factory = new JsonFactory();
    mapper = new ObjectMapper();
    single = json.write(TypicalProjects.single());
    group = json.write(TypicalProjects.group());
  }

  /** @return the single project read from its hanke/1 text */
  @Benchmark
  public Project readSingle() {
    return json.readProject(single);
  }

  /** @return the group project read from its hanke/1 text */
  @Benchmark
  public GroupProject readGroup() {
    return json.readGroupProject(group);
  }

  /**
   * @param out where every value goes
   * @throws IOException never: the text is valid JSON
   */
  @Benchmark
  public void scanSingle(Blackhole out) throws IOException {
    scan(factory, single, out);
  }

  /**
   * @param out where every value goes
   * @throws IOException never: the text is valid JSON
   */
  @Benchmark
  public void scanGroup(Blackhole out) throws IOException {
    scan(factory, group, out);
  }

  /**
   * @return the tree of the single project's text
   * @throws IOException never: the text is valid JSON
   */
  @Benchmark
  public JsonNode treeSingle() throws IOException {
    return mapper.readTree(single);
  }

  /**
   * @return the tree of the group project's text
   * @throws IOException never: the text is valid JSON
   */
  @Benchmark
  public JsonNode treeGroup() throws IOException {
    return mapper.readTree(group);
  }

  /**
   * Reads every token of a text and hands every value to the Blackhole: field names, strings' texts, numbers'
   * values (integers as {@code long}, others as {@code BigDecimal}) and booleans.
   *
   * @param factory the parser factory
   * @param text the JSON text
   * @param out where the values go
   * @return the number of tokens
   * @throws IOException if the text is not JSON
   */
  public static int scan(JsonFactory factory, String text, Blackhole out) throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(text)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        tokens++;
        switch (t) {
          case FIELD_NAME:
            out.consume(parser.currentName());
            break;
          case VALUE_STRING:
            out.consume(parser.getText());
            break;
          case VALUE_NUMBER_INT:
            out.consume(parser.getLongValue());
            break;
          case VALUE_NUMBER_FLOAT:
            out.consume(parser.getDecimalValue());
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            out.consume(parser.getBooleanValue());
            break;
          default:
            out.consume(t);
        }
      }
    }
    return tokens;
  }
}
