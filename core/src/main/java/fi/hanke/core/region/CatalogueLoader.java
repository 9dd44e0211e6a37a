package fi.hanke.core.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the bundled CSV files into a {@link Regions} catalogue.
 *
 * <p>Format: UTF-8, lines starting with {@code #} are comments, the first other line is the header, then
 * one record per line with comma-separated fields. The files hold no quoted fields and no embedded
 * commas; a data line containing a double quote is rejected rather than misread. Every failure is an
 * {@link IllegalStateException} naming the resource and the line number (1-based, comments counted).
 */
final class CatalogueLoader {

  static final String REGIONS = "regions.csv";
  static final String MUNICIPALITIES = "municipalities-2024.csv";
  static final String CHANGES = "region-changes-2021.csv";

  static final String REGIONS_HEADER = "region_code,name_fi,name_sv,nuts3";
  static final String MUNICIPALITIES_HEADER =
      "municipality_code,name_fi,name_sv,region_code,region_fi,region_sv,nuts3,language_ratio_code";
  static final String CHANGES_HEADER = "municipality_code,name_fi,region_code_before,region_before,"
      + "region_code_from_2021,region_from_2021,changed_on";

  private CatalogueLoader() {}

  /** One non-comment line of a resource with its 1-based line number. */
  record Line(String resource, int number, List<String> fields) {
    IllegalStateException error(String problem) {
      return new IllegalStateException(resource + " line " + number + ": " + problem);
    }

    String field(int index) {
      return fields.get(index);
    }
  }

  static Regions loadBundled() {
    return load(read(REGIONS), read(MUNICIPALITIES), read(CHANGES));
  }

  /** Reads a resource beside this class as UTF-8 lines. */
  static List<String> read(String resource) {
    InputStream in = CatalogueLoader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " line 0: bundled resource not found");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException(resource + " line 0: cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the catalogue from the lines of the three files.
   *
   * @throws IllegalStateException naming resource and line on any malformed or inconsistent record
   */
  static Regions load(List<String> regionLines, List<String> municipalityLines, List<String> changeLines) {
    Map<String, Region> regions = new TreeMap<>();
    for (Line line : records(REGIONS, regionLines, REGIONS_HEADER)) {
      Region region = build(line, () -> Region.builder()
          .code(line.field(0))
          .nameFi(line.field(1))
          .nameSv(line.field(2))
          .nuts3(line.field(3))
          .build());
      if (regions.putIfAbsent(region.code(), region) != null) {
        throw line.error("duplicate region code '" + region.code() + "'");
      }
    }

    Map<String, Line> municipalityRows = new LinkedHashMap<>();
    for (Line line : records(MUNICIPALITIES, municipalityLines, MUNICIPALITIES_HEADER)) {
      Region region = regionOf(line, regions, 3);
      if (!region.nameFi().equals(line.field(4)) || !region.nameSv().equals(line.field(5))
          || !region.nuts3().equals(line.field(6))) {
        throw line.error("region columns '" + line.field(4) + "," + line.field(5) + "," + line.field(6)
            + "' disagree with " + REGIONS + " for region " + region.code());
      }
      if (municipalityRows.putIfAbsent(line.field(0), line) != null) {
        throw line.error("duplicate municipality code '" + line.field(0) + "'");
      }
    }

    Map<String, List<RegionMembership>> history = new TreeMap<>();
    for (Line line : records(CHANGES, changeLines, CHANGES_HEADER)) {
      Line current = municipalityRows.get(line.field(0));
      if (current == null) {
        throw line.error("municipality code '" + line.field(0) + "' is not in " + MUNICIPALITIES);
      }
      if (!current.field(1).equals(line.field(1))) {
        throw line.error("name '" + line.field(1) + "' disagrees with " + MUNICIPALITIES + " ('"
            + current.field(1) + "')");
      }
      Region before = regionOf(line, regions, 2);
      Region after = regionOf(line, regions, 4);
      if (!before.nameFi().equals(line.field(3)) || !after.nameFi().equals(line.field(5))) {
        throw line.error("region names disagree with " + REGIONS);
      }
      if (!after.code().equals(current.field(3))) {
        throw line.error("region_code_from_2021 '" + after.code() + "' disagrees with " + MUNICIPALITIES
            + " ('" + current.field(3) + "')");
      }
      LocalDate changedOn;
      try {
        changedOn = LocalDate.parse(line.field(6));
      } catch (DateTimeParseException e) {
        throw line.error("changed_on is not an ISO date: '" + line.field(6) + "'");
      }
      if (history.containsKey(line.field(0))) {
        throw line.error("duplicate municipality code '" + line.field(0) + "'");
      }
      history.put(line.field(0), List.of(
          RegionMembership.builder().region(before).validUntil(changedOn.minusDays(1)).build(),
          RegionMembership.builder().region(after).validFrom(changedOn).build()));
    }

    Map<String, Municipality> municipalities = new TreeMap<>();
    for (Line line : municipalityRows.values()) {
      Region region = regions.get(line.field(3));
      List<RegionMembership> memberships = history.getOrDefault(line.field(0),
          List.of(RegionMembership.builder().region(region).build()));
      municipalities.put(line.field(0), build(line, () -> Municipality.builder()
          .code(line.field(0))
          .nameFi(line.field(1))
          .nameSv(line.field(2))
          .memberships(memberships)
          .build()));
    }

    // Honkajoki is not in municipalities-2024.csv: the header of region-changes-2021.csv says
    // "Also on 2021-01-01 Honkajoki (099, Satakunta) merged into Kankaanpää (214) and ceased to exist."
    // So it belongs to Satakunta (04) until 2020-12-31. Its Swedish name is also Honkajoki.
    Region satakunta = regions.get("04");
    if (satakunta == null || municipalities.containsKey("099")) {
      throw new IllegalStateException(CHANGES + " line 3: cannot add Honkajoki (099, Satakunta 04)");
    }
    municipalities.put("099", Municipality.builder()
        .code("099")
        .nameFi("Honkajoki")
        .nameSv("Honkajoki")
        .addMembership(RegionMembership.builder()
            .region(satakunta)
            .validUntil(LocalDate.of(2020, 12, 31))
            .build())
        .build());

    try {
      return new Regions(new ArrayList<>(regions.values()), new ArrayList<>(municipalities.values()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(MUNICIPALITIES + " line 0: " + e.getMessage(), e);
    }
  }

  private static Region regionOf(Line line, Map<String, Region> regions, int column) {
    Region region = regions.get(line.field(column));
    if (region == null) {
      throw line.error("unknown region code '" + line.field(column) + "'");
    }
    return region;
  }

  private static <T> T build(Line line, java.util.function.Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw line.error(e.getMessage());
    }
  }

  /** Splits the non-comment lines after the header; checks the header and the field count. */
  static List<Line> records(String resource, List<String> lines, String expectedHeader) {
    List<Line> records = new ArrayList<>();
    boolean headerSeen = false;
    int columns = expectedHeader.split(",", -1).length;
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String text = lines.get(i);
      if (i == 0 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!text.equals(expectedHeader)) {
          throw new IllegalStateException(resource + " line " + number + ": expected header '"
              + expectedHeader + "' but found '" + text + "'");
        }
        headerSeen = true;
        continue;
      }
      if (text.isBlank()) {
        throw new IllegalStateException(resource + " line " + number + ": blank line");
      }
      if (text.indexOf('"') >= 0) {
        throw new IllegalStateException(resource + " line " + number
            + ": quoted fields are not supported: '" + text + "'");
      }
      List<String> fields = List.of(text.split(",", -1));
      if (fields.size() != columns) {
        throw new IllegalStateException(resource + " line " + number + ": expected " + columns
            + " fields but found " + fields.size() + ": '" + text + "'");
      }
      records.add(new Line(resource, number, fields));
    }
    if (!headerSeen) {
      throw new IllegalStateException(resource + " line " + lines.size() + ": no header line");
    }
    return records;
  }
}
