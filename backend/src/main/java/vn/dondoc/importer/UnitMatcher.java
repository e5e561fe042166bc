package vn.dondoc.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.dondoc.importer.Proposal.Candidate;
import vn.dondoc.importer.Proposal.MatchStatus;
import vn.dondoc.importer.Proposal.UnitMatch;
import vn.dondoc.unit.UnitType;

/**
 * Finds the units a phrase names in the catalogue: by a canonical form (folded, abbreviations
 * expanded, "tỉnh" suffix optional), then by edit distance for small typos. Groups ("các sở, ban,
 * ngành, địa phương") map to unit groups, collective phrases ("các đơn vị liên quan") to nothing.
 * What it cannot place is returned as UNKNOWN with the nearest candidates: never guessed silently.
 */
public final class UnitMatcher {

    public record CatalogueUnit(long id, String code, String name, String shortName, UnitType type) {
    }

    public record CatalogueGroup(long id, String code, String name) {
    }

    /** Units found from a position of a text: the matches (collectives omitted) and where they end. */
    record Scan(List<UnitMatch> matches, int end, boolean anything) {
    }

    private record Alias(String canonical, CatalogueUnit unit) {
    }

    private static final int MAX_TOKENS = 12;

    private final ImportPatterns p;
    private final Map<String, CatalogueUnit> exact = new HashMap<>();
    private final List<Alias> aliases = new ArrayList<>();
    private final Map<String, CatalogueGroup> groups = new LinkedHashMap<>();
    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

    public UnitMatcher(ImportPatterns patterns, List<CatalogueUnit> units, List<CatalogueGroup> groupList) {
        this.p = patterns;
        groupList.forEach(g -> groups.put(g.code(), g));
        for (CatalogueUnit u : units) {
            for (String name : new String[] { u.name(), u.shortName(), u.code() }) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                String full = canonical(TextFold.fold(name), false);
                addAlias(full, u);
                String dropped = canonical(TextFold.fold(name), true);
                // "UBND tỉnh" without "tỉnh" would be any People's Committee: a bare generic name is no alias.
                if (!dropped.equals(full) && !p.abbreviations.containsValue(dropped)) {
                    addAlias(dropped, u);
                }
            }
        }
    }

    private void addAlias(String canonical, CatalogueUnit u) {
        if (canonical.isBlank()) {
            return;
        }
        exact.putIfAbsent(canonical, u);
        aliases.add(new Alias(canonical, u));
    }

    /** Folded name → comparable form: abbreviations expanded, punctuation gone, optionally without "tỉnh". */
    String canonical(String folded, boolean dropSuffix) {
        StringBuilder out = new StringBuilder();
        for (String token : folded.trim().split("\\s+")) {
            String expansion = p.abbreviations.get(token);
            if (expansion == null && token.endsWith(".")) {
                expansion = p.abbreviations.get(token.substring(0, token.length() - 1));
            }
            out.append(' ').append(expansion != null ? expansion : token);
        }
        String s = " " + out.toString().replaceAll("[^a-z0-9]+", " ") + " ";
        for (String drop : p.unitNameDropWords) {
            s = s.replace(" " + drop + " ", " ");
        }
        s = s.replaceAll("\\s+", " ").trim();
        if (dropSuffix) {
            s = p.unitNameDropSuffix.matcher(s).replaceAll("").trim();
        }
        return s;
    }

    /** One bounded name ("Sở Công Thương", "So Cong Thuog", "BQL KKT") to catalogue units or groups. */
    public List<UnitMatch> matchName(String original) {
        String text = original.trim();
        String folded = TextFold.fold(text);
        for (ImportPatterns.GroupPattern g : p.unitGroups) {
            if (g.regex().matcher(folded).matches()) {
                return groupMatches(text, g);
            }
        }
        for (java.util.regex.Pattern c : p.collectives) {
            if (c.matcher(folded).matches()) {
                return List.of();
            }
        }
        return List.of(single(text, folded));
    }

    private UnitMatch single(String text, String folded) {
        String canon = canonical(folded, false);
        CatalogueUnit hit = exact.get(canon);
        if (hit == null) {
            hit = exact.get(canonical(folded, true));
        }
        if (hit != null) {
            return matched(text, hit, 1.0, MatchStatus.MATCHED);
        }
        List<Candidate> ranked = rank(canon);
        Candidate best = ranked.isEmpty() ? null : ranked.get(0);
        if (best != null && best.confidence() >= p.matchedThreshold) {
            CatalogueUnit u = aliases.stream().filter(a -> a.unit().id() == best.unitId()).findFirst().orElseThrow().unit();
            return new UnitMatch(text, MatchStatus.MATCHED, u.id(), u.code(), u.name(), null, null, null, best.confidence(),
                    ranked.subList(0, Math.min(3, ranked.size())));
        }
        MatchStatus status = best != null && best.confidence() >= p.unsureThreshold ? MatchStatus.UNSURE : MatchStatus.UNKNOWN;
        return new UnitMatch(text, status, null, null, null, null, null, null,
                best == null ? 0 : best.confidence(), ranked.subList(0, Math.min(3, ranked.size())));
    }

    /** Catalogue units by similarity to a canonical name, best first, one entry per unit. */
    private List<Candidate> rank(String canon) {
        Map<Long, Candidate> best = new HashMap<>();
        for (Alias a : aliases) {
            double score = similarity(canon, a.canonical());
            Candidate c = best.get(a.unit().id());
            if (c == null || c.confidence() < score) {
                best.put(a.unit().id(), new Candidate(a.unit().id(), a.unit().code(), a.unit().name(), score));
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparing(Candidate::code)).toList();
    }

    double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        double ratio = 1.0 - (double) levenshtein.apply(a, b) / max;
        return Math.round(ratio * 100) / 100.0;
    }

    private UnitMatch matched(String text, CatalogueUnit u, double confidence, MatchStatus status) {
        return new UnitMatch(text, status, u.id(), u.code(), u.name(), null, null, null, confidence, List.of());
    }

    private List<UnitMatch> groupMatches(String text, ImportPatterns.GroupPattern g) {
        List<UnitMatch> result = new ArrayList<>();
        for (String code : g.groups()) {
            CatalogueGroup group = groups.get(code);
            if (group == null) {
                result.add(new UnitMatch(text, MatchStatus.UNKNOWN, null, null, null, null, code, null, 0, List.of()));
            } else {
                result.add(new UnitMatch(text, MatchStatus.GROUP, null, null, null, group.id(), group.code(), group.name(), 1.0,
                        List.of()));
            }
        }
        return result;
    }

    /**
     * Reads a list of units from {@code from}: groups, catalogue names (longest first, then close
     * ones), collectives, separated by commas, semicolons and "và"; stops at the first word that
     * starts none of them. With {@code allowUnknown}, a phrase that starts like a unit ("Sở ...",
     * "Ban ...") but is not in the catalogue is read up to the next verb and returned as UNKNOWN.
     */
    Scan scan(String text, String folded, int from, int limit, boolean allowUnknown) {
        List<UnitMatch> found = new ArrayList<>();
        int pos = from;
        int end = from;
        boolean anything = false;
        while (pos < limit) {
            Matcher sep = p.separators.matcher(folded).region(pos, limit);
            int q = sep.lookingAt() ? sep.end() : pos;
            if (q >= limit) {
                break;
            }
            int bestEnd = -1;
            List<UnitMatch> bestMatches = null;
            for (ImportPatterns.GroupPattern g : p.unitGroups) {
                Matcher m = g.regex().matcher(folded).region(q, limit);
                if (m.lookingAt() && boundary(folded, m.end(), limit) && m.end() > bestEnd) {
                    bestEnd = m.end();
                    bestMatches = groupMatches(text.substring(q, m.end()), g);
                }
            }
            for (java.util.regex.Pattern c : p.collectives) {
                Matcher m = c.matcher(folded).region(q, limit);
                if (m.lookingAt() && boundary(folded, m.end(), limit) && m.end() > bestEnd) {
                    bestEnd = m.end();
                    bestMatches = List.of();
                }
            }
            List<int[]> tokens = tokens(folded, q, limit);
            for (int k = tokens.size(); k >= 1; k--) {
                int tEnd = tokens.get(k - 1)[1];
                if (tEnd <= bestEnd) {
                    break;
                }
                String window = folded.substring(q, tEnd);
                CatalogueUnit hit = exact.get(canonical(window, false));
                if (hit != null) {
                    bestEnd = tEnd;
                    bestMatches = List.of(matched(text.substring(q, tEnd), hit, 1.0, MatchStatus.MATCHED));
                    break;
                }
            }
            if (bestMatches == null) {
                // Close names (typos): the window of 2..8 words most like a catalogue name.
                UnitMatch fuzzy = null;
                int fuzzyEnd = -1;
                for (int k = Math.min(tokens.size(), 8); k >= 2; k--) {
                    int tEnd = tokens.get(k - 1)[1];
                    UnitMatch m = single(text.substring(q, tEnd), folded.substring(q, tEnd));
                    if (m.status() == MatchStatus.MATCHED && (fuzzy == null || m.confidence() > fuzzy.confidence())) {
                        fuzzy = m;
                        fuzzyEnd = tEnd;
                    }
                }
                if (fuzzy != null) {
                    bestEnd = fuzzyEnd;
                    bestMatches = List.of(fuzzy);
                }
            }
            if (bestMatches == null && allowUnknown && p.unitHeads.matcher(folded).region(q, limit).lookingAt()) {
                int uEnd = unknownEnd(folded, tokens);
                if (uEnd > q) {
                    bestEnd = uEnd;
                    bestMatches = List.of(single(text.substring(q, uEnd), folded.substring(q, uEnd)));
                }
            }
            if (bestMatches == null) {
                break;
            }
            found.addAll(bestMatches);
            anything = true;
            pos = bestEnd;
            end = bestEnd;
        }
        return new Scan(found, end, anything);
    }

    /** An unknown unit's name runs to the first stop word ("chủ trì", "tham mưu"...) or "và", at most 8 words. */
    private int unknownEnd(String folded, List<int[]> tokens) {
        int end = -1;
        for (int i = 0; i < tokens.size() && i < 8; i++) {
            String rest = folded.substring(tokens.get(i)[0]);
            // The word right after the head belongs to the name ("Sở Xây dựng" is no "xây dựng").
            if (i > 1) {
                boolean stop = rest.startsWith("va ");
                for (String s : p.unitStopWords) {
                    if (rest.startsWith(s + " ") || rest.equals(s)) {
                        stop = true;
                    }
                }
                if (stop) {
                    break;
                }
            }
            end = tokens.get(i)[1];
        }
        return end;
    }

    /** Words from {@code from} up to a comma, semicolon, colon or bracket: [start, end) offsets. */
    private static List<int[]> tokens(String folded, int from, int limit) {
        List<int[]> tokens = new ArrayList<>();
        int i = from;
        while (i < limit && tokens.size() < MAX_TOKENS) {
            char c = folded.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                break;
            }
            if (c == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < limit && " ,;:()".indexOf(folded.charAt(i)) < 0) {
                i++;
            }
            // A sentence's full stop is not part of the last word ("tp." keeps its own).
            int end = i;
            if (end - start > 3 && folded.charAt(end - 1) == '.') {
                end--;
            }
            tokens.add(new int[] { start, end });
        }
        return tokens;
    }

    private static boolean boundary(String folded, int end, int limit) {
        return end >= limit || !Character.isLetterOrDigit(folded.charAt(end));
    }
}
