// What if: change a seed's figures with withX copies and watch findings appear and disappear.
// Open with: examples/seeds/notebooks/jshell.sh examples/seeds/notebooks/whatif.jsh
import fi.hanke.core.money.*;
import fi.hanke.core.cost.*;
import fi.hanke.core.funding.*;
import fi.hanke.core.programme.*;
import fi.hanke.core.project.*;
import fi.hanke.examples.seeds.*;
import fi.hanke.validation.*;
import java.util.ArrayList;

var validator = Validator.of(Programmes.finland2021to2027());

// Seed 003 as printed: the funding lines exceed the stated total by the external private 8 600 €.
var group = Seeds.hallitustyostaLisaaAsiakasarvoa();
System.out.println("Sellaisenaan: " + validator.validate(group).ruleIds());

// What if the 8 600 € was a part of the 87 988 € private own funding, not on top of it?
var plan = group.plan().fundingPlan().orElseThrow();
var lines = new ArrayList<FundingLine>();
for (var l : plan.lines()) {
  if (l.source() == FundingSource.EXTERNAL_PRIVATE) lines.add(l.withApplied(Eur.of(8_600)).withApproved(Eur.of(8_600)));
  else if (l.source() == FundingSource.OWN_PRIVATE) lines.add(l.withApplied(Eur.of(79_388)).withApproved(Eur.of(79_388)));
  else lines.add(l);
}
var fixed = group.withPlan(group.plan().withFundingPlan(plan.withLines(lines)));
System.out.println("Korjattuna: " + validator.validate(fixed).ruleIds());

// Seed 002: put the aid at 80 % rounded down and the flat-rate finding stays, the ceiling finding goes.
var digi = Seeds.digiFocus();
var dplan = digi.plan().fundingPlan().orElseThrow();
var dlines = new ArrayList<FundingLine>();
for (var l : dplan.lines()) {
  if (l.source() == FundingSource.EU_AND_STATE) dlines.add(l.withApplied(Eur.of(1_094_488)));
  else if (l.source() == FundingSource.OWN_MUNICIPAL) dlines.add(l.withApplied(Eur.of(128_300)));
  else dlines.add(l);
}
var digiAt80 = digi.withPlan(digi.plan().withFundingPlan(dplan.withLines(dlines)));
System.out.println("DigiFocus 80 %:lla: " + validator.validate(digiAt80).ruleIds());
