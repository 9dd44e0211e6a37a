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
 * <p>It reads only what it can read without judgement. At anything else it gives up and returns null, and the
 * caller reads the document again with the tables, first optimistically and then exactly ({@link Reading}): a field
 * out of the writing order or unknown, a name repeated, a header other than {@code "format": "hanke/1", "kind": …}
 * first, a kind other than the one expected, a value its codec refuses, a list or map at its length limit, an
 * invariant the model refuses, a token after the document. So it never reports a problem and never decides one:
 * a document it returns is one the tables would have read to the same value (the same codecs and setters, the
 * fields the document has, the defaults for the others), and every other outcome is theirs. Documents that Hanke
 * wrote, the portfolio's and a portal's round trips, are read by it alone.
 *
 * <p>The tables stay the one description of hanke/1 (the writer, the schema and the exact reader use nothing else);
 * this class repeats their order by hand, as a generator would write it, and takes every name from them. A field
 * added to a table and not here costs speed, not correctness: documents that have it are read by the tables.
 * {@code OrderedReaderTest} fails until it is added, as it asks that generated documents, which hold every field
 * of every table, be read by this pass alone.
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
  private static final SerializedString FORMAT = new SerializedString("format");
  private static final SerializedString KIND = new SerializedString("kind");

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

  private OrderedReader(Reading in) {
    this.in = in;
    this.parser = in.parser;
  }

  /**
   * Reads a whole document in writing order.
   *
   * @param in an optimistic pass whose parser has not read a token
   * @param expected the kind the caller wants, or null for either
   * @return the document, or null if it is to be read again with the tables
   */
  static HankeDocument read(Reading in, HankeDocument.Kind expected) {
    if (!in.optimistic) {
      throw new IllegalArgumentException("an ordered pass is optimistic");
    }
    try {
      return new OrderedReader(in).document(expected);
    } catch (IOException | RuntimeException e) { // GiveUp, Reading.Retry, a builder's or the model's refusal
      return null;
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

  /** Ends an object: what follows its last field read must be its end. */
  private void end() throws IOException {
    if (!pending) {
      parser.nextToken();
    }
    pending = false;
    expect(parser.currentToken() == JsonToken.END_OBJECT);
  }

  /** Starts an object: the value must be one. */
  private void object() {
    expect(parser.currentToken() == JsonToken.START_OBJECT);
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
    object();
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
    end();
    return b.build();
  }

  private Call call() throws IOException {
    object();
    Call.Builder b = Call.builder();
    if (field(Names.CALL_NAME)) {
      b.name(STRING.read(in));
    }
    if (field(Names.CALL_ID)) {
      b.id(STRING.read(in));
    }
    end();
    return b.build();
  }

  private ProgrammePlacement placement() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private CostModel costModel() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private CostLine costLine() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private CostEstimate costEstimate() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private FundingLine fundingLine() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private RegionalAidShare regionalAidShare() throws IOException {
    object();
    RegionalAidShare.Builder b = RegionalAidShare.builder();
    if (field(Names.SHARE_REGION)) {
      b.region(REGION.read(in));
    }
    if (field(Names.SHARE_AMOUNT)) {
      b.amount(AMOUNT.read(in));
    }
    end();
    return b.build();
  }

  private FundingPlan fundingPlan() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private BreakdownPart breakdownPart() throws IOException {
    object();
    BreakdownPart.Builder b = BreakdownPart.builder();
    if (field(Names.PART_KEY)) {
      b.key(NON_BLANK.read(in));
    }
    if (field(Names.PART_QUANTITY)) {
      b.quantity(COUNT.read(in));
    }
    end();
    return b.build();
  }

  private Breakdown breakdown() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private Target target() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private FeeTier feeTier() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private ParticipationFee participationFee() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private SizeClassAmount sizeClassAmount() throws IOException {
    object();
    SizeClassAmount.Builder b = SizeClassAmount.builder();
    if (field(Names.SIZE_CLASS_SIZE)) {
      b.size(COMPANY_SIZE.read(in));
    }
    if (field(Names.SIZE_CLASS_AMOUNT)) {
      b.amount(AMOUNT.read(in));
    }
    end();
    return b.build();
  }

  private DeMinimisMeasure deMinimisMeasure() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private DeMinimisParticipant deMinimisParticipant() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private WorkPackage workPackage() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private Meeting meeting() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private Assessment assessment() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private Decision decision() throws IOException {
    object();
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
    end();
    return b.build();
  }

  private Project project() throws IOException {
    object();
    return projectFields();
  }

  /** A project's fields; the parser stands on the token before the first (the object's start, or the header). */
  private Project projectFields() throws IOException {
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
    end();
    return b.build();
  }

  private GroupMember groupMember() throws IOException {
    object();
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
    end();
    return b.build();
  }

  /** A group project's fields, after the header. */
  private GroupProject groupProjectFields() throws IOException {
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
    end();
    return b.build();
  }

  /**
   * The names, each the instance of its type's table ({@link ObjectCodec#quoted}): a name the table does not have
   * fails here, when the class is loaded, and a table that writes its fields in another order makes this pass give
   * up, never read a value into another field.
   */
  private static final class Names {
    static final SerializedString ORGANISATION_NAME = Model.ORGANISATION.quoted("name");
    static final SerializedString ORGANISATION_BUSINESS_ID = Model.ORGANISATION.quoted("businessId");
    static final SerializedString ORGANISATION_KIND = Model.ORGANISATION.quoted("kind");
    static final SerializedString CALL_NAME = Model.CALL.quoted("name");
    static final SerializedString CALL_ID = Model.CALL.quoted("id");
    static final SerializedString PLACEMENT_PROGRAMME = Model.PLACEMENT.quoted("programme");
    static final SerializedString PLACEMENT_PRIORITY = Model.PLACEMENT.quoted("priority");
    static final SerializedString PLACEMENT_SPECIFIC_OBJECTIVE = Model.PLACEMENT.quoted("specificObjective");
    static final SerializedString PLACEMENT_FUND = Model.PLACEMENT.quoted("fund");
    static final SerializedString PLACEMENT_SUPPORT_FORM = Model.PLACEMENT.quoted("supportForm");
    static final SerializedString PLACEMENT_PROJECT_TYPE = Model.PLACEMENT.quoted("projectType");
    static final SerializedString COST_MODEL_OPTION = Model.COST_MODEL.quoted("option");
    static final SerializedString COST_MODEL_STAFF = Model.COST_MODEL.quoted("staffCostModel");
    static final SerializedString COST_MODEL_TRAVEL = Model.COST_MODEL.quoted("travelCostModel");
    static final SerializedString COST_MODEL_VAT = Model.COST_MODEL.quoted("vatIncluded");
    static final SerializedString COST_LINE_CATEGORY = Model.COST_LINE.quoted("category");
    static final SerializedString COST_LINE_APPLIED = Model.COST_LINE.quoted("applied");
    static final SerializedString COST_LINE_APPLIED_HEDGE = Model.COST_LINE.quoted("appliedHedge");
    static final SerializedString COST_LINE_APPROVED = Model.COST_LINE.quoted("approved");
    static final SerializedString COST_LINE_BY_YEAR = Model.COST_LINE.quoted("appliedByYear");
    static final SerializedString COST_LINE_LABEL = Model.COST_LINE.quoted("label");
    static final SerializedString COST_ESTIMATE_LAYOUT = Model.COST_ESTIMATE.quoted("layout");
    static final SerializedString COST_ESTIMATE_COVERAGE = Model.COST_ESTIMATE.quoted("coverage");
    static final SerializedString COST_ESTIMATE_LINES = Model.COST_ESTIMATE.quoted("lines");
    static final SerializedString COST_ESTIMATE_NET_APPLIED = Model.COST_ESTIMATE.quoted("statedNetApplied");
    static final SerializedString COST_ESTIMATE_NET_APPLIED_HEDGE = Model.COST_ESTIMATE.quoted("statedNetAppliedHedge");
    static final SerializedString COST_ESTIMATE_NET_APPROVED = Model.COST_ESTIMATE.quoted("statedNetApproved");
    static final SerializedString FUNDING_LINE_SOURCE = Model.FUNDING_LINE.quoted("source");
    static final SerializedString FUNDING_LINE_APPLIED = Model.FUNDING_LINE.quoted("applied");
    static final SerializedString FUNDING_LINE_APPLIED_HEDGE = Model.FUNDING_LINE.quoted("appliedHedge");
    static final SerializedString FUNDING_LINE_APPROVED = Model.FUNDING_LINE.quoted("approved");
    static final SerializedString FUNDING_LINE_SHARE = Model.FUNDING_LINE.quoted("statedShare");
    static final SerializedString FUNDING_LINE_LABEL = Model.FUNDING_LINE.quoted("label");
    static final SerializedString SHARE_REGION = Model.REGIONAL_AID_SHARE.quoted("region");
    static final SerializedString SHARE_AMOUNT = Model.REGIONAL_AID_SHARE.quoted("amount");
    static final SerializedString FUNDING_PLAN_COVERAGE = Model.FUNDING_PLAN.quoted("coverage");
    static final SerializedString FUNDING_PLAN_LINES = Model.FUNDING_PLAN.quoted("lines");
    static final SerializedString FUNDING_PLAN_TOTAL_APPLIED = Model.FUNDING_PLAN.quoted("statedTotalApplied");
    static final SerializedString FUNDING_PLAN_TOTAL_APPLIED_HEDGE = Model.FUNDING_PLAN.quoted("statedTotalAppliedHedge");
    static final SerializedString FUNDING_PLAN_TOTAL_APPROVED = Model.FUNDING_PLAN.quoted("statedTotalApproved");
    static final SerializedString FUNDING_PLAN_AID_RATE = Model.FUNDING_PLAN.quoted("statedAidRate");
    static final SerializedString FUNDING_PLAN_REGIONAL_SPLIT = Model.FUNDING_PLAN.quoted("regionalSplit");
    static final SerializedString PART_KEY = Model.BREAKDOWN_PART.quoted("key");
    static final SerializedString PART_QUANTITY = Model.BREAKDOWN_PART.quoted("quantity");
    static final SerializedString BREAKDOWN_DIMENSION = Model.BREAKDOWN.quoted("dimension");
    static final SerializedString BREAKDOWN_PARTS = Model.BREAKDOWN.quoted("parts");
    static final SerializedString BREAKDOWN_COMPLETE = Model.BREAKDOWN.quoted("complete");
    static final SerializedString TARGET_DESCRIPTION = Model.TARGET.quoted("description");
    static final SerializedString TARGET_QUANTITY = Model.TARGET.quoted("quantity");
    static final SerializedString TARGET_UP_TO = Model.TARGET.quoted("upTo");
    static final SerializedString TARGET_BOUND = Model.TARGET.quoted("bound");
    static final SerializedString TARGET_UNIT = Model.TARGET.quoted("unit");
    static final SerializedString TARGET_INDICATOR = Model.TARGET.quoted("indicator");
    static final SerializedString TARGET_BREAKDOWNS = Model.TARGET.quoted("breakdowns");
    static final SerializedString TIER_AMOUNT = Model.FEE_TIER.quoted("amount");
    static final SerializedString TIER_CONDITION = Model.FEE_TIER.quoted("condition");
    static final SerializedString TIER_TURNOVER_ABOVE = Model.FEE_TIER.quoted("turnoverAbove");
    static final SerializedString TIER_COMPANY_SIZE = Model.FEE_TIER.quoted("companySize");
    static final SerializedString FEE_DESCRIPTION = Model.PARTICIPATION_FEE.quoted("description");
    static final SerializedString FEE_TIERS = Model.PARTICIPATION_FEE.quoted("tiers");
    static final SerializedString FEE_COLLECTED_BY = Model.PARTICIPATION_FEE.quoted("collectedBy");
    static final SerializedString SIZE_CLASS_SIZE = Model.SIZE_CLASS_AMOUNT.quoted("size");
    static final SerializedString SIZE_CLASS_AMOUNT = Model.SIZE_CLASS_AMOUNT.quoted("amount");
    static final SerializedString MEASURE_NAME = Model.DE_MINIMIS_MEASURE.quoted("name");
    static final SerializedString MEASURE_REGULATION = Model.DE_MINIMIS_MEASURE.quoted("regulation");
    static final SerializedString MEASURE_MARKET_VALUE = Model.DE_MINIMIS_MEASURE.quoted("marketValue");
    static final SerializedString MEASURE_CONTRIBUTIONS = Model.DE_MINIMIS_MEASURE.quoted("contributions");
    static final SerializedString MEASURE_STATED_AID = Model.DE_MINIMIS_MEASURE.quoted("statedAid");
    static final SerializedString PARTICIPANT_BUSINESS_ID = Model.DE_MINIMIS_PARTICIPANT.quoted("businessId");
    static final SerializedString PARTICIPANT_NAME = Model.DE_MINIMIS_PARTICIPANT.quoted("name");
    static final SerializedString PARTICIPANT_SIZE = Model.DE_MINIMIS_PARTICIPANT.quoted("size");
    static final SerializedString PARTICIPANT_MEASURE = Model.DE_MINIMIS_PARTICIPANT.quoted("measure");
    static final SerializedString PARTICIPANT_GRANTED_ON = Model.DE_MINIMIS_PARTICIPANT.quoted("grantedOn");
    static final SerializedString PACKAGE_CODE = Model.WORK_PACKAGE.quoted("code");
    static final SerializedString PACKAGE_TITLE = Model.WORK_PACKAGE.quoted("title");
    static final SerializedString PACKAGE_PERIODS = Model.WORK_PACKAGE.quoted("periods");
    static final SerializedString PACKAGE_DESCRIPTION = Model.WORK_PACKAGE.quoted("description");
    static final SerializedString PACKAGE_RESPONSIBLE_MEMBERS = Model.WORK_PACKAGE.quoted("responsibleMembers");
    static final SerializedString PACKAGE_COST_BEARER = Model.WORK_PACKAGE.quoted("costBearer");
    static final SerializedString PACKAGE_TARGETS = Model.WORK_PACKAGE.quoted("targets");
    static final SerializedString PACKAGE_PARTICIPATION_FEES = Model.WORK_PACKAGE.quoted("participationFees");
    static final SerializedString PACKAGE_MEASURES = Model.WORK_PACKAGE.quoted("deMinimisMeasures");
    static final SerializedString PACKAGE_PARTICIPANTS = Model.WORK_PACKAGE.quoted("deMinimisParticipants");
    static final SerializedString MEETING_BODY = Model.MEETING.quoted("body");
    static final SerializedString MEETING_DATE = Model.MEETING.quoted("date");
    static final SerializedString MEETING_NOTE = Model.MEETING.quoted("note");
    static final SerializedString ASSESSMENT_POINTS = Model.ASSESSMENT.quoted("points");
    static final SerializedString ASSESSMENT_MAXIMUM_POINTS = Model.ASSESSMENT.quoted("maximumPoints");
    static final SerializedString ASSESSMENT_RECOMMENDED = Model.ASSESSMENT.quoted("recommended");
    static final SerializedString ASSESSMENT_MEETINGS = Model.ASSESSMENT.quoted("meetings");
    static final SerializedString ASSESSMENT_REGIONAL_PROGRAMME_LINK = Model.ASSESSMENT.quoted("regionalProgrammeLink");
    static final SerializedString ASSESSMENT_PREPARER = Model.ASSESSMENT.quoted("preparer");
    static final SerializedString ASSESSMENT_REASONING = Model.ASSESSMENT.quoted("reasoning");
    static final SerializedString DECISION_BODY = Model.DECISION.quoted("body");
    static final SerializedString DECISION_DATE = Model.DECISION.quoted("date");
    static final SerializedString DECISION_OUTCOME = Model.DECISION.quoted("outcome");
    static final SerializedString DECISION_TEXT = Model.DECISION.quoted("text");
    static final SerializedString PROJECT_DOCUMENT_KIND = Model.PROJECT.quoted("documentKind");
    static final SerializedString PROJECT_DOCUMENT_DATE = Model.PROJECT.quoted("documentDate");
    static final SerializedString PROJECT_NAME = Model.PROJECT.quoted("name");
    static final SerializedString PROJECT_APPLICANT = Model.PROJECT.quoted("applicant");
    static final SerializedString PROJECT_APPLICATION_NUMBER = Model.PROJECT.quoted("applicationNumber");
    static final SerializedString PROJECT_DIARY_NUMBER = Model.PROJECT.quoted("diaryNumber");
    static final SerializedString PROJECT_RECEIVED = Model.PROJECT.quoted("received");
    static final SerializedString PROJECT_START = Model.PROJECT.quoted("start");
    static final SerializedString PROJECT_END = Model.PROJECT.quoted("end");
    static final SerializedString PROJECT_AUTHORITY = Model.PROJECT.quoted("authority");
    static final SerializedString PROJECT_CALL = Model.PROJECT.quoted("call");
    static final SerializedString PROJECT_PLACEMENT = Model.PROJECT.quoted("placement");
    static final SerializedString PROJECT_NATIONWIDE = Model.PROJECT.quoted("nationwide");
    static final SerializedString PROJECT_DE_MINIMIS_SERVICES = Model.PROJECT.quoted("deMinimisServices");
    static final SerializedString PROJECT_REGIONS = Model.PROJECT.quoted("regions");
    static final SerializedString PROJECT_MUNICIPALITIES = Model.PROJECT.quoted("municipalities");
    static final SerializedString PROJECT_COST_MODEL = Model.PROJECT.quoted("costModel");
    static final SerializedString PROJECT_COST_ESTIMATE = Model.PROJECT.quoted("costEstimate");
    static final SerializedString PROJECT_FUNDING_PLAN = Model.PROJECT.quoted("fundingPlan");
    static final SerializedString PROJECT_WORK_PACKAGES = Model.PROJECT.quoted("workPackages");
    static final SerializedString PROJECT_TARGETS = Model.PROJECT.quoted("targets");
    static final SerializedString PROJECT_ASSESSMENT = Model.PROJECT.quoted("assessment");
    static final SerializedString PROJECT_DECISION = Model.PROJECT.quoted("decision");
    static final SerializedString MEMBER_KEY = Model.GROUP_MEMBER.quoted("key");
    static final SerializedString MEMBER_ORGANISATION = Model.GROUP_MEMBER.quoted("organisation");
    static final SerializedString MEMBER_ROLE = Model.GROUP_MEMBER.quoted("role");
    static final SerializedString MEMBER_ROLE_LABEL = Model.GROUP_MEMBER.quoted("roleLabel");
    static final SerializedString MEMBER_APPLICATION_NUMBER = Model.GROUP_MEMBER.quoted("applicationNumber");
    static final SerializedString MEMBER_PROJECT = Model.GROUP_MEMBER.quoted("project");
    static final SerializedString GROUP_ID = Model.GROUP_PROJECT.quoted("groupId");
    static final SerializedString GROUP_PLAN = Model.GROUP_PROJECT.quoted("plan");
    static final SerializedString GROUP_MEMBER_COVERAGE = Model.GROUP_PROJECT.quoted("memberCoverage");
    static final SerializedString GROUP_MEMBERS = Model.GROUP_PROJECT.quoted("members");
    static final SerializedString GROUP_APPLICATION_NUMBERS = Model.GROUP_PROJECT.quoted("applicationNumbers");

    private Names() {}
  }
}
