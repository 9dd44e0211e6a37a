package fi.hanke.core.aid;

import fi.hanke.core.org.BusinessId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who controls whom, grouped into single undertakings (<i>yhden ja saman yrityksen muodostavat yritykset</i>,
 * sv. <i>ett och samma företag</i>): undertakings linked by a majority of voting rights, the right to appoint
 * or remove a majority of the board, a dominant influence by contract or articles, or control of a majority of
 * voting rights by agreement — also through other undertakings (2023/2831 Art. 2(2); {@code finnish-rules.md}
 * §6.1). The links are data; grouping is transitive and ignores the direction of control. Immutable.
 *
 * <pre>{@code
 * UndertakingLinks links = UndertakingLinks.builder()
 *     .controls(BusinessId.parse("2586349-4"), BusinessId.parse("0600598-8"))
 *     .build();
 * links.singleUndertaking(BusinessId.parse("0600598-8"));  // both ids
 * }</pre>
 */
public final class UndertakingLinks {
  private static final UndertakingLinks NONE = new UndertakingLinks(Map.of(), Map.of());

  /** Every linked id to the smallest id of its single undertaking. */
  private final Map<BusinessId, BusinessId> representative;
  /** Every representative to the sorted ids of its single undertaking. */
  private final Map<BusinessId, List<BusinessId>> members;

  private UndertakingLinks(Map<BusinessId, BusinessId> representative, Map<BusinessId, List<BusinessId>> members) {
    this.representative = representative;
    this.members = members;
  }

  /** @return no links: every business id is its own single undertaking */
  public static UndertakingLinks none() {
    return NONE;
  }

  /** @return a builder of links */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id a business id
   * @return the smallest business id of its single undertaking (the id itself if it has no links)
   */
  public BusinessId representative(BusinessId id) {
    return representative.getOrDefault(Objects.requireNonNull(id, "id"), id);
  }

  /**
   * @param id a business id
   * @return every business id of its single undertaking, sorted, including the id itself
   */
  public List<BusinessId> singleUndertaking(BusinessId id) {
    List<BusinessId> m = members.get(representative(id));
    return m != null ? m : List.of(id);
  }

  /**
   * @param a a business id
   * @param b another
   * @return true if the two belong to one single undertaking
   */
  public boolean linked(BusinessId a, BusinessId b) {
    return representative(a).equals(representative(b));
  }

  /** @return the single undertakings of more than one id, each sorted, ordered by their smallest id */
  public List<List<BusinessId>> groups() {
    return new ArrayList<>(new TreeMap<>(members).values());
  }

  @Override
  public String toString() {
    return "UndertakingLinks" + groups();
  }

  /** Builds {@link UndertakingLinks}; not thread-safe. */
  public static final class Builder {
    private final Map<BusinessId, BusinessId> parent = new HashMap<>();

    private Builder() {}

    /**
     * Records that one undertaking controls another (either direction groups them).
     *
     * @param controller the controlling undertaking
     * @param controlled the controlled undertaking
     * @return this builder
     */
    public Builder controls(BusinessId controller, BusinessId controlled) {
      BusinessId a = find(Objects.requireNonNull(controller, "controller"));
      BusinessId b = find(Objects.requireNonNull(controlled, "controlled"));
      if (!a.equals(b)) {
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
      return this;
    }

    private BusinessId find(BusinessId id) {
      BusinessId root = id;
      for (BusinessId p = parent.get(root); p != null; p = parent.get(root)) {
        root = p;
      }
      // path compression
      BusinessId cur = id;
      while (!cur.equals(root)) {
        BusinessId next = parent.get(cur);
        parent.put(cur, root);
        cur = next;
      }
      return root;
    }

    /** @return the links */
    public UndertakingLinks build() {
      if (parent.isEmpty()) {
        return NONE;
      }
      Map<BusinessId, TreeSet<BusinessId>> groups = new HashMap<>();
      for (BusinessId id : new ArrayList<>(parent.keySet())) {
        BusinessId root = find(id);
        groups.computeIfAbsent(root, r -> new TreeSet<>(List.of(r))).add(id);
      }
      Map<BusinessId, BusinessId> rep = new HashMap<>();
      Map<BusinessId, List<BusinessId>> members = new HashMap<>();
      for (TreeSet<BusinessId> g : groups.values()) {
        BusinessId smallest = g.first();
        for (BusinessId id : g) {
          rep.put(id, smallest);
        }
        members.put(smallest, Collections.unmodifiableList(new ArrayList<>(g)));
      }
      return new UndertakingLinks(Map.copyOf(rep), Map.copyOf(members));
    }
  }
}
