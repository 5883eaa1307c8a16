package dev.dossier.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorResolutionEvaluationTest {

    @Test
    void readsPhrasesCountriesAndAcceptableRoles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.tsv");
        Files.writeString(file, String.join("\n",
                "test\tmethod\tactor_text\tcontext\tdate\texp_country\texp_code_1\texp_code_2\texp_wiki_title\tother_expect\tmarks",
                "a\tagent_to_code\tPresident Kassym-Jomart Tokayev\t\tToday\tKAZ\tGOV\t\t\t\t",
                "b\tagent_to_code\tHezbollah\t\t\tLBN\t\t\t\t{\"code_1 In\": [\"PTY\", \"REB\"]}\t",
                "c\tagent_to_code\tthe ruling party\tMongolian\t\tMNG\t????\t\t\t\t",
                ""));
        List<ActorResolutionEvaluation.Row> rows = ActorResolutionEvaluation.read(file);
        assertEquals(3, rows.size());
        assertEquals("KAZ", rows.get(0).country());
        assertEquals(Set.of("GOV"), rows.get(0).roles());
        assertEquals(Set.of("PTY", "REB"), rows.get(1).roles());
        assertEquals("Mongolian", rows.get(2).context());
        assertTrue(rows.get(2).roles().isEmpty(), "'????' is no role");
        assertEquals(4, rows.get(2).line());
        assertEquals(null, rows.get(0).date(), "'Today' is no date");
    }

    @Test
    void aRowsDateIsReadInTheFormsTheTableWritesAndTodayIsNoDate() {
        assertEquals(java.time.LocalDate.of(2022, 1, 10), ActorResolutionEvaluation.date("2022-01-10"));
        assertEquals(java.time.LocalDate.of(2015, 5, 10), ActorResolutionEvaluation.date("10 May 2015"));
        assertEquals(java.time.LocalDate.of(2021, 7, 1), ActorResolutionEvaluation.date("1 july 2021"));
        assertEquals(java.time.LocalDate.of(2021, 10, 1), ActorResolutionEvaluation.date("October 1, 2021"));
        assertEquals(null, ActorResolutionEvaluation.date("Today"));
        assertEquals(null, ActorResolutionEvaluation.date(""));
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "phrase\tcountry\nx\tRUS\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorResolutionEvaluation.read(file));
        assertTrue(e.getMessage().contains("bad.tsv") && e.getMessage().contains("actor_text"), e.getMessage());
    }
}
