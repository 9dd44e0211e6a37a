package fi.hanke.examples.bench;

import fi.hanke.core.aid.DeMinimisAid;
import fi.hanke.core.aid.DeMinimisLedger;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.aid.UndertakingLinks;
import fi.hanke.core.money.Eur;
import fi.hanke.core.org.BusinessId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the de minimis ledger (<i>de minimis -kirjanpidon suorituskykytesti</i>, sv.
 * <i>prestandatest av registret över stöd av mindre betydelse</i>): building a {@link DeMinimisLedger} from
 * 1 000 000 grants, and one headroom query against it ({@link #headroom()}). (The query in cents without a
 * {@code Money}, {@code headroomCents}, left the public API in issue 11.)
 *
 * <p>The grants go to 200 000 business ids (five each on average), a tenth of them linked in pairs, under the
 * general regulations 1407/2013 and 2023/2831 on random days of 2019–2027; the queries cycle through 4 096
 * (id, day) pairs. Run with {@code examples/bench/run.sh LedgerBenchmark}; measured figures are in
 * {@code examples/bench/RESULTS.md}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LedgerBenchmark {
  private static final int GRANTS = 1_000_000;
  private static final int IDS = 200_000;

  private List<DeMinimisAid> grants;
  private UndertakingLinks links;
  private DeMinimisLedger ledger;
  private BusinessId[] ids;
  private LocalDate[] days;
  private int next;

  /** Creates the benchmark state (JMH calls it). */
  public LedgerBenchmark() {}

  /** Generates the grants and builds one ledger to query. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(2024);
    ids = new BusinessId[IDS];
    int body = 1_000_000;
    for (int i = 0; i < IDS; i++) {
      OptionalInt c;
      do {
        c = BusinessId.checkDigitFor(String.format("%07d", body++));
      } while (c.isEmpty());
      ids[i] = BusinessId.parse(String.format("%07d", body - 1) + "-" + c.getAsInt());
    }
    UndertakingLinks.Builder lb = UndertakingLinks.builder();
    for (int i = 0; i < IDS / 10; i++) {
      lb.controls(ids[random.nextInt(IDS)], ids[random.nextInt(IDS)]);
    }
    links = lb.build();
    LocalDate first = LocalDate.of(2019, 1, 1);
    grants = new ArrayList<>(GRANTS);
    for (int i = 0; i < GRANTS; i++) {
      LocalDate d = first.plusDays(random.nextInt(365 * 9));
      DeMinimisRegulation r = d.getYear() < 2024 ? DeMinimisRegulation.GENERAL_1407_2013 : DeMinimisRegulation.GENERAL_2023_2831;
      grants.add(DeMinimisAid.builder().undertaking(ids[random.nextInt(IDS)]).regulation(r)
          .grossAmount(Eur.ofCents(100_00L + random.nextInt(5_000_000))).grantedOn(d).build());
    }
    ledger = DeMinimisLedger.of(grants, links);
    days = new LocalDate[4096];
    for (int i = 0; i < days.length; i++) {
      days[i] = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365 * 4));
    }
  }

  /** @return a ledger built from the 1 000 000 grants */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public DeMinimisLedger build() {
    return DeMinimisLedger.of(grants, links);
  }

  /** @return the headroom of a random undertaking under 2023/2831 on a random day of 2024–2027 */
  @Benchmark
  public MonetaryAmount headroom() {
    int i = next++ & 4095;
    return ledger.headroom(ids[(i * 48_271) % IDS], DeMinimisRegulation.GENERAL_2023_2831, days[i]);
  }
}
