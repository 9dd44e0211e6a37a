// The five seed documents: compare their cost structures, aid shares and flat-rate shares.
// Open with: examples/seeds/notebooks/jshell.sh examples/seeds/notebooks/seeds.jsh
import fi.hanke.core.money.*;
import fi.hanke.core.cost.*;
import fi.hanke.core.project.*;
import fi.hanke.examples.seeds.*;
import java.util.Locale;

var fi = new Locale("fi");

// The project whose figures each seed states: the project itself, or a group's shared plan.
Project figures(Seed s) {
  return s.group().map(GroupProject::plan).orElseGet(() -> s.project().orElseThrow());
}

for (Seed s : Seeds.all()) {
  var p = figures(s);
  if (p.costEstimate().isEmpty() || p.costEstimate().get().lines().isEmpty()) {
    System.out.println(s.fileName() + "  " + s.name().orElse("-") + ": kustannusarvio ei riveittäin");
    continue;
  }
  var e = p.costEstimate().get();
  var net = e.netAppliedAsStated();
  var aid = p.fundingPlan().map(f -> f.aidApplied()).orElse(Eur.zero());
  var staff = e.applied(CostCategory.STAFF);
  var flat = e.applied(CostCategory.FLAT_RATE);
  System.out.printf("%s  %-36s netto %16s  tuki %6.2f %%  flat rate / palkat %6.2f %%%n",
      s.fileName(), s.name().orElse("-"), Eur.format(net, fi),
      Eur.share(aid, net).doubleValue() * 100, Eur.share(flat, staff).doubleValue() * 100);
}
