package fi.hanke.core.aid;

import fi.hanke.core.money.Eur;
import fi.hanke.core.internal.money.Total;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.javamoney.moneta.FastMoney;

/**
 * The ledger of de minimis aid granted (<i>de minimis -kirjanpito</i>, sv. <i>register över beviljat stöd av
 * mindre betydelse</i>): an immutable collection of grants, indexed by single undertaking, regulation and
 * date, that answers how much room an undertaking has left under a ceiling on a date, which grants use it up,
 * and whether a new grant would exceed a ceiling.
 *
 * <p>Grants to business ids that {@link UndertakingLinks} groups into one single undertaking count together.
 * Ceilings, windows and cumulation come from {@link DeMinimisRules} ({@link DeMinimisRules#eu()} by default);
 * see {@link WindowKind} for the exact window of each kind (a grant leaves a rolling window exactly three
 * years after its date, a grant of 29 February on 1 March). A fiscal-year window uses the fiscal-year end the
 * single undertaking declared (that of its smallest business id with a declaration), else 31 December. Only
 * grants dated on or before the query date count.
 *
 * <p>Cost: building sorts the grants once, O(n log n); every query is O(k log n) for the k ≤ 6 regulations a
 * ceiling counts (binary searches in sorted day arrays with prefix sums in cents) in each of at most
 * log<sub>2</sub>(n) levels, plus the grants added with {@link #plus(DeMinimisAid)} that are not yet in a level
 * (at most {@value #MAX_PENDING}). Grants added one at a time are indexed in levels of growing size, a level
 * merged into the next when it grows as large (the logarithmic method): adding m grants one by one indexes
 * each grant O(log m) times, O(m log² m) in all, where rebuilding the whole index every few grants would be
 * quadratic. The ledger is immutable and thread-safe.
 *
 * <p>Every sum of the ledger is an amount: a ledger whose grants' gross amounts, in absolute value, and the
 * largest ceiling of its rules add up beyond the range of an amount (±92 233 720 368 547,75 €) is refused when
 * built (and {@link #plus} refuses a grant that would take it there) with an {@link IllegalArgumentException}
 * that names the field and the sum; so the aid in a window and the headroom never overflow.
 * {@link #wouldExceed} refuses a grant whose excess over a ceiling would be beyond the range.
 *
 * <pre>{@code
 * DeMinimisLedger ledger = DeMinimisLedger.builder()
 *     .links(links)
 *     .fiscalYearEnd(BusinessId.parse("2586349-4"), MonthDay.of(6, 30))
 *     .addGrants(grants)
 *     .build();
 * FastMoney room = ledger.headroom(id, DeMinimisRegulation.GENERAL_2023_2831, LocalDate.of(2025, 3, 1));
 * Optional<DeMinimisExcess> no = ledger.wouldExceed(newGrant);
 * }</pre>
 */
public final class DeMinimisLedger implements DeMinimisRegister {
  static final int MAX_PENDING = 32;

  private final DeMinimisRules rules;
  private final UndertakingLinks links;
  private final Map<BusinessId, MonthDay> fiscalYearEnds;
  /** Every linked business id's representative, by number ({@link Index#number}); shared by every level. */
  private final NumberMap representative;
  /** The indexed grants, in levels of strictly decreasing size. */
  private final Index[] levels;
  private final List<DeMinimisAid> pending;
  /** How many grants the indexes of this ledger and of the ledgers it was made from have indexed, in all. */
  private final long indexed;
  /** The grants' gross amounts in absolute value, in cents, added: with the largest ceiling within the range. */
  private final long absoluteCents;

  private DeMinimisLedger(DeMinimisRules rules, UndertakingLinks links, Map<BusinessId, MonthDay> fiscalYearEnds,
      NumberMap representative, Index[] levels, List<DeMinimisAid> pending, long indexed, long absoluteCents) {
    this.absoluteCents = absoluteCents;
    this.rules = rules;
    this.links = links;
    this.fiscalYearEnds = fiscalYearEnds;
    this.representative = representative;
    this.levels = levels;
    this.pending = pending;
    this.indexed = indexed;
  }

  /** A ledger of these grants in one level. */
  private static DeMinimisLedger indexed(DeMinimisRules rules, UndertakingLinks links,
      Map<BusinessId, MonthDay> fiscalYearEnds, NumberMap representative, List<DeMinimisAid> grants, long indexed) {
    long absoluteCents = absoluteCents(rules, grants, 0);
    Index[] levels = grants.isEmpty() ? new Index[0] : new Index[] {Index.build(grants, representative)};
    return new DeMinimisLedger(rules, links, fiscalYearEnds, representative, levels, List.of(), indexed + grants.size(),
        absoluteCents);
  }

  /**
   * {@code start} plus the grants' gross amounts in absolute value, in cents.
   *
   * @throws IllegalArgumentException if that and the largest ceiling of the rules add up beyond the range
   */
  private static long absoluteCents(DeMinimisRules rules, List<DeMinimisAid> grants, long start) {
    Total sum = Total.zero().addCents(start);
    for (DeMinimisAid g : grants) {
      sum.addCents(Math.abs(Eur.cents(g.grossAmount())));
    }
    long ceiling = 0;
    for (DeMinimisCeiling c : rules.ceilings()) {
      ceiling = Math.max(ceiling, Eur.cents(c.amount()));
    }
    Total.zero().add(sum).addCents(ceiling).requireFits("grants[].grossAmount and the largest ceiling");
    return sum.cents();
  }

  /**
   * @param grants the grants, each business id its own single undertaking, EU rules, calendar fiscal years
   * @return the ledger
   */
  public static DeMinimisLedger of(Collection<DeMinimisAid> grants) {
    return builder().addGrants(grants).build();
  }

  /**
   * @param grants the grants
   * @param links who controls whom
   * @return the ledger with the EU rules and calendar fiscal years
   */
  public static DeMinimisLedger of(Collection<DeMinimisAid> grants, UndertakingLinks links) {
    return builder().links(links).addGrants(grants).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the rules the ledger applies */
  public DeMinimisRules rules() {
    return rules;
  }

  /** @return the links that group business ids into single undertakings */
  public UndertakingLinks links() {
    return links;
  }

  /** @return the number of grants */
  public int size() {
    int size = pending.size();
    for (Index level : levels) {
      size += level.sorted.length;
    }
    return size;
  }

  /**
   * @return every grant: those the ledger was built with, ordered by single undertaking, regulation and date,
   *     then those added since, in the same order in groups
   */
  public List<DeMinimisAid> grants() {
    List<DeMinimisAid> all = new ArrayList<>(size());
    for (Index level : levels) {
      all.addAll(Arrays.asList(level.sorted));
    }
    all.addAll(pending);
    return all;
  }

  /** @return how many levels of index the grants are in (a number that grows as the logarithm of the size) */
  int levels() {
    return levels.length;
  }

  /**
   * @return how many grants were put into an index, in all, to make this ledger from its builder: the work of
   *     building, counted, so that a test can pin that adding grants one by one stays O(n log n)
   */
  long indexed() {
    return indexed;
  }

  /**
   * @param id a business id
   * @return the fiscal-year end that applies to its single undertaking
   */
  public MonthDay fiscalYearEnd(BusinessId id) {
    for (BusinessId member : links.singleUndertaking(id)) {
      MonthDay end = fiscalYearEnds.get(member);
      if (end != null) {
        return end;
      }
    }
    return MonthDay.of(12, 31);
  }

  /**
   * The first day of the window of a ceiling for a single undertaking on a date.
   *
   * @param id a business id of the undertaking
   * @param ceiling the ceiling
   * @param date the last day of the window
   * @return the first day of the window
   */
  public LocalDate windowStart(BusinessId id, DeMinimisCeiling ceiling, LocalDate date) {
    if (ceiling.window() == WindowKind.ROLLING_THREE_YEARS) {
      return date.minusYears(3).plusDays(1);
    }
    MonthDay end = fiscalYearEnd(id);
    int endYear = date.isAfter(end.atYear(date.getYear())) ? date.getYear() + 1 : date.getYear();
    return end.atYear(endYear - 3).plusDays(1);
  }

  /** {@code windowStart(id, ceiling, date).toEpochDay()}, without making the day after for a rolling window. */
  private long windowStartDay(BusinessId id, DeMinimisCeiling ceiling, LocalDate date) {
    if (ceiling.window() == WindowKind.ROLLING_THREE_YEARS) {
      return date.minusYears(3).toEpochDay() + 1;
    }
    return windowStart(id, ceiling, date).toEpochDay();
  }

  @Override
  public FastMoney headroom(BusinessId undertaking, DeMinimisRegulation regulation, LocalDate date) {
    DeMinimisCeiling c = ceilingOf(regulation, date);
    // c.amount().subtract(Eur.ofCents(aid)), making only the one FastMoney returned
    return Total.of(c.amount()).subtractCents(cents(undertaking, c, date)).money();
  }

  /**
   * The aid that counts against a regulation's ceiling on a date.
   *
   * @param undertaking a business id of the undertaking
   * @param regulation the regulation whose ceiling and window apply
   * @param date the last day of the window
   * @return the aid in the window
   * @throws IllegalArgumentException if the regulation is not in force on the date
   */
  public FastMoney aidInWindow(BusinessId undertaking, DeMinimisRegulation regulation, LocalDate date) {
    return Eur.ofCents(cents(undertaking, ceilingOf(regulation, date), date));
  }

  @Override
  public List<DeMinimisAid> grantsInWindow(BusinessId undertaking, DeMinimisRegulation regulation, LocalDate date) {
    return grantsIn(undertaking, ceilingOf(regulation, date), date);
  }

  @Override
  public Optional<DeMinimisExcess> wouldExceed(DeMinimisAid grant) {
    LocalDate date = grant.grantedOn();
    ceilingOf(grant.regulation(), date);
    long amount = Eur.cents(grant.grossAmount());
    DeMinimisCeiling worst = null;
    long worstExcess = 0;
    long worstAid = 0;
    for (DeMinimisCeiling c : rules.ceilingsCounting(grant.regulation(), date)) {
      long aid = cents(grant.undertaking(), c, date);
      long excess = aid + amount - Eur.cents(c.amount());
      if (excess > 0 && (worst == null || excess > worstExcess)) {
        worst = c;
        worstExcess = excess;
        worstAid = aid;
      }
    }
    if (worst == null) {
      return Optional.empty();
    }
    return Optional.of(DeMinimisExcess.builder()
        .grant(grant)
        .singleUndertaking(links.singleUndertaking(grant.undertaking()))
        .ceiling(worst)
        .windowStart(windowStart(grant.undertaking(), worst, date))
        .windowEnd(date)
        .aidInWindow(Eur.ofCents(worstAid))
        .grantsInWindow(grantsIn(grant.undertaking(), worst, date))
        .build());
  }

  @Override
  public DeMinimisLedger plus(DeMinimisAid grant) {
    Objects.requireNonNull(grant, "grant");
    List<DeMinimisAid> more = new ArrayList<>(pending.size() + 1);
    more.addAll(pending);
    more.add(grant);
    long absolute = absoluteCents(rules, List.of(grant), absoluteCents);
    if (more.size() <= MAX_PENDING) {
      return new DeMinimisLedger(rules, links, fiscalYearEnds, representative, levels, List.copyOf(more), indexed,
          absolute);
    }
    // the pending grants become a level; a smaller or equal level before it is merged in, and so on
    long work = indexed + more.size();
    Index merged = Index.build(more, representative);
    int kept = levels.length;
    while (kept > 0 && levels[kept - 1].sorted.length <= merged.sorted.length) {
      List<DeMinimisAid> both = new ArrayList<>(levels[kept - 1].sorted.length + merged.sorted.length);
      both.addAll(Arrays.asList(levels[kept - 1].sorted));
      both.addAll(Arrays.asList(merged.sorted));
      merged = Index.build(both, representative);
      work += both.size();
      kept--;
    }
    Index[] next = Arrays.copyOf(levels, kept + 1);
    next[kept] = merged;
    return new DeMinimisLedger(rules, links, fiscalYearEnds, representative, next, List.of(), work, absolute);
  }

  /**
   * @param grants grants to add
   * @return a ledger that also holds the grants, rebuilt; this one is unchanged
   */
  public DeMinimisLedger plusAll(Collection<DeMinimisAid> grants) {
    List<DeMinimisAid> all = grants();
    all.addAll(grants);
    return indexed(rules, links, fiscalYearEnds, representative, all, indexed);
  }

  @Override
  public String toString() {
    return "DeMinimisLedger[" + size() + " grants]";
  }

  private DeMinimisCeiling ceilingOf(DeMinimisRegulation regulation, LocalDate date) {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(date, "date");
    Optional<DeMinimisCeiling> ceiling = rules.ceiling(regulation, date);
    if (ceiling.isEmpty()) {
      throw new IllegalArgumentException("de minimis regulation " + regulation.reference() + " is not in force on " + date);
    }
    return ceiling.get();
  }

  private long cents(BusinessId id, DeMinimisCeiling c, LocalDate date) {
    Objects.requireNonNull(id, "undertaking");
    long from = windowStartDay(id, c, date);
    long to = date.toEpochDay();
    long undertaking = undertaking(id);
    long sum = 0;
    for (Index level : levels) {
      sum += level.sum(undertaking, c, from, to);
    }
    for (DeMinimisAid g : pending) {
      long d = g.grantedOn().toEpochDay();
      if (d >= from && d <= to && c.counted().contains(g.regulation()) && undertaking(g.undertaking()) == undertaking) {
        sum += Eur.cents(g.grossAmount());
      }
    }
    return sum;
  }

  /** @return the number of the single undertaking of a business id: its representative's number */
  private long undertaking(BusinessId id) {
    long number = Index.number(id);
    long rep = representative.get(number);
    return rep < 0 ? number : rep;
  }

  private List<DeMinimisAid> grantsIn(BusinessId id, DeMinimisCeiling c, LocalDate date) {
    long undertaking = undertaking(Objects.requireNonNull(id, "undertaking"));
    long from = windowStart(id, c, date).toEpochDay();
    long to = date.toEpochDay();
    List<DeMinimisAid> out = new ArrayList<>();
    for (Index level : levels) {
      level.collect(undertaking, c, from, to, out);
    }
    for (DeMinimisAid g : pending) {
      long d = g.grantedOn().toEpochDay();
      if (d >= from && d <= to && c.counted().contains(g.regulation()) && undertaking(g.undertaking()) == undertaking) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparing(DeMinimisAid::grantedOn));
    return List.copyOf(out);
  }

  /**
   * The sorted arrays: one slot per (single undertaking, regulation), a single undertaking's slots next to each
   * other, days ascending within a slot, prefix sums in cents; and a table from every single undertaking (by
   * its representative's number) that has aid to its first slot, so that a query finds its slots with one probe
   * instead of a binary search per regulation.
   */
  private static final class Index {
    private static final DeMinimisRegulation[] REGULATIONS = DeMinimisRegulation.values();

    final long[] slotKeys;
    final int[] slotStart;
    final int[] days;
    final long[] prefix;
    final DeMinimisAid[] sorted;
    final NumberMap firstSlot;

    private Index(long[] slotKeys, int[] slotStart, int[] days, long[] prefix, DeMinimisAid[] sorted, NumberMap firstSlot) {
      this.slotKeys = slotKeys;
      this.slotStart = slotStart;
      this.days = days;
      this.prefix = prefix;
      this.sorted = sorted;
      this.firstSlot = firstSlot;
    }

    /** A business id as a number: its seven digits and its check digit, {@code 2586349-4} as 25863494. */
    static long number(BusinessId id) {
      String body = id.body();
      long n = 0;
      for (int i = 0; i < body.length(); i++) {
        n = n * 10 + (body.charAt(i) - '0');
      }
      return n * 10 + id.checkDigit();
    }

    /** @return the representative of every linked id, by number; an id not in it represents itself */
    static NumberMap representatives(UndertakingLinks links) {
      List<List<BusinessId>> groups = links.groups();
      int linked = 0;
      for (List<BusinessId> group : groups) {
        linked += group.size();
      }
      NumberMap representative = new NumberMap(linked);
      for (List<BusinessId> group : groups) {
        for (BusinessId id : group) {
          representative.put(number(id), number(links.representative(id)));
        }
      }
      return representative;
    }

    static Index build(List<DeMinimisAid> grants, NumberMap representative) {
      int n = grants.size();
      DeMinimisAid[] in = grants.toArray(new DeMinimisAid[0]);
      // one pass over the grants in their order, reading each grant once: its slot key, day and cents
      long[] key = new long[n];
      long[] day = new long[n];
      long[] cents = new long[n];
      for (int i = 0; i < n; i++) {
        long id = number(in[i].undertaking());
        long rep = representative.get(id);
        key[i] = (rep < 0 ? id : rep) * 8 + in[i].regulation().ordinal();
        day[i] = in[i].grantedOn().toEpochDay();
        cents[i] = Eur.cents(in[i].grossAmount());
      }
      long[] distinct = key.clone();
      Arrays.sort(distinct);
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (m == 0 || distinct[m - 1] != distinct[i]) {
          distinct[m++] = distinct[i];
        }
      }
      long[] slotKeys = Arrays.copyOf(distinct, m);
      int[] slotOf = new int[n];
      int[] slotStart = new int[m + 1];
      for (int i = 0; i < n; i++) {
        int s = Arrays.binarySearch(slotKeys, key[i]);
        slotOf[i] = s;
        slotStart[s + 1]++;
      }
      for (int s = 0; s < m; s++) {
        slotStart[s + 1] += slotStart[s];
      }
      int[] fill = Arrays.copyOf(slotStart, m);
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[fill[slotOf[i]]++] = (day[i] << 32) | i;
      }
      for (int s = 0; s < m; s++) {
        if (slotStart[s + 1] - slotStart[s] > 1) {
          Arrays.sort(packed, slotStart[s], slotStart[s + 1]);
        }
      }
      int[] days = new int[n];
      long[] prefix = new long[n + 1];
      DeMinimisAid[] sorted = new DeMinimisAid[n];
      for (int p = 0; p < n; p++) {
        int i = (int) (packed[p] & 0xffffffffL);
        sorted[p] = in[i];
        days[p] = (int) (packed[p] >> 32);
        prefix[p + 1] = prefix[p] + cents[i];
      }
      int entries = 0;
      for (int s = 0; s < m; s++) {
        if (s == 0 || slotKeys[s] >>> 3 != slotKeys[s - 1] >>> 3) {
          entries++;
        }
      }
      NumberMap firstSlot = new NumberMap(entries);
      for (int s = 0; s < m; s++) {
        if (s == 0 || slotKeys[s] >>> 3 != slotKeys[s - 1] >>> 3) {
          firstSlot.put(slotKeys[s] >>> 3, s);
        }
      }
      return new Index(slotKeys, slotStart, days, prefix, sorted, firstSlot);
    }

    /** @return the aid in cents of a single undertaking under the regulations a ceiling counts, days in [from, to] */
    long sum(long undertakingNumber, DeMinimisCeiling c, long from, long to) {
      long sum = 0;
      int first = (int) firstSlot.get(undertakingNumber);
      if (first < 0 || from > to) {
        return 0;
      }
      long undertaking = slotKeys[first] >>> 3;
      for (int s = first; s < slotKeys.length && slotKeys[s] >>> 3 == undertaking; s++) {
        if (c.counted().contains(REGULATIONS[(int) (slotKeys[s] & 7)])) {
          int lo = lowerBound(slotStart[s], slotStart[s + 1], from);
          int hi = lowerBound(lo, slotStart[s + 1], to + 1);
          sum += prefix[hi] - prefix[lo];
        }
      }
      return sum;
    }

    void collect(long undertakingNumber, DeMinimisCeiling c, long from, long to, List<DeMinimisAid> out) {
      int first = (int) firstSlot.get(undertakingNumber);
      if (first < 0 || from > to) {
        return;
      }
      long undertaking = slotKeys[first] >>> 3;
      for (int s = first; s < slotKeys.length && slotKeys[s] >>> 3 == undertaking; s++) {
        if (c.counted().contains(REGULATIONS[(int) (slotKeys[s] & 7)])) {
          int lo = lowerBound(slotStart[s], slotStart[s + 1], from);
          int hi = lowerBound(lo, slotStart[s + 1], to + 1);
          out.addAll(Arrays.asList(sorted).subList(lo, hi));
        }
      }
    }

    /** @return the first position in [lo, hi) whose day is at least the day, or hi */
    private int lowerBound(int lo, int hi, long day) {
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days[mid] < day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * From a business id as a number ({@link Index#number}) to a number (a representative's, or the first slot of
   * a single undertaking): open addressing in two primitive arrays, so that a lookup reads no objects.
   */
  private static final class NumberMap {
    private final long[] keys;
    private final long[] values;
    private final int mask;

    /** @param entries the most entries it will hold; it is made at most half full */
    NumberMap(int entries) {
      int capacity = Integer.highestOneBit(Math.max(2, entries)) << 2;
      keys = new long[capacity];
      values = new long[capacity];
      mask = capacity - 1;
    }

    private int position(long number) {
      int p = (int) ((number * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      // numbers are stored plus one, so that 0 marks a free place
      while (keys[p] != 0 && keys[p] != number + 1) {
        p = (p + 1) & mask;
      }
      return p;
    }

    void put(long number, long value) {
      int p = position(number);
      keys[p] = number + 1;
      values[p] = value;
    }

    /** @return the value, or -1 if there is none */
    long get(long number) {
      int p = position(number);
      return keys[p] == 0 ? -1 : values[p];
    }
  }

  /** Builds a {@link DeMinimisLedger}; not thread-safe. */
  public static final class Builder {
    private DeMinimisRules rules = DeMinimisRules.eu();
    private UndertakingLinks links = UndertakingLinks.none();
    private final Map<BusinessId, MonthDay> fiscalYearEnds = new HashMap<>();
    private final List<DeMinimisAid> grants = new ArrayList<>();

    private Builder() {}

    /**
     * @param rules the ceilings to apply (default {@link DeMinimisRules#eu()})
     * @return this builder
     */
    public Builder rules(DeMinimisRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * @param links who controls whom (default none)
     * @return this builder
     */
    public Builder links(UndertakingLinks links) {
      this.links = Objects.requireNonNull(links, "links");
      return this;
    }

    /**
     * @param id a business id
     * @param end the last day of its fiscal year (tilikauden päättymispäivä), e.g. 30 June
     * @return this builder
     */
    public Builder fiscalYearEnd(BusinessId id, MonthDay end) {
      fiscalYearEnds.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(end, "end"));
      return this;
    }

    /**
     * @param grant a grant
     * @return this builder
     */
    public Builder addGrant(DeMinimisAid grant) {
      grants.add(Objects.requireNonNull(grant, "grant"));
      return this;
    }

    /**
     * @param more grants
     * @return this builder
     */
    public Builder addGrants(Iterable<DeMinimisAid> more) {
      for (DeMinimisAid g : more) {
        addGrant(g);
      }
      return this;
    }

    /** @return the ledger */
    public DeMinimisLedger build() {
      return indexed(rules, links, Map.copyOf(fiscalYearEnds), Index.representatives(links), grants, 0);
    }
  }
}
