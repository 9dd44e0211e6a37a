package fi.hanke.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.hanke.core.money.Percentage;
import fi.hanke.core.org.BusinessId;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Project;
import fi.hanke.core.region.Municipality;
import fi.hanke.core.region.Region;
import fi.hanke.core.work.MonthPeriod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.javamoney.moneta.FastMoney;
import org.junit.jupiter.api.Test;

/**
 * The model and the codec tables agree: every attribute of every model type a document can hold has exactly one
 * row in its type's table and every row is an attribute. An attribute added to a {@code *Def} class without JSON
 * support fails here.
 */
class CodecTablesMatchTheModelTest {

  /** Types written as a single JSON value by a codec of {@link Scalars} (enums too), not by a table. */
  private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, boolean.class, Integer.class,
      int.class, Long.class, long.class, BigDecimal.class, FastMoney.class, Percentage.class, LocalDate.class, Year.class,
      MonthPeriod.class, BusinessId.class, Region.class, Municipality.class);

  /**
   * Value types of core that are no part of a document: reference data (the programme profile, the catalogue of
   * regions, which documents name by code) and the de minimis ledger's own records.
   */
  private static final Set<String> NOT_IN_DOCUMENTS = Set.of(
      "fi.hanke.core.programme.AidCeilingDef", "fi.hanke.core.programme.FlatRateConditionsDef",
      "fi.hanke.core.programme.FlatRateDef", "fi.hanke.core.programme.FundTerritoryDef", "fi.hanke.core.programme.PriorityDef",
      "fi.hanke.core.programme.ProgrammeProfileDef", "fi.hanke.core.programme.SpecificObjectiveDef",
      "fi.hanke.core.programme.TravelDayRateDef", "fi.hanke.core.region.MunicipalityDef",
      "fi.hanke.core.region.RegionDef", "fi.hanke.core.region.RegionMembershipDef",
      "fi.hanke.core.aid.DeMinimisAidDef", "fi.hanke.core.aid.DeMinimisCeilingDef",
      "fi.hanke.core.aid.DeMinimisExcessDef", "fi.hanke.core.aid.EnterpriseFiguresDef",
      "fi.hanke.core.aid.RelatedEnterpriseDef",
      // the importer's result describes a reading of a text, not a project: hosts show it, documents do not hold it
      "fi.hanke.core.imports.FigureDef", "fi.hanke.core.imports.ImportNoteDef", "fi.hanke.core.imports.ImportResultDef",
      "fi.hanke.core.imports.SourceSpanDef");

  private static final Map<Class<?>, ObjectCodec<?, ?>> TABLES =
      Model.ALL.stream().collect(Collectors.toMap(ObjectCodec::type, Function.identity()));

  /** The attributes Immutables generated for a type: the accessors of its Def class that the type overrides. */
  static Map<String, Method> attributes(Class<?> type) {
    Class<?> def;
    try {
      def = Class.forName(type.getName() + "Def");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(type + " has no Def class", e);
    }
    return Stream.of(def.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && m.getReturnType() != void.class && !m.isSynthetic() && overridden(type, m.getName()))
        .collect(Collectors.toMap(Method::getName, m -> method(type, m.getName())));
  }

  /** Whether the generated type itself implements the accessor (javac's access bridges do not count). */
  private static boolean overridden(Class<?> type, String name) {
    return Stream.of(type.getDeclaredMethods())
        .anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0 && !m.isSynthetic() && !m.isBridge());
  }

  private static Method method(Class<?> type, String name) {
    return Stream.of(type.getDeclaredMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 0 && !m.isSynthetic() && !m.isBridge())
        .findFirst().orElseThrow();
  }

  @Test
  void everyTableHasOneRowPerAttributeOfItsModelType() {
    for (ObjectCodec<?, ?> table : Model.ALL) {
      Set<String> attributes = new TreeSet<>(attributes(table.type()).keySet());
      assertEquals(attributes, new TreeSet<>(table.fieldNames()),
          "the table of " + table.name() + " and the attributes of " + table.type().getSimpleName() + "Def differ");
    }
  }

  @Test
  void everyTypeADocumentCanHoldHasATableOrAScalarCodec() {
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Project.class, GroupProject.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      assertTrue(TABLES.containsKey(type), type.getName() + " is in documents but has no codec table in Model");
      for (Method accessor : attributes(type).values()) {
        for (Class<?> element : elements(accessor.getGenericReturnType())) {
          if (element.isEnum() || SCALARS.contains(element)) {
            continue;
          }
          if (!TABLES.containsKey(element)) {
            fail(type.getSimpleName() + "." + accessor.getName() + " holds " + element.getName()
                + ", which has neither a codec table in Model nor a scalar codec in Scalars");
          }
          todo.push(element);
        }
      }
    }
    assertEquals(TABLES.keySet(), seen, "every table is reachable from Project or GroupProject");
  }

  /** Optional<X>, List<X>, Map<K, V>, SortedMap<K, V> and X give their element classes. */
  private static List<Class<?>> elements(Type type) {
    if (type instanceof Class) {
      return List.of((Class<?>) type);
    }
    ParameterizedType p = (ParameterizedType) type;
    Class<?> raw = (Class<?>) p.getRawType();
    if (raw == Optional.class || raw == List.class || raw == Map.class || raw == SortedMap.class) {
      return Stream.of(p.getActualTypeArguments()).flatMap(t -> elements(t).stream()).collect(Collectors.toList());
    }
    throw new AssertionError("unexpected attribute type " + type);
  }

  @Test
  void everyValueTypeOfCoreIsInDocumentsOrSaidNotToBe() throws IOException, URISyntaxException {
    Path classes = Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> defs;
    try (Stream<Path> files = Files.walk(classes)) {
      defs = files.map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith("Def.class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> tabled = Model.ALL.stream().map(t -> t.type().getName() + "Def").collect(Collectors.toSet());
    for (String def : defs) {
      assertTrue(tabled.contains(def) || NOT_IN_DOCUMENTS.contains(def), def
          + " is a value type of core with no JSON table: describe it in Model or say in this test why documents"
          + " do not hold it");
    }
    assertTrue(defs.containsAll(NOT_IN_DOCUMENTS), "a Def named here no longer exists");
  }

  @Test
  void projectAndGroupProjectHaveNoFieldNameInCommonSoTheFieldsTellTheKind() {
    Set<String> common = new HashSet<>(Model.PROJECT.fieldNames());
    common.retainAll(Model.GROUP_PROJECT.fieldNames());
    common.addAll(Set.of("format", "kind").stream().filter(n -> Model.PROJECT.has(n) || Model.GROUP_PROJECT.has(n))
        .collect(Collectors.toSet()));
    assertEquals(Set.of(), common);
  }
}
