package dev.dossier.events;

import dev.dossier.model.EventStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped data tables load, hold together, and report bad entries with file and line. */
class OntologyDataTest {

    private static List<DataLines.Line> lines(String name, String content) {
        return DataLines.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCameoTableHasAllRootsWithConsistentQuadClasses() {
        CameoOntology cameo = CameoOntology.standard();
        Set<String> roots = cameo.all().stream().map(CameoCode::root).collect(Collectors.toSet());
        assertEquals(20, roots.size());
        assertTrue(cameo.all().size() > 300, "codes: " + cameo.all().size());
        for (CameoCode c : cameo.all()) {
            assertEquals(CameoCode.quadClassOfRoot(Integer.parseInt(c.root())), c.quadClass(), c.code());
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
            assertFalse(c.plover().type().isEmpty(), c.code());
        }
        assertEquals(2, cameo.get("061").quadClass());
        assertEquals(3, cameo.get("112").quadClass());
        assertEquals(4, cameo.get("163").quadClass());
        assertEquals("Express intent to meet or negotiate", cameo.get("036").name());
        assertEquals("042", cameo.get("0429").code(), "an unknown 4-digit code falls back to its base");
    }

    @Test
    void badCameoLinesAreReportedWithFileAndLine() {
        EventDataException e = assertThrows(EventDataException.class, () -> CameoOntology.parse(lines("t.tsv",
                "# comment\n04\t1\t1.0\tCONSULT\t-\t-\tConsult\n040\t3\t1.0\tCONSULT\t-\t-\tConsult\n21\t4\tx\tA\t-\t-\tN\n")));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("t.tsv:3:"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("t.tsv:4:"), e.problems().get(1));
    }

    @Test
    void ourCameoTableAgreesWithTheReferenceTables() throws IOException {
        Path shared = Path.of(System.getProperty("dossier.shared", "../shared"), "gold", "events");
        Path names = shared.resolve("cameo_codes.csv");
        Path goldstein = shared.resolve("CAMEO.goldsteinscale.txt");
        assumeTrue(Files.exists(names) && Files.exists(goldstein), "reference tables not present");
        CameoOntology cameo = CameoOntology.standard();
        Map<String, Double> scores = new HashMap<>();
        for (String line : Files.readAllLines(goldstein)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[0].matches("\\d+")) {
                scores.put(f[0], Double.parseDouble(f[1]));
            }
        }
        int codes = 0;
        for (String line : Files.readAllLines(names)) {
            String code = line.split(",")[0].trim();
            if (!code.matches("\\d{2,4}")) {
                continue;
            }
            codes++;
            assertTrue(cameo.contains(code), "missing CAMEO code " + code);
            if (scores.containsKey(code)) {
                assertEquals(scores.get(code), cameo.get(code).goldstein(), 1e-9, "Goldstein of " + code);
            }
        }
        assertEquals(codes, cameo.all().size());
    }

    @Test
    void patternsAndCuesLoadAndReportBadEntries() {
        EventPatterns p = EventPatterns.standard();
        assertFalse(p.verb("praise").isEmpty());
        assertEquals("163", p.noun("sanction").getFirst().code());
        assertTrue(p.noun("meeting").getFirst().symmetric());
        EventDataException e = assertThrows(EventDataException.class, () -> EventPatterns.parse(lines("p.tsv",
                "999\tverb\tfoo\n051\tadverb\tfoo\n051\tverb\tpraise\tloud\n051\tverb\tPraise!\n"),
                CameoOntology.standard()));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("p.tsv:1:"));

        EventCues cues = EventCues.standard();
        assertTrue(cues.light().contains("hold"));
        assertTrue(cues.of(EventStatus.POSTPONED).contains("postpone"));
        assertEquals("036", cues.intentCode().get("04"));
        assertThrows(EventDataException.class, () -> EventCues.parse(lines("c.tsv", "colour\tred\n"),
                CameoOntology.standard()));
    }

    @Test
    void actCodesGoByTheActsWordThenTheLongestPrefixOfItsCode() {
        EventCues cues = EventCues.standard();
        assertEquals("0253", cues.act("0841", "release").appeal(), "release of persons");
        assertEquals("1056", cues.act("0871", "ceasefire").demand(), "a ceasefire is a de-escalation");
        assertEquals("125", cues.act("046", "talks").reject(), "negotiations fall under meeting");
        assertEquals("1041", cues.act(null, "resign").demand(), "a word no pattern codes");
        assertNull(cues.act("190", "attack"), "an attack asked for refines nothing");
        assertNull(cues.act(null, "weather"));
        assertEquals("012", cues.moods().get("concerned"));
        assertTrue(cues.reporting().contains("accuse"));
        assertTrue(cues.statement().contains("tell"));
        EventDataException e = assertThrows(EventDataException.class, () -> EventCues.parse(lines("c.tsv",
                "act-code\t04\t026\t106\nact-code\t4x\t026\t106\t125\nact-word\tquit\t106\t026\t125\n"
                        + "mood\t112\tangry\n"), CameoOntology.standard()));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("c.tsv:4:"), e.getMessage());
    }

    @Test
    void theGazetteerFindsPlacesIgnoringCaseAndAccents() {
        Gazetteer g = Gazetteer.standard();
        assertEquals("HUN", g.find("Budapest").orElseThrow().country());
        assertEquals("capital", g.find("Budapest").orElseThrow().kind());
        assertEquals("COL", g.find("BOGOTÁ").orElseThrow().country());
        assertEquals("UKR", g.find("Kiev").orElseThrow().country());
        assertEquals("country", g.find("Syria").orElseThrow().kind());
        assertTrue(g.find("Atlantis").isEmpty());
    }
}
