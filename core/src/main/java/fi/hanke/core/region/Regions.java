package fi.hanke.core.region;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of Finland's regions and municipalities (<i>maakunta- ja kuntaluettelo</i>, sv.
 * <i>förteckning över landskap och kommuner</i>).
 *
 * <p>{@link #finland()} is the bundled catalogue, loaded once from the CSV files beside this class.
 * Lookups accept a code ({@code "1"}/{@code "01"} for regions, {@code "90"}/{@code "090"} for
 * municipalities), a Finnish name or a Swedish name, case-insensitively and ignoring surrounding
 * whitespace. Instances are immutable and thread-safe.
 */
public final class Regions {

  private final List<Region> regions;
  private final List<Municipality> municipalities;
  private final Map<String, Region> regionIndex;
  private final Map<String, Municipality> municipalityIndex;

  Regions(List<Region> regions, List<Municipality> municipalities) {
    this.regions = List.copyOf(regions);
    this.municipalities = List.copyOf(municipalities);
    Map<String, Region> byRegionKey = new HashMap<>();
    for (Region region : this.regions) {
      index(byRegionKey, region.code(), region, "region code");
      index(byRegionKey, key(region.nameFi()), region, "region name");
      index(byRegionKey, key(region.nameSv()), region, "region name");
    }
    Map<String, Municipality> byMunicipalityKey = new HashMap<>();
    for (Municipality municipality : this.municipalities) {
      index(byMunicipalityKey, municipality.code(), municipality, "municipality code");
      index(byMunicipalityKey, key(municipality.nameFi()), municipality, "municipality name");
      index(byMunicipalityKey, key(municipality.nameSv()), municipality, "municipality name");
    }
    this.regionIndex = Map.copyOf(byRegionKey);
    this.municipalityIndex = Map.copyOf(byMunicipalityKey);
  }

  private static <T> void index(Map<String, T> map, String key, T value, String what) {
    T previous = map.putIfAbsent(key, value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalArgumentException(what + " is ambiguous: '" + key + "'");
    }
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The bundled catalogue of Finland, loaded on first use.
   *
   * @return the one shared catalogue
   * @throws IllegalStateException if the bundled resources cannot be read or parsed; the message names
   *     the resource and line
   */
  public static Regions finland() {
    if (Holder.FAILURE != null) {
      throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
    }
    return Holder.FINLAND;
  }

  /**
   * All regions, Ahvenanmaa included, in code order.
   *
   * @return the regions
   */
  public List<Region> regions() {
    return regions;
  }

  /**
   * All municipalities, past ones included, in code order.
   *
   * @return the municipalities
   */
  public List<Municipality> municipalities() {
    return municipalities;
  }

  /**
   * The region with the given code, Finnish name or Swedish name.
   *
   * @param codeOrName e.g. {@code "12"}, {@code "Pohjois-Karjala"} or {@code "norra karelen"}
   * @return the region
   * @throws IllegalArgumentException if no region matches; the message names the value
   */
  public Region region(String codeOrName) {
    return findRegion(codeOrName).orElseThrow(
        () -> new IllegalArgumentException("unknown region: '" + codeOrName + "'"));
  }

  /**
   * The region with the given code, Finnish name or Swedish name, if any.
   *
   * @param codeOrName e.g. {@code "1"}, {@code "01"}, {@code "Uusimaa"} or {@code "Nyland"}
   * @return the region, or empty
   */
  public Optional<Region> findRegion(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    return Optional.ofNullable(regionIndex.get(normalise(codeOrName, 2)));
  }

  /**
   * The municipality with the given code, Finnish name or Swedish name.
   *
   * @param codeOrName e.g. {@code "090"}, {@code "90"}, {@code "Heinävesi"} or {@code "S:t Michel"}
   * @return the municipality
   * @throws IllegalArgumentException if no municipality matches; the message names the value
   */
  public Municipality municipality(String codeOrName) {
    return findMunicipality(codeOrName).orElseThrow(
        () -> new IllegalArgumentException("unknown municipality: '" + codeOrName + "'"));
  }

  /**
   * The municipality with the given code, Finnish name or Swedish name, if any.
   *
   * @param codeOrName e.g. {@code "090"}, {@code "90"}, {@code "heinävesi"} or {@code "HELSINGFORS"}
   * @return the municipality, or empty
   */
  public Optional<Municipality> findMunicipality(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    return Optional.ofNullable(municipalityIndex.get(normalise(codeOrName, 3)));
  }

  /**
   * The municipalities that belonged to the given region on the given day, in code order.
   *
   * @param region a region of this catalogue
   * @param date the day
   * @return the member municipalities on that day
   * @throws IllegalArgumentException if the region is not one of this catalogue's regions
   */
  public List<Municipality> municipalitiesIn(Region region, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!regions.contains(region)) {
      throw new IllegalArgumentException("unknown region: '" + region + "'");
    }
    return municipalities.stream()
        .filter(m -> m.regionOn(date).filter(region::equals).isPresent())
        .toList();
  }

  /** Pads an all-digit code to {@code width} digits; lowercases anything else for a name lookup. */
  private static String normalise(String codeOrName, int width) {
    String stripped = codeOrName.strip();
    boolean digits = !stripped.isEmpty() && stripped.chars().allMatch(c -> c >= '0' && c <= '9');
    if (digits && stripped.length() <= width) {
      return "0".repeat(width - stripped.length()) + stripped;
    }
    return key(stripped);
  }

  /**
   * A short description for logs and debugging.
   *
   * @return the numbers of regions and municipalities
   */
  @Override
  public String toString() {
    return "Regions[" + regions.size() + " regions, " + municipalities.size() + " municipalities]";
  }

  /** Lazily loads the bundled catalogue once; remembers a failure so every call reports it. */
  private static final class Holder {
    static final Regions FINLAND;
    static final IllegalStateException FAILURE;

    static {
      Regions loaded = null;
      IllegalStateException failure = null;
      try {
        loaded = CatalogueLoader.loadBundled();
      } catch (IllegalStateException e) {
        failure = e;
      }
      FINLAND = loaded;
      FAILURE = failure;
    }
  }
}
