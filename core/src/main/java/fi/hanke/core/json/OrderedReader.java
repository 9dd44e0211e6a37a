package fi.hanke.core.json;

import static fi.hanke.core.json.Scalars.AMOUNT;
import static fi.hanke.core.json.Scalars.BOOLEAN;
import static fi.hanke.core.json.Scalars.BUSINESS_ID;
import static fi.hanke.core.json.Scalars.COUNT;
import static fi.hanke.core.json.Scalars.DATE;
import static fi.hanke.core.json.Scalars.DECIMAL;
import static fi.hanke.core.json.Scalars.INTEGER;
import static fi.hanke.core.json.Scalars.MONTH_PERIOD;
import static fi.hanke.core.json.Scalars.MUNICIPALITY;
import static fi.hanke.core.json.Scalars.NON_BLANK;
import static fi.hanke.core.json.Scalars.PERCENTAGE;
import static fi.hanke.core.json.Scalars.REGION;
import static fi.hanke.core.json.Scalars.STRING;
import static fi.hanke.core.json.Scalars.YEAR;
import static fi.hanke.core.json.Scalars.enumOf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import fi.hanke.core.Coverage;
import fi.hanke.core.aid.CompanySize;
import fi.hanke.core.aid.DeMinimisRegulation;
import fi.hanke.core.cost.CostCategory;
import fi.hanke.core.cost.CostEstimate;
import fi.hanke.core.cost.CostLayout;
import fi.hanke.core.cost.CostLine;
import fi.hanke.core.cost.CostModel;
import fi.hanke.core.cost.CostOption;
import fi.hanke.core.cost.StaffCostModel;
import fi.hanke.core.cost.TravelCostModel;
import fi.hanke.core.funding.FundingLine;
import fi.hanke.core.funding.FundingPlan;
import fi.hanke.core.funding.FundingSource;
import fi.hanke.core.funding.RegionalAidShare;
import fi.hanke.core.money.Hedge;
import fi.hanke.core.org.Organisation;
import fi.hanke.core.org.OrganisationKind;
import fi.hanke.core.programme.Fund;
import fi.hanke.core.programme.Programme;
import fi.hanke.core.programme.ProjectType;
import fi.hanke.core.project.Assessment;
import fi.hanke.core.project.Call;
import fi.hanke.core.project.Decision;
import fi.hanke.core.project.DecisionOutcome;
import fi.hanke.core.project.DocumentKind;
import fi.hanke.core.project.GroupMember;
import fi.hanke.core.project.GroupProject;
import fi.hanke.core.project.Meeting;
import fi.hanke.core.project.MemberRole;
import fi.hanke.core.project.ProgrammePlacement;
import fi.hanke.core.project.Project;
import fi.hanke.core.work.Breakdown;
import fi.hanke.core.work.BreakdownPart;
import fi.hanke.core.work.DeMinimisMeasure;
import fi.hanke.core.work.DeMinimisParticipant;
import fi.hanke.core.work.FeeTier;
import fi.hanke.core.work.ParticipationFee;
import fi.hanke.core.work.SizeClassAmount;
import fi.hanke.core.work.Target;
import fi.hanke.core.work.TargetBound;
import fi.hanke.core.work.WorkPackage;
import java.io.IOException;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;

/**
 * The first pass over a document that can be read again (<i>kirjoitusjärjestyksessä lukeva läpikäynti</i>): it
 * reads the fields of every object in the order the tables of {@link Model} write them, in straight-line code, one
 * method per type, each value through the codec and the builder setter its table uses. It is what a reader
 * generated for each type would be: no loop over a table and no call through a table's row, so the JIT sees one
 * target at every call and knows which field comes next.
 *
 * <p>Where an object's fields leave that order (an earlier field after a later one, a field repeated, a name the
 * type does not have), the type's table reads the rest of the object into the same builder, knowing which fields
 * were read ({@link ObjectCodec#readRest}), and the pass goes on in order after it. At anything else it gives up and
 * leaves the document to the tables ({@link Reading}): a header other than {@code "format": "hanke/1", "kind": …}
 * first, a kind other than the one expected, a list or map at its length limit, a token after the document (it
 * returns null, and the tables read the document optimistically, then exactly if need be); a value its codec
 * refuses, a name repeated or unknown (which the table reports), an invariant the model refuses (it throws
 * {@link Reading.Retry}, as the tables' optimistic pass would, and the exact pass reads it). So it never reports a
 * problem and never decides one: a document it returns is one the tables would have read to the same value (the
 * same codecs and setters, the fields the document has, the defaults for the others), and every other outcome is
 * theirs. Documents that Hanke wrote, the portfolio's and a portal's round trips, are read in order throughout.
 *
 * <p>On a {@code String} its parser is a {@link StringParser}, which reads JSON straight from the characters and
 * gives the document up (as {@link Reading.Retry}) at anything it does not read; on a line of JSON Lines, Jackson's.
 *
 * <p>The tables stay the one description of hanke/1 (the writer, the schema and the exact reader use nothing else);
 * this class repeats their order by hand, as a generator would write it, and takes every name from them. A field
 * added to a table and not here costs speed, not correctness: the table reads it and the rest of its object.
 * {@code OrderedReaderTest} fails until it is added, as it asks that generated documents, which hold every field
 * of every table, be read in order throughout.
 */
final class OrderedReader {
  private static final Codec<OrganisationKind> ORGANISATION_KIND = enumOf(OrganisationKind.class);
  private static final Codec<Programme> PROGRAMME = enumOf(Programme.class);
  private static final Codec<Fund> FUND = enumOf(Fund.class);
  private static final Codec<ProjectType> PROJECT_TYPE = enumOf(ProjectType.class);
  private static final Codec<CostOption> COST_OPTION = enumOf(CostOption.class);
  private static final Codec<StaffCostModel> STAFF_COST_MODEL = enumOf(StaffCostModel.class);
  private static final Codec<TravelCostModel> TRAVEL_COST_MODEL = enumOf(TravelCostModel.class);
  private static final Codec<CostCategory> COST_CATEGORY = enumOf(CostCategory.class);
  private static final Codec<Hedge> HEDGE = enumOf(Hedge.class);
  private static final Codec<CostLayout> COST_LAYOUT = enumOf(CostLayout.class);
  private static final Codec<Coverage> COVERAGE = enumOf(Coverage.class);
  private static final Codec<FundingSource> FUNDING_SOURCE = enumOf(FundingSource.class);
  private static final Codec<TargetBound> TARGET_BOUND = enumOf(TargetBound.class);
  private static final Codec<CompanySize> COMPANY_SIZE = enumOf(CompanySize.class);
  private static final Codec<DeMinimisRegulation> REGULATION = enumOf(DeMinimisRegulation.class);
  private static final Codec<DecisionOutcome> DECISION_OUTCOME = enumOf(DecisionOutcome.class);
  private static final Codec<DocumentKind> DOCUMENT_KIND = enumOf(DocumentKind.class);
  private static final Codec<MemberRole> MEMBER_ROLE = enumOf(MemberRole.class);

  /** The header's names, which {@link Documents} reads outside the tables. */
  static final SerializedString FORMAT = new SerializedString("format");
  static final SerializedString KIND = new SerializedString("kind");

  /** What makes the pass give up: the caller reads the document again. Without a stack trace. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("read the document again with the tables", null, false, false);
    }
  }

  private final Reading in;
  private final JsonParser parser;
  /**
   * Whether the parser already stands on the token after the last value read: a name that was not the one
   * expected next, or the object's end. The next expected field is then compared with it instead of read.
   */
  private boolean pending;
  /**
   * The bits, by their tables' indices, of the fields read of the object being read (each type's method keeps its
   * caller's and gives it back): what its table needs to read the rest of an object whose fields leave the order.
   */
  private long seen;

  /** Whether a table may read the rest of an object whose fields leave the order; if not, the pass gives up. */
  private final boolean tablesReadTheRest;

  private OrderedReader(Reading in, boolean tablesReadTheRest) {
    this.in = in;
    this.parser = in.parser;
    this.tablesReadTheRest = tablesReadTheRest;
  }

  /**
   * Reads a whole document in writing order.
   *
   * @param in an optimistic pass whose parser has not read a token
   * @param expected the kind the caller wants, or null for either
   * @return the document, or null if it is to be read again with the tables (a header out of place, for instance)
   * @throws Reading.Retry where the document has a problem (a codec's, a table's, a builder's or the model's), which
   *     the tables' optimistic pass would meet as well: the exact pass is to read it
   * @throws IOException where the parser fails (a syntax error), as the tables' passes would
   */
  static HankeDocument read(Reading in, HankeDocument.Kind expected) throws IOException {
    return read(in, expected, true);
  }

  /**
   * As {@link #read(Reading, HankeDocument.Kind)}; with {@code tablesReadTheRest} false it gives up instead of having
   * a table read the rest of an object, so that a test can tell a document read in order throughout.
   */
  static HankeDocument read(Reading in, HankeDocument.Kind expected, boolean tablesReadTheRest) throws IOException {
    if (!in.optimistic) {
      throw new IllegalArgumentException("an ordered pass is optimistic");
    }
    try {
      return new OrderedReader(in, tablesReadTheRest).document(expected);
    } catch (GiveUp e) {
      return null;
    } catch (Reading.Retry e) {
      throw e;
    } catch (RuntimeException e) { // a builder's or the model's refusal, which the tables report
      throw new Reading.Retry();
    }
  }

  private HankeDocument document(HankeDocument.Kind expected) throws IOException {
    expect(parser.nextToken() == JsonToken.START_OBJECT);
    expect(field(FORMAT) && parser.currentToken() == JsonToken.VALUE_STRING
        && parser.getText().equals(Documents.FORMAT));
    expect(field(KIND) && parser.currentToken() == JsonToken.VALUE_STRING);
    String kind = parser.getText();
    HankeDocument document;
    if (kind.equals(HankeDocument.Kind.PROJECT.jsonName()) && expected != HankeDocument.Kind.GROUP_PROJECT) {
      document = HankeDocument.of(projectFields());
    } else if (kind.equals(HankeDocument.Kind.GROUP_PROJECT.jsonName()) && expected != HankeDocument.Kind.PROJECT) {
      document = HankeDocument.of(groupProjectFields());
    } else {
      throw new GiveUp();
    }
    expect(parser.nextToken() == null);
    return document;
  }

  private static void expect(boolean condition) {
    if (!condition) {
      throw new GiveUp();
    }
  }

  /** As {@link #field(SerializedString)}, for a field of a table: one it reads is marked in {@link #seen}. */
  private boolean field(Name name) throws IOException {
    if (field(name.quoted)) {
      seen |= name.bit;
      return true;
    }
    return false;
  }

  /**
   * Whether the object's next field is {@code name}; if it is, the parser is moved to its value. Jackson compares
   * the input with the name first, as the tables' predictions do ({@link ObjectCodec#nextField}).
   */
  private boolean field(SerializedString name) throws IOException {
    if (!pending) {
      if (parser.nextFieldName(name)) {
        parser.nextToken();
        return true;
      }
      pending = true;
      return false;
    }
    if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals(name.getValue())) {
      pending = false;
      parser.nextToken();
      return true;
    }
    return false;
  }

  /**
   * Ends an object's fields in writing order.
   *
   * @return true at the object's end; false where the parser stands on a name that did not come in writing order (an
   *     earlier field, one repeated, or one the type does not have), for the type's table to read the rest
   */
  private boolean inOrder() throws IOException {
    if (!pending) {
      parser.nextToken();
    }
    pending = false;
    if (parser.currentToken() == JsonToken.END_OBJECT) {
      return true;
    }
    expect(parser.currentToken() == JsonToken.FIELD_NAME && tablesReadTheRest);
    return false;
  }

  /** Checks that the value is an object. */
  private void object() {
    expect(parser.currentToken() == JsonToken.START_OBJECT);
  }

  /**
   * Starts an object a type's method reads: the value must be one.
   *
   * @return the caller's {@link #seen}, for {@link #done}
   */
  private long start() {
    object();
    return begin();
  }

  /** Starts reading an object's fields: {@link #seen} is theirs until {@link #done}, which gives back the caller's. */
  private long begin() {
    long outer = seen;
    seen = 0;
    return outer;
  }

  /** Ends an object read by a type's method: gives the caller's {@link #seen} back. */
  private <T> T done(long outer, T value) {
    seen = outer;
    return value;
  }

  /** Starts a list: the value must be an array. */
  private void array() {
    expect(parser.currentToken() == JsonToken.START_ARRAY);
  }

  /**
   * Moves to a list's next element.
   *
   * @param read the elements read so far
   * @return whether there is one; at the limit of elements the pass gives up, and the exact pass reports it
   */
  private boolean element(int read) throws IOException {
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    expect(read < in.limits.maxArrayLength());
    return true;
  }

  private Organisation organisation() throws IOException {
    long outer = start();
    Organisation.Builder b = Organisation.builder();
    if (field(Names.ORGANISATION_NAME)) {
      b.name(NON_BLANK.read(in));
    }
    if (field(Names.ORGANISATION_BUSINESS_ID)) {
      b.businessId(BUSINESS_ID.read(in));
    }
    if (field(Names.ORGANISATION_KIND)) {
      b.kind(ORGANISATION_KIND.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.ORGANISATION.readRest(in, b, seen));
  }

  private Call call() throws IOException {
    long outer = start();
    Call.Builder b = Call.builder();
    if (field(Names.CALL_NAME)) {
      b.name(STRING.read(in));
    }
    if (field(Names.CALL_ID)) {
      b.id(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.CALL.readRest(in, b, seen));
  }

  private ProgrammePlacement placement() throws IOException {
    long outer = start();
    ProgrammePlacement.Builder b = ProgrammePlacement.builder();
    if (field(Names.PLACEMENT_PROGRAMME)) {
      b.programme(PROGRAMME.read(in));
    }
    if (field(Names.PLACEMENT_PRIORITY)) {
      b.priority(INTEGER.read(in));
    }
    if (field(Names.PLACEMENT_SPECIFIC_OBJECTIVE)) {
      b.specificObjective(STRING.read(in));
    }
    if (field(Names.PLACEMENT_FUND)) {
      b.fund(FUND.read(in));
    }
    if (field(Names.PLACEMENT_SUPPORT_FORM)) {
      b.supportForm(STRING.read(in));
    }
    if (field(Names.PLACEMENT_PROJECT_TYPE)) {
      b.projectType(PROJECT_TYPE.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.PLACEMENT.readRest(in, b, seen));
  }

  private CostModel costModel() throws IOException {
    long outer = start();
    CostModel.Builder b = CostModel.builder();
    if (field(Names.COST_MODEL_OPTION)) {
      b.option(COST_OPTION.read(in));
    }
    if (field(Names.COST_MODEL_STAFF)) {
      b.staffCostModel(STAFF_COST_MODEL.read(in));
    }
    if (field(Names.COST_MODEL_TRAVEL)) {
      b.travelCostModel(TRAVEL_COST_MODEL.read(in));
    }
    if (field(Names.COST_MODEL_VAT)) {
      b.vatIncluded(BOOLEAN.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.COST_MODEL.readRest(in, b, seen));
  }

  private CostLine costLine() throws IOException {
    long outer = start();
    CostLine.Builder b = CostLine.builder();
    if (field(Names.COST_LINE_CATEGORY)) {
      b.category(COST_CATEGORY.read(in));
    }
    if (field(Names.COST_LINE_APPLIED)) {
      b.applied(AMOUNT.read(in));
    }
    if (field(Names.COST_LINE_APPLIED_HEDGE)) {
      b.appliedHedge(HEDGE.read(in));
    }
    if (field(Names.COST_LINE_APPROVED)) {
      b.approved(AMOUNT.read(in));
    }
    if (field(Names.COST_LINE_BY_YEAR)) {
      object();
      Set<Year> years = new HashSet<>();
      for (int read = 0; parser.nextToken() != JsonToken.END_OBJECT; read++) {
        expect(read < in.limits.maxArrayLength());
        Year year = YEAR.parse(in, parser.currentName());
        expect(years.add(year)); // a key repeated, or two that name one year: the tables' pass decides
        parser.nextToken();
        b.putAppliedByYear(year, AMOUNT.read(in));
      }
    }
    if (field(Names.COST_LINE_LABEL)) {
      b.label(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.COST_LINE.readRest(in, b, seen));
  }

  private CostEstimate costEstimate() throws IOException {
    long outer = start();
    CostEstimate.Builder b = CostEstimate.builder();
    if (field(Names.COST_ESTIMATE_LAYOUT)) {
      b.layout(COST_LAYOUT.read(in));
    }
    if (field(Names.COST_ESTIMATE_COVERAGE)) {
      b.coverage(COVERAGE.read(in));
    }
    if (field(Names.COST_ESTIMATE_LINES)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addLine(costLine());
      }
    }
    if (field(Names.COST_ESTIMATE_NET_APPLIED)) {
      b.statedNetApplied(AMOUNT.read(in));
    }
    if (field(Names.COST_ESTIMATE_NET_APPLIED_HEDGE)) {
      b.statedNetAppliedHedge(HEDGE.read(in));
    }
    if (field(Names.COST_ESTIMATE_NET_APPROVED)) {
      b.statedNetApproved(AMOUNT.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.COST_ESTIMATE.readRest(in, b, seen));
  }

  private FundingLine fundingLine() throws IOException {
    long outer = start();
    FundingLine.Builder b = FundingLine.builder();
    if (field(Names.FUNDING_LINE_SOURCE)) {
      b.source(FUNDING_SOURCE.read(in));
    }
    if (field(Names.FUNDING_LINE_APPLIED)) {
      b.applied(AMOUNT.read(in));
    }
    if (field(Names.FUNDING_LINE_APPLIED_HEDGE)) {
      b.appliedHedge(HEDGE.read(in));
    }
    if (field(Names.FUNDING_LINE_APPROVED)) {
      b.approved(AMOUNT.read(in));
    }
    if (field(Names.FUNDING_LINE_SHARE)) {
      b.statedShare(PERCENTAGE.read(in));
    }
    if (field(Names.FUNDING_LINE_LABEL)) {
      b.label(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.FUNDING_LINE.readRest(in, b, seen));
  }

  private RegionalAidShare regionalAidShare() throws IOException {
    long outer = start();
    RegionalAidShare.Builder b = RegionalAidShare.builder();
    if (field(Names.SHARE_REGION)) {
      b.region(REGION.read(in));
    }
    if (field(Names.SHARE_AMOUNT)) {
      b.amount(AMOUNT.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.REGIONAL_AID_SHARE.readRest(in, b, seen));
  }

  private FundingPlan fundingPlan() throws IOException {
    long outer = start();
    FundingPlan.Builder b = FundingPlan.builder();
    if (field(Names.FUNDING_PLAN_COVERAGE)) {
      b.coverage(COVERAGE.read(in));
    }
    if (field(Names.FUNDING_PLAN_LINES)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addLine(fundingLine());
      }
    }
    if (field(Names.FUNDING_PLAN_TOTAL_APPLIED)) {
      b.statedTotalApplied(AMOUNT.read(in));
    }
    if (field(Names.FUNDING_PLAN_TOTAL_APPLIED_HEDGE)) {
      b.statedTotalAppliedHedge(HEDGE.read(in));
    }
    if (field(Names.FUNDING_PLAN_TOTAL_APPROVED)) {
      b.statedTotalApproved(AMOUNT.read(in));
    }
    if (field(Names.FUNDING_PLAN_AID_RATE)) {
      b.statedAidRate(PERCENTAGE.read(in));
    }
    if (field(Names.FUNDING_PLAN_REGIONAL_SPLIT)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addRegionalSplit(regionalAidShare());
      }
    }
    return done(outer, inOrder() ? b.build() : Model.FUNDING_PLAN.readRest(in, b, seen));
  }

  private BreakdownPart breakdownPart() throws IOException {
    long outer = start();
    BreakdownPart.Builder b = BreakdownPart.builder();
    if (field(Names.PART_KEY)) {
      b.key(NON_BLANK.read(in));
    }
    if (field(Names.PART_QUANTITY)) {
      b.quantity(COUNT.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.BREAKDOWN_PART.readRest(in, b, seen));
  }

  private Breakdown breakdown() throws IOException {
    long outer = start();
    Breakdown.Builder b = Breakdown.builder();
    if (field(Names.BREAKDOWN_DIMENSION)) {
      b.dimension(STRING.read(in));
    }
    if (field(Names.BREAKDOWN_PARTS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addPart(breakdownPart());
      }
    }
    if (field(Names.BREAKDOWN_COMPLETE)) {
      b.complete(BOOLEAN.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.BREAKDOWN.readRest(in, b, seen));
  }

  private Target target() throws IOException {
    long outer = start();
    Target.Builder b = Target.builder();
    if (field(Names.TARGET_DESCRIPTION)) {
      b.description(STRING.read(in));
    }
    if (field(Names.TARGET_QUANTITY)) {
      b.quantity(COUNT.read(in));
    }
    if (field(Names.TARGET_UP_TO)) {
      b.upTo(COUNT.read(in));
    }
    if (field(Names.TARGET_BOUND)) {
      b.bound(TARGET_BOUND.read(in));
    }
    if (field(Names.TARGET_UNIT)) {
      b.unit(STRING.read(in));
    }
    if (field(Names.TARGET_INDICATOR)) {
      b.indicator(STRING.read(in));
    }
    if (field(Names.TARGET_BREAKDOWNS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addBreakdown(breakdown());
      }
    }
    return done(outer, inOrder() ? b.build() : Model.TARGET.readRest(in, b, seen));
  }

  private FeeTier feeTier() throws IOException {
    long outer = start();
    FeeTier.Builder b = FeeTier.builder();
    if (field(Names.TIER_AMOUNT)) {
      b.amount(AMOUNT.read(in));
    }
    if (field(Names.TIER_CONDITION)) {
      b.condition(STRING.read(in));
    }
    if (field(Names.TIER_TURNOVER_ABOVE)) {
      b.turnoverAbove(AMOUNT.read(in));
    }
    if (field(Names.TIER_COMPANY_SIZE)) {
      b.companySize(COMPANY_SIZE.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.FEE_TIER.readRest(in, b, seen));
  }

  private ParticipationFee participationFee() throws IOException {
    long outer = start();
    ParticipationFee.Builder b = ParticipationFee.builder();
    if (field(Names.FEE_DESCRIPTION)) {
      b.description(STRING.read(in));
    }
    if (field(Names.FEE_TIERS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addTier(feeTier());
      }
    }
    if (field(Names.FEE_COLLECTED_BY)) {
      b.collectedBy(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.PARTICIPATION_FEE.readRest(in, b, seen));
  }

  private SizeClassAmount sizeClassAmount() throws IOException {
    long outer = start();
    SizeClassAmount.Builder b = SizeClassAmount.builder();
    if (field(Names.SIZE_CLASS_SIZE)) {
      b.size(COMPANY_SIZE.read(in));
    }
    if (field(Names.SIZE_CLASS_AMOUNT)) {
      b.amount(AMOUNT.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.SIZE_CLASS_AMOUNT.readRest(in, b, seen));
  }

  private DeMinimisMeasure deMinimisMeasure() throws IOException {
    long outer = start();
    DeMinimisMeasure.Builder b = DeMinimisMeasure.builder();
    if (field(Names.MEASURE_NAME)) {
      b.name(NON_BLANK.read(in));
    }
    if (field(Names.MEASURE_REGULATION)) {
      b.regulation(REGULATION.read(in));
    }
    if (field(Names.MEASURE_MARKET_VALUE)) {
      b.marketValue(AMOUNT.read(in));
    }
    if (field(Names.MEASURE_CONTRIBUTIONS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addContribution(sizeClassAmount());
      }
    }
    if (field(Names.MEASURE_STATED_AID)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addStatedAid(sizeClassAmount());
      }
    }
    return done(outer, inOrder() ? b.build() : Model.DE_MINIMIS_MEASURE.readRest(in, b, seen));
  }

  private DeMinimisParticipant deMinimisParticipant() throws IOException {
    long outer = start();
    DeMinimisParticipant.Builder b = DeMinimisParticipant.builder();
    if (field(Names.PARTICIPANT_BUSINESS_ID)) {
      b.businessId(BUSINESS_ID.read(in));
    }
    if (field(Names.PARTICIPANT_NAME)) {
      b.name(STRING.read(in));
    }
    if (field(Names.PARTICIPANT_SIZE)) {
      b.size(COMPANY_SIZE.read(in));
    }
    if (field(Names.PARTICIPANT_MEASURE)) {
      b.measure(STRING.read(in));
    }
    if (field(Names.PARTICIPANT_GRANTED_ON)) {
      b.grantedOn(DATE.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.DE_MINIMIS_PARTICIPANT.readRest(in, b, seen));
  }

  private WorkPackage workPackage() throws IOException {
    long outer = start();
    WorkPackage.Builder b = WorkPackage.builder();
    if (field(Names.PACKAGE_CODE)) {
      b.code(NON_BLANK.read(in));
    }
    if (field(Names.PACKAGE_TITLE)) {
      b.title(STRING.read(in));
    }
    if (field(Names.PACKAGE_PERIODS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addPeriod(MONTH_PERIOD.read(in));
      }
    }
    if (field(Names.PACKAGE_DESCRIPTION)) {
      b.description(STRING.read(in));
    }
    if (field(Names.PACKAGE_RESPONSIBLE_MEMBERS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addResponsibleMember(STRING.read(in));
      }
    }
    if (field(Names.PACKAGE_COST_BEARER)) {
      b.costBearer(STRING.read(in));
    }
    if (field(Names.PACKAGE_TARGETS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addTarget(target());
      }
    }
    if (field(Names.PACKAGE_PARTICIPATION_FEES)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addParticipationFee(participationFee());
      }
    }
    if (field(Names.PACKAGE_MEASURES)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addDeMinimisMeasure(deMinimisMeasure());
      }
    }
    if (field(Names.PACKAGE_PARTICIPANTS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addDeMinimisParticipant(deMinimisParticipant());
      }
    }
    return done(outer, inOrder() ? b.build() : Model.WORK_PACKAGE.readRest(in, b, seen));
  }

  private Meeting meeting() throws IOException {
    long outer = start();
    Meeting.Builder b = Meeting.builder();
    if (field(Names.MEETING_BODY)) {
      b.body(STRING.read(in));
    }
    if (field(Names.MEETING_DATE)) {
      b.date(DATE.read(in));
    }
    if (field(Names.MEETING_NOTE)) {
      b.note(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.MEETING.readRest(in, b, seen));
  }

  private Assessment assessment() throws IOException {
    long outer = start();
    Assessment.Builder b = Assessment.builder();
    if (field(Names.ASSESSMENT_POINTS)) {
      b.points(DECIMAL.read(in));
    }
    if (field(Names.ASSESSMENT_MAXIMUM_POINTS)) {
      b.maximumPoints(DECIMAL.read(in));
    }
    if (field(Names.ASSESSMENT_RECOMMENDED)) {
      b.recommended(BOOLEAN.read(in));
    }
    if (field(Names.ASSESSMENT_MEETINGS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addMeeting(meeting());
      }
    }
    if (field(Names.ASSESSMENT_REGIONAL_PROGRAMME_LINK)) {
      b.regionalProgrammeLink(STRING.read(in));
    }
    if (field(Names.ASSESSMENT_PREPARER)) {
      b.preparer(STRING.read(in));
    }
    if (field(Names.ASSESSMENT_REASONING)) {
      b.reasoning(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.ASSESSMENT.readRest(in, b, seen));
  }

  private Decision decision() throws IOException {
    long outer = start();
    Decision.Builder b = Decision.builder();
    if (field(Names.DECISION_BODY)) {
      b.body(STRING.read(in));
    }
    if (field(Names.DECISION_DATE)) {
      b.date(DATE.read(in));
    }
    if (field(Names.DECISION_OUTCOME)) {
      b.outcome(DECISION_OUTCOME.read(in));
    }
    if (field(Names.DECISION_TEXT)) {
      b.text(STRING.read(in));
    }
    return done(outer, inOrder() ? b.build() : Model.DECISION.readRest(in, b, seen));
  }

  private Project project() throws IOException {
    object();
    return projectFields();
  }

  /** A project's fields; the parser stands on the token before the first (the object's start, or the header). */
  private Project projectFields() throws IOException {
    long outer = begin();
    Project.Builder b = Project.builder();
    if (field(Names.PROJECT_DOCUMENT_KIND)) {
      b.documentKind(DOCUMENT_KIND.read(in));
    }
    if (field(Names.PROJECT_DOCUMENT_DATE)) {
      b.documentDate(DATE.read(in));
    }
    if (field(Names.PROJECT_NAME)) {
      b.name(NON_BLANK.read(in));
    }
    if (field(Names.PROJECT_APPLICANT)) {
      b.applicant(organisation());
    }
    if (field(Names.PROJECT_APPLICATION_NUMBER)) {
      b.applicationNumber(NON_BLANK.read(in));
    }
    if (field(Names.PROJECT_DIARY_NUMBER)) {
      b.diaryNumber(STRING.read(in));
    }
    if (field(Names.PROJECT_RECEIVED)) {
      b.received(DATE.read(in));
    }
    if (field(Names.PROJECT_START)) {
      b.start(DATE.read(in));
    }
    if (field(Names.PROJECT_END)) {
      b.end(DATE.read(in));
    }
    if (field(Names.PROJECT_AUTHORITY)) {
      b.authority(STRING.read(in));
    }
    if (field(Names.PROJECT_CALL)) {
      b.call(call());
    }
    if (field(Names.PROJECT_PLACEMENT)) {
      b.placement(placement());
    }
    if (field(Names.PROJECT_NATIONWIDE)) {
      b.nationwide(BOOLEAN.read(in));
    }
    if (field(Names.PROJECT_DE_MINIMIS_SERVICES)) {
      b.deMinimisServices(BOOLEAN.read(in));
    }
    if (field(Names.PROJECT_REGIONS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addRegion(REGION.read(in));
      }
    }
    if (field(Names.PROJECT_MUNICIPALITIES)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addMunicipality(MUNICIPALITY.read(in));
      }
    }
    if (field(Names.PROJECT_COST_MODEL)) {
      b.costModel(costModel());
    }
    if (field(Names.PROJECT_COST_ESTIMATE)) {
      b.costEstimate(costEstimate());
    }
    if (field(Names.PROJECT_FUNDING_PLAN)) {
      b.fundingPlan(fundingPlan());
    }
    if (field(Names.PROJECT_WORK_PACKAGES)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addWorkPackage(workPackage());
      }
    }
    if (field(Names.PROJECT_TARGETS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addTarget(target());
      }
    }
    if (field(Names.PROJECT_ASSESSMENT)) {
      b.assessment(assessment());
    }
    if (field(Names.PROJECT_DECISION)) {
      b.decision(decision());
    }
    return done(outer, inOrder() ? b.build() : Model.PROJECT.readRest(in, b, seen));
  }

  private GroupMember groupMember() throws IOException {
    long outer = start();
    GroupMember.Builder b = GroupMember.builder();
    if (field(Names.MEMBER_KEY)) {
      b.key(NON_BLANK.read(in));
    }
    if (field(Names.MEMBER_ORGANISATION)) {
      b.organisation(organisation());
    }
    if (field(Names.MEMBER_ROLE)) {
      b.role(MEMBER_ROLE.read(in));
    }
    if (field(Names.MEMBER_ROLE_LABEL)) {
      b.roleLabel(NON_BLANK.read(in));
    }
    if (field(Names.MEMBER_APPLICATION_NUMBER)) {
      b.applicationNumber(NON_BLANK.read(in));
    }
    if (field(Names.MEMBER_PROJECT)) {
      b.project(project());
    }
    return done(outer, inOrder() ? b.build() : Model.GROUP_MEMBER.readRest(in, b, seen));
  }

  /** A group project's fields, after the header. */
  private GroupProject groupProjectFields() throws IOException {
    long outer = begin();
    GroupProject.Builder b = GroupProject.builder();
    if (field(Names.GROUP_ID)) {
      b.groupId(NON_BLANK.read(in));
    }
    if (field(Names.GROUP_PLAN)) {
      b.plan(project());
    }
    if (field(Names.GROUP_MEMBER_COVERAGE)) {
      b.memberCoverage(COVERAGE.read(in));
    }
    if (field(Names.GROUP_MEMBERS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addMember(groupMember());
      }
    }
    if (field(Names.GROUP_APPLICATION_NUMBERS)) {
      array();
      for (int i = 0; element(i); i++) {
        b.addApplicationNumber(STRING.read(in));
      }
    }
    return done(outer, inOrder() ? b.build() : Model.GROUP_PROJECT.readRest(in, b, seen));
  }

  /** A field of a table: its name as the table matches it, and its bit by the table's index. */
  private static final class Name {
    final SerializedString quoted;
    final long bit;

    Name(ObjectCodec<?, ?> table, String field) {
      this.quoted = table.quoted(field);
      this.bit = table.bit(field);
    }
  }

  /**
   * The names, each the instance of its type's table ({@link ObjectCodec#quoted}): a name the table does not have
   * fails here, when the class is loaded, and a table that writes its fields in another order has them read by the
   * table, never a value read into another field.
   */
  private static final class Names {
    static final Name ORGANISATION_NAME = new Name(Model.ORGANISATION, "name");
    static final Name ORGANISATION_BUSINESS_ID = new Name(Model.ORGANISATION, "businessId");
    static final Name ORGANISATION_KIND = new Name(Model.ORGANISATION, "kind");
    static final Name CALL_NAME = new Name(Model.CALL, "name");
    static final Name CALL_ID = new Name(Model.CALL, "id");
    static final Name PLACEMENT_PROGRAMME = new Name(Model.PLACEMENT, "programme");
    static final Name PLACEMENT_PRIORITY = new Name(Model.PLACEMENT, "priority");
    static final Name PLACEMENT_SPECIFIC_OBJECTIVE = new Name(Model.PLACEMENT, "specificObjective");
    static final Name PLACEMENT_FUND = new Name(Model.PLACEMENT, "fund");
    static final Name PLACEMENT_SUPPORT_FORM = new Name(Model.PLACEMENT, "supportForm");
    static final Name PLACEMENT_PROJECT_TYPE = new Name(Model.PLACEMENT, "projectType");
    static final Name COST_MODEL_OPTION = new Name(Model.COST_MODEL, "option");
    static final Name COST_MODEL_STAFF = new Name(Model.COST_MODEL, "staffCostModel");
    static final Name COST_MODEL_TRAVEL = new Name(Model.COST_MODEL, "travelCostModel");
    static final Name COST_MODEL_VAT = new Name(Model.COST_MODEL, "vatIncluded");
    static final Name COST_LINE_CATEGORY = new Name(Model.COST_LINE, "category");
    static final Name COST_LINE_APPLIED = new Name(Model.COST_LINE, "applied");
    static final Name COST_LINE_APPLIED_HEDGE = new Name(Model.COST_LINE, "appliedHedge");
    static final Name COST_LINE_APPROVED = new Name(Model.COST_LINE, "approved");
    static final Name COST_LINE_BY_YEAR = new Name(Model.COST_LINE, "appliedByYear");
    static final Name COST_LINE_LABEL = new Name(Model.COST_LINE, "label");
    static final Name COST_ESTIMATE_LAYOUT = new Name(Model.COST_ESTIMATE, "layout");
    static final Name COST_ESTIMATE_COVERAGE = new Name(Model.COST_ESTIMATE, "coverage");
    static final Name COST_ESTIMATE_LINES = new Name(Model.COST_ESTIMATE, "lines");
    static final Name COST_ESTIMATE_NET_APPLIED = new Name(Model.COST_ESTIMATE, "statedNetApplied");
    static final Name COST_ESTIMATE_NET_APPLIED_HEDGE = new Name(Model.COST_ESTIMATE, "statedNetAppliedHedge");
    static final Name COST_ESTIMATE_NET_APPROVED = new Name(Model.COST_ESTIMATE, "statedNetApproved");
    static final Name FUNDING_LINE_SOURCE = new Name(Model.FUNDING_LINE, "source");
    static final Name FUNDING_LINE_APPLIED = new Name(Model.FUNDING_LINE, "applied");
    static final Name FUNDING_LINE_APPLIED_HEDGE = new Name(Model.FUNDING_LINE, "appliedHedge");
    static final Name FUNDING_LINE_APPROVED = new Name(Model.FUNDING_LINE, "approved");
    static final Name FUNDING_LINE_SHARE = new Name(Model.FUNDING_LINE, "statedShare");
    static final Name FUNDING_LINE_LABEL = new Name(Model.FUNDING_LINE, "label");
    static final Name SHARE_REGION = new Name(Model.REGIONAL_AID_SHARE, "region");
    static final Name SHARE_AMOUNT = new Name(Model.REGIONAL_AID_SHARE, "amount");
    static final Name FUNDING_PLAN_COVERAGE = new Name(Model.FUNDING_PLAN, "coverage");
    static final Name FUNDING_PLAN_LINES = new Name(Model.FUNDING_PLAN, "lines");
    static final Name FUNDING_PLAN_TOTAL_APPLIED = new Name(Model.FUNDING_PLAN, "statedTotalApplied");
    static final Name FUNDING_PLAN_TOTAL_APPLIED_HEDGE = new Name(Model.FUNDING_PLAN, "statedTotalAppliedHedge");
    static final Name FUNDING_PLAN_TOTAL_APPROVED = new Name(Model.FUNDING_PLAN, "statedTotalApproved");
    static final Name FUNDING_PLAN_AID_RATE = new Name(Model.FUNDING_PLAN, "statedAidRate");
    static final Name FUNDING_PLAN_REGIONAL_SPLIT = new Name(Model.FUNDING_PLAN, "regionalSplit");
    static final Name PART_KEY = new Name(Model.BREAKDOWN_PART, "key");
    static final Name PART_QUANTITY = new Name(Model.BREAKDOWN_PART, "quantity");
    static final Name BREAKDOWN_DIMENSION = new Name(Model.BREAKDOWN, "dimension");
    static final Name BREAKDOWN_PARTS = new Name(Model.BREAKDOWN, "parts");
    static final Name BREAKDOWN_COMPLETE = new Name(Model.BREAKDOWN, "complete");
    static final Name TARGET_DESCRIPTION = new Name(Model.TARGET, "description");
    static final Name TARGET_QUANTITY = new Name(Model.TARGET, "quantity");
    static final Name TARGET_UP_TO = new Name(Model.TARGET, "upTo");
    static final Name TARGET_BOUND = new Name(Model.TARGET, "bound");
    static final Name TARGET_UNIT = new Name(Model.TARGET, "unit");
    static final Name TARGET_INDICATOR = new Name(Model.TARGET, "indicator");
    static final Name TARGET_BREAKDOWNS = new Name(Model.TARGET, "breakdowns");
    static final Name TIER_AMOUNT = new Name(Model.FEE_TIER, "amount");
    static final Name TIER_CONDITION = new Name(Model.FEE_TIER, "condition");
    static final Name TIER_TURNOVER_ABOVE = new Name(Model.FEE_TIER, "turnoverAbove");
    static final Name TIER_COMPANY_SIZE = new Name(Model.FEE_TIER, "companySize");
    static final Name FEE_DESCRIPTION = new Name(Model.PARTICIPATION_FEE, "description");
    static final Name FEE_TIERS = new Name(Model.PARTICIPATION_FEE, "tiers");
    static final Name FEE_COLLECTED_BY = new Name(Model.PARTICIPATION_FEE, "collectedBy");
    static final Name SIZE_CLASS_SIZE = new Name(Model.SIZE_CLASS_AMOUNT, "size");
    static final Name SIZE_CLASS_AMOUNT = new Name(Model.SIZE_CLASS_AMOUNT, "amount");
    static final Name MEASURE_NAME = new Name(Model.DE_MINIMIS_MEASURE, "name");
    static final Name MEASURE_REGULATION = new Name(Model.DE_MINIMIS_MEASURE, "regulation");
    static final Name MEASURE_MARKET_VALUE = new Name(Model.DE_MINIMIS_MEASURE, "marketValue");
    static final Name MEASURE_CONTRIBUTIONS = new Name(Model.DE_MINIMIS_MEASURE, "contributions");
    static final Name MEASURE_STATED_AID = new Name(Model.DE_MINIMIS_MEASURE, "statedAid");
    static final Name PARTICIPANT_BUSINESS_ID = new Name(Model.DE_MINIMIS_PARTICIPANT, "businessId");
    static final Name PARTICIPANT_NAME = new Name(Model.DE_MINIMIS_PARTICIPANT, "name");
    static final Name PARTICIPANT_SIZE = new Name(Model.DE_MINIMIS_PARTICIPANT, "size");
    static final Name PARTICIPANT_MEASURE = new Name(Model.DE_MINIMIS_PARTICIPANT, "measure");
    static final Name PARTICIPANT_GRANTED_ON = new Name(Model.DE_MINIMIS_PARTICIPANT, "grantedOn");
    static final Name PACKAGE_CODE = new Name(Model.WORK_PACKAGE, "code");
    static final Name PACKAGE_TITLE = new Name(Model.WORK_PACKAGE, "title");
    static final Name PACKAGE_PERIODS = new Name(Model.WORK_PACKAGE, "periods");
    static final Name PACKAGE_DESCRIPTION = new Name(Model.WORK_PACKAGE, "description");
    static final Name PACKAGE_RESPONSIBLE_MEMBERS = new Name(Model.WORK_PACKAGE, "responsibleMembers");
    static final Name PACKAGE_COST_BEARER = new Name(Model.WORK_PACKAGE, "costBearer");
    static final Name PACKAGE_TARGETS = new Name(Model.WORK_PACKAGE, "targets");
    static final Name PACKAGE_PARTICIPATION_FEES = new Name(Model.WORK_PACKAGE, "participationFees");
    static final Name PACKAGE_MEASURES = new Name(Model.WORK_PACKAGE, "deMinimisMeasures");
    static final Name PACKAGE_PARTICIPANTS = new Name(Model.WORK_PACKAGE, "deMinimisParticipants");
    static final Name MEETING_BODY = new Name(Model.MEETING, "body");
    static final Name MEETING_DATE = new Name(Model.MEETING, "date");
    static final Name MEETING_NOTE = new Name(Model.MEETING, "note");
    static final Name ASSESSMENT_POINTS = new Name(Model.ASSESSMENT, "points");
    static final Name ASSESSMENT_MAXIMUM_POINTS = new Name(Model.ASSESSMENT, "maximumPoints");
    static final Name ASSESSMENT_RECOMMENDED = new Name(Model.ASSESSMENT, "recommended");
    static final Name ASSESSMENT_MEETINGS = new Name(Model.ASSESSMENT, "meetings");
    static final Name ASSESSMENT_REGIONAL_PROGRAMME_LINK = new Name(Model.ASSESSMENT, "regionalProgrammeLink");
    static final Name ASSESSMENT_PREPARER = new Name(Model.ASSESSMENT, "preparer");
    static final Name ASSESSMENT_REASONING = new Name(Model.ASSESSMENT, "reasoning");
    static final Name DECISION_BODY = new Name(Model.DECISION, "body");
    static final Name DECISION_DATE = new Name(Model.DECISION, "date");
    static final Name DECISION_OUTCOME = new Name(Model.DECISION, "outcome");
    static final Name DECISION_TEXT = new Name(Model.DECISION, "text");
    static final Name PROJECT_DOCUMENT_KIND = new Name(Model.PROJECT, "documentKind");
    static final Name PROJECT_DOCUMENT_DATE = new Name(Model.PROJECT, "documentDate");
    static final Name PROJECT_NAME = new Name(Model.PROJECT, "name");
    static final Name PROJECT_APPLICANT = new Name(Model.PROJECT, "applicant");
    static final Name PROJECT_APPLICATION_NUMBER = new Name(Model.PROJECT, "applicationNumber");
    static final Name PROJECT_DIARY_NUMBER = new Name(Model.PROJECT, "diaryNumber");
    static final Name PROJECT_RECEIVED = new Name(Model.PROJECT, "received");
    static final Name PROJECT_START = new Name(Model.PROJECT, "start");
    static final Name PROJECT_END = new Name(Model.PROJECT, "end");
    static final Name PROJECT_AUTHORITY = new Name(Model.PROJECT, "authority");
    static final Name PROJECT_CALL = new Name(Model.PROJECT, "call");
    static final Name PROJECT_PLACEMENT = new Name(Model.PROJECT, "placement");
    static final Name PROJECT_NATIONWIDE = new Name(Model.PROJECT, "nationwide");
    static final Name PROJECT_DE_MINIMIS_SERVICES = new Name(Model.PROJECT, "deMinimisServices");
    static final Name PROJECT_REGIONS = new Name(Model.PROJECT, "regions");
    static final Name PROJECT_MUNICIPALITIES = new Name(Model.PROJECT, "municipalities");
    static final Name PROJECT_COST_MODEL = new Name(Model.PROJECT, "costModel");
    static final Name PROJECT_COST_ESTIMATE = new Name(Model.PROJECT, "costEstimate");
    static final Name PROJECT_FUNDING_PLAN = new Name(Model.PROJECT, "fundingPlan");
    static final Name PROJECT_WORK_PACKAGES = new Name(Model.PROJECT, "workPackages");
    static final Name PROJECT_TARGETS = new Name(Model.PROJECT, "targets");
    static final Name PROJECT_ASSESSMENT = new Name(Model.PROJECT, "assessment");
    static final Name PROJECT_DECISION = new Name(Model.PROJECT, "decision");
    static final Name MEMBER_KEY = new Name(Model.GROUP_MEMBER, "key");
    static final Name MEMBER_ORGANISATION = new Name(Model.GROUP_MEMBER, "organisation");
    static final Name MEMBER_ROLE = new Name(Model.GROUP_MEMBER, "role");
    static final Name MEMBER_ROLE_LABEL = new Name(Model.GROUP_MEMBER, "roleLabel");
    static final Name MEMBER_APPLICATION_NUMBER = new Name(Model.GROUP_MEMBER, "applicationNumber");
    static final Name MEMBER_PROJECT = new Name(Model.GROUP_MEMBER, "project");
    static final Name GROUP_ID = new Name(Model.GROUP_PROJECT, "groupId");
    static final Name GROUP_PLAN = new Name(Model.GROUP_PROJECT, "plan");
    static final Name GROUP_MEMBER_COVERAGE = new Name(Model.GROUP_PROJECT, "memberCoverage");
    static final Name GROUP_MEMBERS = new Name(Model.GROUP_PROJECT, "members");
    static final Name GROUP_APPLICATION_NUMBERS = new Name(Model.GROUP_PROJECT, "applicationNumbers");

    private Names() {}
  }
}
