package vn.dondoc.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Vietnamese phrases the importer knows, read from {@code importer/patterns-vi.json} (or a file
 * the team supplies): structure markers, unit phrases, groups, abbreviations, deadline forms and
 * approval levels. Every regex applies to folded text (see {@link TextFold}).
 */
public final class ImportPatterns {

    public static final String RESOURCE = "importer/patterns-vi.json";

    record Marker(StructureKind kind, Pattern regex) {
    }

    record StyleHint(Pattern regex, StructureKind kind) {
    }

    record KindPattern(Pattern regex, String kind, String label) {
    }

    record GroupPattern(Pattern regex, List<String> groups) {
    }

    record DeadlinePattern(Pattern regex, String form) {
    }

    record BodyPattern(Pattern regex, String name) {
    }

    record LevelPattern(Pattern regex, String level) {
    }

    final List<Pattern> noise = new ArrayList<>();
    final List<Marker> structure = new ArrayList<>();
    final List<StyleHint> headingStyles = new ArrayList<>();
    final Map<String, StructureKind> numberFormats = new LinkedHashMap<>();
    final List<Pattern> bodyEnd = new ArrayList<>();
    final List<KindPattern> sections = new ArrayList<>();
    final List<KindPattern> directiveKinds = new ArrayList<>();
    Pattern draftMarker;
    Pattern numberSymbol;
    Pattern directiveReference;
    Pattern implementsMarker;
    final List<Pattern> issuingBody = new ArrayList<>();
    Pattern leadAndCoordinating;
    Pattern leadOnly;
    Pattern addressedColon;
    Pattern leadVerbAfterColon;
    Pattern leadVerbOnlyAfterColon;
    Pattern coordinatingOnly;
    final List<Pattern> prefixes = new ArrayList<>();
    final List<Pattern> suffixes = new ArrayList<>();
    Pattern separators;
    final List<GroupPattern> unitGroups = new ArrayList<>();
    final List<Pattern> collectives = new ArrayList<>();
    Pattern unitHeads;
    final List<String> unitStopWords = new ArrayList<>();
    final Map<String, String> abbreviations = new LinkedHashMap<>();
    Pattern unitNameDropSuffix;
    final List<String> unitNameDropWords = new ArrayList<>();
    double matchedThreshold;
    double unsureThreshold;
    final List<DeadlinePattern> deadlines = new ArrayList<>();
    final List<LevelPattern> approvalLevels = new ArrayList<>();
    Pattern expectedOutputs;
    Pattern reportRecipient;
    Pattern reportRecipientAfterSend;
    Pattern reportCopyTo;
    Pattern reportConsolidated;
    Pattern reportPlan;
    Pattern reportSupervision;
    Pattern report;
    Pattern reportDueDays;
    Pattern scheduleName;
    final List<BodyPattern> bodies = new ArrayList<>();
    /** Task table columns by role (number, content, lead, coordinating, deadline), matched on folded header cells. */
    final Map<String, Pattern> taskTable = new java.util.LinkedHashMap<>();

    private ImportPatterns() {
    }

    /** The patterns shipped with the application. */
    public static ImportPatterns defaults() {
        try (InputStream in = ImportPatterns.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportPatterns load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readTree(in);
        ImportPatterns p = new ImportPatterns();
        root.path("noise").forEach(n -> p.noise.add(rx(n.asText())));
        root.path("structure").forEach(n -> p.structure.add(new Marker(StructureKind.valueOf(n.path("kind").asText()),
                rx(n.path("regex").asText()))));
        root.path("headingStyles").forEach(n -> p.headingStyles.add(new StyleHint(rx(n.path("regex").asText()),
                StructureKind.valueOf(n.path("kind").asText()))));
        root.path("numberFormats").fields().forEachRemaining(e -> p.numberFormats.put(e.getKey(),
                StructureKind.valueOf(e.getValue().asText())));
        root.path("bodyEnd").forEach(n -> p.bodyEnd.add(rx(n.asText())));
        root.path("sections").forEach(n -> p.sections.add(new KindPattern(rx(n.path("regex").asText()),
                n.path("role").asText(), null)));
        root.path("directiveKinds").forEach(n -> p.directiveKinds.add(new KindPattern(rx(n.path("regex").asText()),
                n.path("kind").asText(), n.path("label").asText())));
        p.draftMarker = rx(root.path("draftMarker").asText());
        p.numberSymbol = rx(root.path("numberSymbol").asText());
        p.directiveReference = rx(root.path("directiveReference").asText());
        p.implementsMarker = rx(root.path("implementsMarker").asText());
        root.path("issuingBody").forEach(n -> p.issuingBody.add(rx(n.asText())));
        JsonNode u = root.path("unitPhrases");
        p.leadAndCoordinating = rx(u.path("leadAndCoordinating").asText());
        p.leadOnly = rx(u.path("leadOnly").asText());
        p.addressedColon = rx(u.path("addressedColon").asText());
        p.leadVerbAfterColon = rx(u.path("leadVerbAfterColon").asText());
        p.leadVerbOnlyAfterColon = rx(u.path("leadVerbOnlyAfterColon").asText());
        p.coordinatingOnly = rx(u.path("coordinatingOnly").asText());
        u.path("prefixes").forEach(n -> p.prefixes.add(rx(n.asText())));
        u.path("suffixes").forEach(n -> p.suffixes.add(rx(n.asText())));
        p.separators = rx(u.path("separators").asText());
        root.path("unitGroups").forEach(n -> {
            List<String> groups = new ArrayList<>();
            n.path("groups").forEach(g -> groups.add(g.asText()));
            p.unitGroups.add(new GroupPattern(rx(n.path("regex").asText()), groups));
        });
        root.path("collectives").forEach(n -> p.collectives.add(rx(n.asText())));
        p.unitHeads = rx(root.path("unitHeads").asText());
        root.path("unitStopWords").forEach(n -> p.unitStopWords.add(n.asText()));
        root.path("abbreviations").fields().forEachRemaining(e -> p.abbreviations.put(e.getKey(), e.getValue().asText()));
        p.unitNameDropSuffix = rx(root.path("unitNameDropSuffix").asText());
        root.path("unitNameDropWords").forEach(n -> p.unitNameDropWords.add(n.asText()));
        p.matchedThreshold = root.path("matching").path("matched").asDouble(0.9);
        p.unsureThreshold = root.path("matching").path("unsure").asDouble(0.75);
        root.path("deadlines").forEach(n -> p.deadlines.add(new DeadlinePattern(rx(n.path("regex").asText()),
                n.path("form").asText())));
        root.path("approvalLevels").forEach(n -> p.approvalLevels.add(new LevelPattern(rx(n.path("regex").asText()),
                n.path("level").asText())));
        p.expectedOutputs = rx(root.path("expectedOutputs").asText());
        JsonNode r = root.path("reporting");
        p.report = rx(r.path("report").asText());
        p.reportRecipient = rx(r.path("recipient").asText());
        p.reportRecipientAfterSend = rx(r.path("recipientAfterSend").asText());
        p.reportCopyTo = rx(r.path("copyTo").asText());
        p.reportConsolidated = rx(r.path("consolidated").asText());
        p.reportPlan = rx(r.path("plan").asText());
        p.reportSupervision = rx(r.path("supervision").asText());
        p.reportDueDays = rx(r.path("dueDays").asText("(?!)"));
        p.scheduleName = rx(r.path("scheduleName").asText("bao cao"));
        root.path("taskTable").fields().forEachRemaining(e -> p.taskTable.put(e.getKey(), rx(e.getValue().asText())));
        root.path("bodies").forEach(n -> p.bodies.add(new BodyPattern(rx(n.path("regex").asText()), n.path("name").asText())));
        return p;
    }

    private static Pattern rx(String regex) {
        return Pattern.compile(regex);
    }
}
