package vn.dondoc.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.importer.Proposal.ImplementedDirective;
import vn.dondoc.importer.Proposal.MatchStatus;
import vn.dondoc.importer.Proposal.ProposedDirective;
import vn.dondoc.importer.Proposal.ProposedTask;
import vn.dondoc.importer.Proposal.ReportingObligation;
import vn.dondoc.importer.Proposal.UnitMatch;
import vn.dondoc.importer.Proposal.Warning;
import vn.dondoc.task.TaskKind;

/**
 * Reads a program's paragraphs into a proposal: the preamble (kind, title, the directives it
 * implements, issuing body), the tree of roman sections, numbered groups, lettered items and
 * bullets, the tasks of the task sections with their units, deadlines and outputs, and the
 * reporting duties of the organisation section. All Vietnamese phrases come from
 * {@link ImportPatterns}; this class only knows the shape of a document.
 */
public final class ProgramParser {

    /** A node of the document tree. */
    static final class Node {
        final StructureKind kind;
        String label;
        String code;
        String text;
        final int firstLine;
        int lastLine;
        Node parent;
        String role;
        final List<Node> children = new ArrayList<>();

        Node(StructureKind kind, String text, int line) {
            this.kind = kind;
            this.text = text;
            this.firstLine = line;
            this.lastLine = line;
        }
    }

    private record Classified(StructureKind kind, String label, String rest) {
    }

    /** Units named by a phrase: who leads, who coordinates, and the task's own words. */
    record Extracted(List<UnitMatch> lead, List<UnitMatch> coordinating, String content) {
    }

    private record Ref(String kindWords, String number, LocalDate date, String body, int start, int end, int line) {
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final ImportPatterns p;
    private final UnitMatcher units;
    private final DeadlineParser deadlines;
    private final List<Warning> warnings = new ArrayList<>();
    /** Told the percent parsed (0-100): paragraphs cleaned, then paragraphs matched. */
    private java.util.function.IntConsumer progress = x -> {
    };
    private int lastLine = 1;

    public ProgramParser(ImportPatterns patterns, UnitMatcher units) {
        this.p = patterns;
        this.units = units;
        this.deadlines = new DeadlineParser(patterns);
    }

    public ProgramParser onProgress(java.util.function.IntConsumer listener) {
        this.progress = listener;
        return this;
    }

    public Proposal.Content parse(List<SourceParagraph> source) {
        warnings.clear();
        List<SourceParagraph> paragraphs = new ArrayList<>();
        lastLine = Math.max(1, source.isEmpty() ? 1 : source.get(source.size() - 1).line());
        for (SourceParagraph sp : source) {
            paragraphs.add(new SourceParagraph(sp.line(), denoise(sp), sp.styleHint()));
            progress.accept(20 * sp.line() / lastLine);
        }
        int firstSection = -1;
        for (int i = 0; i < paragraphs.size() && firstSection < 0; i++) {
            if (classify(paragraphs.get(i)).kind() == StructureKind.ROMAN) {
                firstSection = i;
            }
        }
        if (firstSection < 0) {
            warnings.add(new Warning("NO_SECTIONS", null, null,
                    "Không thấy mục La Mã (I, II, III...): toàn bộ văn bản được đọc như một phần nhiệm vụ."));
            for (int i = 0; i < paragraphs.size() && firstSection < 0; i++) {
                if (classify(paragraphs.get(i)).kind() != StructureKind.TEXT) {
                    firstSection = i;
                }
            }
            if (firstSection < 0) {
                firstSection = paragraphs.size();
            }
        }
        List<SourceParagraph> preamble = paragraphs.subList(0, firstSection);
        Node root = new Node(StructureKind.TEXT, "", 0);
        int end = buildTree(paragraphs, firstSection, root);
        if (root.children.stream().noneMatch(n -> n.kind == StructureKind.ROMAN) && !root.children.isEmpty()) {
            Node section = new Node(StructureKind.ROMAN, "", root.children.get(0).firstLine);
            section.role = "TASKS";
            section.code = "I";
            section.children.addAll(root.children);
            section.children.forEach(c -> c.parent = section);
            root.children.clear();
            root.children.add(section);
            recode(section);
        }
        List<Ref> refs = references(paragraphs);
        List<ImplementedDirective> chain = new ArrayList<>();
        ProposedDirective directive = preamble(preamble, paragraphs.subList(Math.min(end, paragraphs.size()), paragraphs.size()),
                refs, chain);
        List<ProposedTask> tasks = new ArrayList<>();
        List<ReportingObligation> obligations = new ArrayList<>();
        for (Node section : root.children) {
            if ("TASKS".equals(section.role)) {
                emit(section, null, List.of(), List.of(), false, tasks);
            } else if ("ORGANISATION".equals(section.role)) {
                for (Node child : section.children) {
                    obligations.add(obligation(child));
                }
            }
        }
        long undated = tasks.stream().filter(t -> !t.heading() && t.deadlineText() == null).count();
        if (undated > 0) {
            warnings.add(new Warning("NO_DEADLINE", null, null, undated + " nhiệm vụ không ghi thời hạn: đề xuất là nhiệm vụ "
                    + "thường xuyên (ONGOING). Hãy sửa nếu nhiệm vụ có hạn hoàn thành."));
        }
        progress.accept(100);
        return new Proposal.Content(directive, chain, tasks, obligations, List.copyOf(warnings));
    }

    // ---- structure ----

    private String denoise(SourceParagraph sp) {
        String text = sp.text();
        String folded = TextFold.fold(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean removed = false;
        List<int[]> spans = new ArrayList<>();
        for (Pattern noise : p.noise) {
            Matcher m = noise.matcher(folded);
            while (m.find()) {
                spans.add(new int[] { m.start(), m.end() });
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] s : spans) {
            if (s[0] >= last) {
                out.append(text, last, s[0]);
                last = s[1];
                removed = true;
            }
        }
        out.append(text.substring(last));
        if (removed) {
            warnings.add(new Warning("NOISE_REMOVED", sp.line(), null,
                    "Đã bỏ phần thừa do chuyển đổi văn bản (ví dụ dấu trang [bookmark: ...]) ở dòng " + sp.line() + "."));
        }
        return TextFold.clean(out.toString());
    }

    private Classified classify(SourceParagraph sp) {
        String text = sp.text();
        String folded = TextFold.fold(text);
        for (ImportPatterns.Marker marker : p.structure) {
            Matcher m = marker.regex().matcher(folded);
            if (!m.matches()) {
                continue;
            }
            String label = m.groupCount() >= 2 ? text.substring(m.start(1), m.end(1)) : null;
            if (marker.kind() == StructureKind.ROMAN && !label.equals(label.toUpperCase(Locale.ROOT))) {
                continue; // "c) ..." is an item, not section C
            }
            int restGroup = m.groupCount();
            return new Classified(marker.kind(), label, text.substring(m.start(restGroup)).trim());
        }
        if (sp.styleHint() != null && !text.isBlank()) {
            return new Classified(sp.styleHint(), null, text);
        }
        return new Classified(StructureKind.TEXT, null, text);
    }

    /** Builds the tree from the first section to the end of the body; returns the index after the body. */
    private int buildTree(List<SourceParagraph> paragraphs, int from, Node root) {
        Node last = null;
        String role = null;
        int i = from;
        for (; i < paragraphs.size(); i++) {
            SourceParagraph sp = paragraphs.get(i);
            if (sp.text().isBlank()) {
                continue;
            }
            String folded = TextFold.fold(sp.text());
            if (p.bodyEnd.stream().anyMatch(b -> b.matcher(folded).lookingAt())) {
                break;
            }
            Classified c = classify(sp);
            String rest = c.rest();
            boolean closes = rest.endsWith("./.") || rest.endsWith("/.");
            if (closes) {
                rest = rest.substring(0, rest.length() - (rest.endsWith("./.") ? 3 : 2)).trim() + ".";
            }
            if (c.kind() == StructureKind.TEXT) {
                if (last == null) {
                    continue;
                }
                if ((last.kind == StructureKind.BULLET || last.kind == StructureKind.SUBBULLET) && "TASKS".equals(role)) {
                    Node sibling = add(last.parent, last.kind, null, rest, sp.line());
                    warnings.add(new Warning("UNMARKED_PARAGRAPH", sp.line(), sibling.code, "Đoạn ở dòng " + sp.line()
                            + " không có gạch đầu dòng nhưng đứng sau các gạch đầu dòng: được coi là một nhiệm vụ riêng ("
                            + sibling.code + "). Hãy kiểm tra."));
                    last = sibling;
                } else {
                    last.text = (last.text + " " + rest).trim();
                    last.lastLine = sp.line();
                }
            } else {
                Node parent = last == null ? root : last;
                while (parent != root && parent.kind.ordinal() >= c.kind().ordinal()) {
                    parent = parent.parent;
                }
                last = add(parent, c.kind(), c.label(), rest, sp.line());
                if (c.kind() == StructureKind.ROMAN) {
                    last.role = sectionRole(rest);
                    role = last.role;
                }
            }
            if (closes) {
                i++;
                break;
            }
        }
        return i;
    }

    private Node add(Node parent, StructureKind kind, String givenLabel, String text, int line) {
        Node node = new Node(kind, text, line);
        node.parent = parent;
        long same = parent.children.stream().filter(c -> c.kind == kind).count();
        String label = givenLabel;
        if (label == null) {
            label = switch (kind) {
                case ROMAN -> roman((int) same + 1);
                case LETTER -> String.valueOf(LETTERS.charAt((int) Math.min(same, LETTERS.length() - 1)));
                default -> String.valueOf(same + 1);
            };
        }
        if (kind == StructureKind.BULLET || kind == StructureKind.SUBBULLET) {
            label = String.valueOf(same + 1);
        }
        String unique = label;
        while (taken(parent, unique)) {
            unique = unique + "'";
        }
        node.label = unique;
        node.code = parent.code == null || parent.code.isEmpty() ? unique : parent.code + "." + unique;
        if (!unique.equals(label)) {
            warnings.add(new Warning("DUPLICATE_LABEL", line, node.code, "Mục \"" + label + "\" ở dòng " + line
                    + " trùng ký hiệu với mục trước trong cùng nhóm: được đánh mã " + node.code + "."));
        }
        parent.children.add(node);
        return node;
    }

    private static boolean taken(Node parent, String label) {
        return parent.children.stream().anyMatch(c -> label.equals(c.label));
    }

    private static void recode(Node node) {
        for (Node c : node.children) {
            c.code = node.code + "." + c.label;
            recode(c);
        }
    }

    private String sectionRole(String heading) {
        String folded = TextFold.fold(heading);
        for (ImportPatterns.KindPattern s : p.sections) {
            if (s.regex().matcher(folded).find()) {
                return s.kind();
            }
        }
        return "CONTEXT";
    }

    private static String roman(int n) {
        String[] r = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
        return n < r.length ? r[n] : String.valueOf(n);
    }

    // ---- tasks ----

    private void emit(Node node, String field, List<UnitMatch> lead, List<UnitMatch> coordinating, boolean inherited,
            List<ProposedTask> out) {
        matched(node.firstLine);
        boolean heading = node.kind == StructureKind.ROMAN || !node.children.isEmpty();
        List<UnitMatch> ownLead = lead;
        List<UnitMatch> ownCoordinating = coordinating;
        boolean fromParent = inherited;
        String content = node.text;
        if (node.kind != StructureKind.ROMAN) {
            Extracted e = extract(node.text);
            content = e.content();
            if (!e.lead().isEmpty()) {
                ownLead = e.lead();
                ownCoordinating = e.coordinating();
                fromParent = false;
            }
        }
        if (heading && content.endsWith(":")) {
            content = content.substring(0, content.length() - 1).trim();
        }
        String parentCode = node.parent == null || node.parent.code == null || node.parent.code.isEmpty() ? null : node.parent.code;
        List<String> notes = new ArrayList<>();
        TaskKind kind = null;
        vn.dondoc.task.Recurrence recurrence = null;
        LocalDate due = null;
        String deadlineText = null;
        String output = null;
        String approval = null;
        if (!heading) {
            var deadline = deadlines.parse(content);
            if (deadline.isPresent()) {
                kind = deadline.get().kind();
                recurrence = deadline.get().recurrence();
                due = deadline.get().dueDate();
                deadlineText = deadline.get().text();
            } else {
                kind = TaskKind.ONGOING;
                notes.add("Không ghi thời hạn: đề xuất nhiệm vụ thường xuyên");
            }
            approval = approvalLevel(content);
            output = expectedOutput(content);
            if (ownLead.isEmpty()) {
                warnings.add(new Warning("NO_LEAD", node.firstLine, node.code, "Không xác định được đơn vị chủ trì của nhiệm vụ "
                        + node.code + " (dòng " + node.firstLine + "): hãy chọn đơn vị."));
            }
            flagUnresolved(node, ownLead, "chủ trì");
            flagUnresolved(node, ownCoordinating, "phối hợp");
        }
        out.add(new ProposedTask(node.code, parentCode, node.kind, heading, content, heading ? null : field, kind, recurrence, due,
                deadlineText, output, approval, ownLead, ownCoordinating, fromParent, node.firstLine, lastLine(node), notes));
        String childField = node.kind == StructureKind.GROUP || node.kind == StructureKind.SUBGROUP ? content : field;
        for (Node child : node.children) {
            emit(child, childField, ownLead, ownCoordinating, true, out);
        }
    }

    private void flagUnresolved(Node node, List<UnitMatch> matches, String role) {
        for (UnitMatch m : matches) {
            if (!m.resolved()) {
                String candidates = m.candidates().isEmpty() ? "" : " Gần nhất: " + String.join(", ",
                        m.candidates().stream().map(c -> c.name() + " (" + Math.round(c.confidence() * 100) + "%)").toList()) + ".";
                warnings.add(new Warning(m.status() == MatchStatus.UNSURE ? "UNIT_UNSURE" : "UNIT_UNKNOWN", node.firstLine, node.code,
                        "Đơn vị " + role + " \"" + m.text() + "\" của nhiệm vụ " + node.code + (m.status() == MatchStatus.UNSURE
                                ? " chưa chắc chắn khớp danh mục: hãy chọn đơn vị." : " không có trong danh mục đơn vị: hãy chọn đơn vị.")
                        + candidates));
            }
        }
    }

    private static int lastLine(Node node) {
        int last = node.lastLine;
        for (Node c : node.children) {
            last = Math.max(last, lastLine(c));
        }
        return last;
    }

    /** Lead and coordinating units of a phrase, and what remains as the task's content. */
    Extracted extract(String text) {
        String f = TextFold.fold(text);
        int len = text.length();
        int start = 0;
        for (Pattern prefix : p.prefixes) {
            Matcher m = prefix.matcher(f).region(start, len);
            if (m.lookingAt()) {
                start = m.end();
            }
        }
        int colon = text.indexOf(':', start);
        // "X chủ trì, phối hợp với Y:" is read by the "chủ trì" rule below, not as "X: ...".
        boolean leadPhraseBeforeColon = colon > start && p.leadOnly.matcher(f).region(start, colon).find();
        if (colon > start && colon - start <= 220 && !leadPhraseBeforeColon) {
            List<UnitMatch> lead = bounded(text, f, start, trimSuffix(f, start, colon));
            if (lead != null && !lead.isEmpty()) {
                int rs = colon + 1;
                while (rs < len && text.charAt(rs) == ' ') {
                    rs++;
                }
                List<UnitMatch> coordinating = List.of();
                Matcher verb = p.leadVerbAfterColon.matcher(f).region(rs, len);
                if (verb.lookingAt()) {
                    coordinating = units.scan(text, f, verb.end(), len, true).matches();
                }
                String rest = text.substring(rs).trim();
                return new Extracted(lead, coordinating, rest.isEmpty() ? text.substring(0, colon).trim() : rest);
            }
        }
        Matcher both = p.leadAndCoordinating.matcher(f).region(start, len);
        if (both.find()) {
            List<UnitMatch> lead = bounded(text, f, start, both.start());
            if (lead != null && !lead.isEmpty()) {
                return new Extracted(lead, units.scan(text, f, both.end(), len, true).matches(), text);
            }
        }
        Matcher only = p.leadOnly.matcher(f).region(start, len);
        if (only.find()) {
            List<UnitMatch> lead = bounded(text, f, start, only.start());
            if (lead != null && !lead.isEmpty()) {
                return new Extracted(lead, List.of(), text);
            }
        }
        String whole = text.substring(start).replaceAll("[:.]\\s*$", "").trim();
        List<UnitMatch> named = units.matchName(whole);
        if (named.size() == 1 && named.get(0).status() == MatchStatus.MATCHED) {
            return new Extracted(named, List.of(), text);
        }
        UnitMatcher.Scan addressed = units.scan(text, f, start, len, false);
        if (!addressed.matches().isEmpty()) {
            return new Extracted(addressed.matches(), List.of(), text);
        }
        return new Extracted(List.of(), List.of(), text);
    }

    private int trimSuffix(String f, int from, int to) {
        int end = to;
        for (Pattern suffix : p.suffixes) {
            Matcher m = suffix.matcher(f).region(from, end);
            if (m.find()) {
                end = m.start();
            }
        }
        return end;
    }

    /**
     * The units of a span that should name units only (before "chủ trì" or a colon); null when
     * the span is not a unit expression at all (a colon inside a task's own sentence).
     */
    private List<UnitMatch> bounded(String text, String f, int from, int to) {
        String segment = text.substring(from, to).trim();
        if (segment.isEmpty()) {
            return null;
        }
        List<UnitMatch> whole = units.matchName(segment);
        if (!whole.isEmpty() && whole.stream().allMatch(m -> m.status() == MatchStatus.MATCHED || m.status() == MatchStatus.GROUP)) {
            return whole;
        }
        // Known units first; what is left of a span that only names units is one or more unknown names.
        UnitMatcher.Scan scan = units.scan(text, f, from, to, false);
        int leftoverStart = scan.anything() ? scan.end() : from;
        if (!scan.anything() && !p.unitHeads.matcher(f).region(from, to).lookingAt()) {
            return null;
        }
        List<UnitMatch> result = new ArrayList<>(scan.matches());
        for (String part : text.substring(leftoverStart, to).split("[,;]")) {
            String name = part.replaceAll("^[\\s.]+|[\\s.]+$", "").replaceFirst("^(?i)(và|va)\\s+", "");
            if (!name.isEmpty()) {
                result.addAll(units.matchName(name));
            }
        }
        return result;
    }

    String approvalLevel(String content) {
        String f = TextFold.fold(content);
        for (ImportPatterns.LevelPattern level : p.approvalLevels) {
            if (level.regex().matcher(f).find()) {
                return level.level();
            }
        }
        return null;
    }

    String expectedOutput(String content) {
        Matcher m = p.expectedOutputs.matcher(TextFold.fold(content));
        if (!m.find()) {
            return null;
        }
        String output = content.substring(m.start(1), m.end(1)).replaceAll("[\\s,;.:]+$", "").trim();
        if (output.length() > 500) {
            output = output.substring(0, 497) + "...";
        }
        return output.isEmpty() ? null : Character.toUpperCase(output.charAt(0)) + output.substring(1);
    }

    // ---- organisation: reporting duties ----

    private ReportingObligation obligation(Node node) {
        matched(node.firstLine);
        String text = node.text;
        String f = TextFold.fold(text);
        Extracted e = extract(text);
        List<UnitMatch> recipients = new ArrayList<>();
        Matcher r = p.reportRecipient.matcher(f);
        while (r.find()) {
            addDistinct(recipients, units.matchName(text.substring(r.start(1), r.end(1))).stream().map(this::body).toList());
        }
        List<UnitMatch> copyTo = new ArrayList<>();
        Matcher c = p.reportCopyTo.matcher(f);
        while (c.find()) {
            addDistinct(copyTo, units.matchName(text.substring(c.start(1), c.end(1))));
        }
        String kind;
        if (p.reportSupervision.matcher(f).find()) {
            kind = "SUPERVISION";
        } else if (p.reportPlan.matcher(f).find()) {
            kind = "IMPLEMENTATION_PLAN";
        } else if (p.reportConsolidated.matcher(f).find()) {
            kind = "CONSOLIDATED";
        } else if (p.report.matcher(f).find()) {
            kind = "PROGRESS";
        } else {
            kind = "OTHER";
        }
        String frequency = deadlines.parse(text).map(d -> d.recurrence() != null ? d.recurrence().name()
                : d.kind() == TaskKind.ONGOING ? "ONGOING" : "ONCE").orElse(null);
        if (frequency == null) {
            frequency = f.contains("dinh ky") ? "PERIODIC" : switch (kind) {
                case "IMPLEMENTATION_PLAN" -> "ONCE";
                case "SUPERVISION" -> "ONGOING";
                default -> null;
            };
        }
        for (UnitMatch m : concat(e.lead(), recipients, copyTo)) {
            if (!m.resolved() && m.status() != MatchStatus.BODY) {
                warnings.add(new Warning("UNIT_UNKNOWN", node.firstLine, node.code, "Nghĩa vụ báo cáo " + node.code + ": \""
                        + m.text() + "\" không có trong danh mục đơn vị."));
            }
        }
        return new ReportingObligation(node.code, kind, text, e.lead(), recipients, copyTo, frequency, node.firstLine, lastLine(node));
    }

    /** A recipient the catalogue does not hold but the patterns know as a body reports go to (Ban Thường vụ Tỉnh ủy...). */
    private UnitMatch body(UnitMatch m) {
        if (m.resolved()) {
            return m;
        }
        String folded = TextFold.fold(m.text()).trim().replaceAll("\\s+", " ");
        for (ImportPatterns.BodyPattern b : p.bodies) {
            if (b.regex().matcher(folded).matches()) {
                return new UnitMatch(m.text(), MatchStatus.BODY, null, null, b.name(), null, null, null, 1.0, List.of());
            }
        }
        return m;
    }

    /** Matching (units, deadlines) is the costly part: 20-100 % by source line. */
    private void matched(int line) {
        progress.accept(20 + 80 * Math.min(line, lastLine) / lastLine);
    }

    @SafeVarargs
    private static List<UnitMatch> concat(List<UnitMatch>... lists) {
        List<UnitMatch> all = new ArrayList<>();
        for (List<UnitMatch> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private static void addDistinct(List<UnitMatch> into, List<UnitMatch> found) {
        for (UnitMatch m : found) {
            boolean seen = into.stream().anyMatch(x -> x.ref() != null ? x.ref().equals(m.ref())
                    : TextFold.fold(x.text()).equals(TextFold.fold(m.text())));
            if (!seen) {
                into.add(m);
            }
        }
    }

    // ---- preamble: the directive and what it implements ----

    private ProposedDirective preamble(List<SourceParagraph> preamble, List<SourceParagraph> tail, List<Ref> refs,
            List<ImplementedDirective> chain) {
        boolean draft = false;
        String number = null;
        int kindIndex = -1;
        ImportPatterns.KindPattern kind = null;
        for (int i = 0; i < preamble.size(); i++) {
            String text = preamble.get(i).text();
            String folded = TextFold.fold(text).trim();
            if (p.draftMarker.matcher(folded).matches()) {
                draft = true;
                continue;
            }
            Matcher n = p.numberSymbol.matcher(folded);
            if (number == null && n.lookingAt()) {
                number = text.substring(n.start(1), n.end(1));
            }
            if (kindIndex < 0 && !text.isBlank() && text.equals(text.toUpperCase(Locale.ROOT))) {
                for (ImportPatterns.KindPattern k : p.directiveKinds) {
                    if (k.regex().matcher(folded).lookingAt()) {
                        kind = k;
                        kindIndex = i;
                        break;
                    }
                }
            }
        }
        if (draft) {
            warnings.add(new Warning("DRAFT", null, null, "Văn bản ghi là DỰ THẢO: kiểm tra đây là bản sẽ theo dõi."));
        }
        List<String> subtitle = new ArrayList<>();
        int firstLine = kindIndex >= 0 ? preamble.get(kindIndex).line() : (preamble.isEmpty() ? 1 : preamble.get(0).line());
        int lastLine = firstLine;
        int i = kindIndex + 1;
        if (kindIndex >= 0) {
            for (; i < preamble.size() && !preamble.get(i).text().isBlank(); i++) {
                subtitle.add(preamble.get(i).text());
                lastLine = preamble.get(i).line();
            }
        }
        SourceParagraph intro = null;
        for (; i < preamble.size(); i++) {
            if (!preamble.get(i).text().isBlank() && !p.draftMarker.matcher(TextFold.fold(preamble.get(i).text()).trim()).matches()) {
                intro = preamble.get(i);
                break;
            }
        }
        DirectiveKind directiveKind = kind == null ? DirectiveKind.ACTION_PROGRAM : DirectiveKind.valueOf(kind.kind());
        String label = kind == null ? "Chương trình hành động" : kind.label();
        String sub = String.join(" ", subtitle).trim();
        String title = sub.isEmpty() ? label : label + " " + Character.toLowerCase(sub.charAt(0)) + sub.substring(1);
        if (kind == null) {
            warnings.add(new Warning("NO_KIND", null, null, "Không thấy tên loại văn bản ở đầu văn bản: đề xuất Chương trình hành động."));
        }
        // The chain: the intro's first sentence ("Thực hiện Kết luận số 57-KL/TU ... về tiếp tục thực hiện Nghị quyết số 08-NQ/TU ...").
        String implementsNumber = null;
        SourceParagraph chainSource = intro;
        final int introLine = intro == null ? -1 : intro.line();
        List<Ref> chainRefs = refs.stream().filter(r -> r.line() == introLine).toList();
        if (chainRefs.isEmpty() && kindIndex >= 0) {
            int from = firstLine;
            int to = lastLine;
            chainRefs = refs.stream().filter(r -> r.line() >= from && r.line() <= to).toList();
            chainSource = null;
        }
        if (!chainRefs.isEmpty()) {
            String source = chainSource != null ? chainSource.text() : null;
            String sentenceEndText = source;
            List<String> parents = new ArrayList<>();
            for (int k = 0; k < chainRefs.size(); k++) {
                parents.add(null);
            }
            final int sentenceEnd = source == null ? Integer.MAX_VALUE : indexOrEnd(source, ';', chainRefs.get(0).end());
            List<Ref> inSentence = chainRefs.stream().filter(r -> r.start() < sentenceEnd).toList();
            for (int k = 1; k < inSentence.size(); k++) {
                Ref prev = inSentence.get(k - 1);
                Ref cur = inSentence.get(k);
                String between = source == null ? "" : TextFold.fold(source.substring(prev.end(), cur.start())).trim();
                if (source == null || p.implementsMarker.matcher(between).find()) {
                    parents.set(k - 1, cur.number());
                }
            }
            Map<String, LocalDate> dates = majorityDates(refs);
            for (int k = 0; k < inSentence.size(); k++) {
                Ref ref = inSentence.get(k);
                String about = source == null ? null : about(source, ref.end(), sentenceEnd);
                chain.add(new ImplementedDirective(kindOf(ref.kindWords()), ref.number(), dates.get(key(ref.number())), ref.body(),
                        about, parents.get(k), ref.line(), null));
            }
            implementsNumber = inSentence.get(0).number();
            if (sentenceEndText == null) {
                warnings.add(new Warning("NO_INTRO", null, null, "Không thấy đoạn mở đầu \"Thực hiện ...\": văn bản được triển khai lấy từ tiêu đề."));
            }
        } else {
            warnings.add(new Warning("NO_IMPLEMENTED", null, null, "Không thấy văn bản mà chương trình triển khai (\"Thực hiện Kết luận số ... ngày ...\")."));
        }
        String issuingBody = issuingBody(intro, tail);
        return new ProposedDirective(directiveKind, number, title.length() > 1000 ? title.substring(0, 1000) : title, issuingBody,
                null, intro == null ? null : intro.text(), draft, implementsNumber, firstLine, lastLine);
    }

    private static int indexOrEnd(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? text.length() : i;
    }

    /** "về ..." right after a reference (a parenthesis like "(khóa XVIII)" may come between), to the sentence's end. */
    private static String about(String text, int from, int sentenceEnd) {
        String rest = text.substring(from, Math.max(from, sentenceEnd));
        String trimmed = rest.replaceFirst("^\\s*,?\\s*(\\([^)]*\\)\\s*)?", "");
        String folded = TextFold.fold(trimmed);
        if (!folded.startsWith("ve ")) {
            return null;
        }
        return trimmed.replaceAll("[\\s,;.:]+$", "").trim();
    }

    private String issuingBody(SourceParagraph intro, List<SourceParagraph> tail) {
        if (intro != null) {
            String folded = TextFold.fold(intro.text());
            Matcher m = p.issuingBody.get(0).matcher(folded);
            if (m.find()) {
                return intro.text().substring(m.start(1), m.end(1)).trim();
            }
        }
        for (SourceParagraph sp : tail) {
            String folded = TextFold.fold(sp.text().trim());
            for (Pattern pattern : p.issuingBody) {
                Matcher m = pattern.matcher(folded);
                if (m.find()) {
                    String body = sp.text().trim().substring(m.start(1), m.end(1)).trim();
                    return body.isEmpty() ? null : body.substring(0, 1) + body.substring(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        warnings.add(new Warning("NO_ISSUING_BODY", null, null, "Không xác định được cơ quan ban hành: hãy nhập."));
        return null;
    }

    private DirectiveKind kindOf(String words) {
        String folded = TextFold.fold(words);
        for (ImportPatterns.KindPattern k : p.directiveKinds) {
            if (k.regex().matcher(folded).matches()) {
                return DirectiveKind.valueOf(k.kind());
            }
        }
        return DirectiveKind.RESOLUTION;
    }

    private List<Ref> references(List<SourceParagraph> paragraphs) {
        List<Ref> refs = new ArrayList<>();
        for (SourceParagraph sp : paragraphs) {
            String text = sp.text();
            Matcher m = p.directiveReference.matcher(TextFold.fold(text));
            while (m.find()) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
                    String body = m.group(6) == null ? null : text.substring(m.start(6), m.end(6)).trim();
                    refs.add(new Ref(text.substring(m.start(1), m.end(1)), text.substring(m.start(2), m.end(2)), date, body,
                            m.start(), m.end(), sp.line()));
                } catch (java.time.DateTimeException e) {
                    warnings.add(new Warning("BAD_DATE", sp.line(), null, "Ngày không hợp lệ ở dòng " + sp.line() + ": " + m.group()));
                }
            }
        }
        return refs;
    }

    private static String key(String number) {
        return TextFold.fold(number);
    }

    /** One date per document number: the one written most often; a disagreement is a warning. */
    private Map<String, LocalDate> majorityDates(List<Ref> refs) {
        Map<String, Map<LocalDate, Integer>> counts = new LinkedHashMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (Ref r : refs) {
            counts.computeIfAbsent(key(r.number()), k -> new LinkedHashMap<>()).merge(r.date(), 1, Integer::sum);
            numbers.putIfAbsent(key(r.number()), r.number());
        }
        Map<String, LocalDate> result = new HashMap<>();
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
        counts.forEach((number, byDate) -> {
            LocalDate best = byDate.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            result.put(number, best);
            if (byDate.size() > 1) {
                List<String> seen = byDate.entrySet().stream().map(e -> e.getKey().format(dmy) + " (" + e.getValue() + " lần)").toList();
                warnings.add(new Warning("DATE_CONFLICT", null, null, "Văn bản số " + numbers.get(number) + " được ghi với các ngày khác nhau: "
                        + String.join(", ", seen) + "; đề xuất ngày " + best.format(dmy) + "."));
            }
        });
        return result;
    }
}
