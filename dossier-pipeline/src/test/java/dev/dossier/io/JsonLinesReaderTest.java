package dev.dossier.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {

    private static final String TEXT = "The two governments said they would resume talks on the border next month.";

    @Test
    void readsGoodLinesAndRejectsBadOnesWithTheirLineNumbers() {
        String input = String.join("\n",
                "{\"id\":\"a\",\"title\":\"T\",\"text\":\"" + TEXT + "\",\"published\":\"2025-11-16\",\"source\":\"Wire\"}",
                "{\"id\":\"b\",\"text\":\"" + TEXT + "\",\"published\":\"yesterday\"}",
                "{not json",
                "",
                "{\"id\":\"c\",\"published\":\"2025-11-16\"}",
                "[1,2]",
                "{\"id\":\"d\",\"text\":\"   \",\"published\":\"2025-11-16\"}",
                "{\"id\":\"e\",\"text\":\"" + TEXT + "\",\"published\":\"2025-11-17\"}");
        List<ArticleSource> out = new JsonLinesReader(InputLimits.defaults())
                .lines("in.jsonl", new BufferedReader(new StringReader(input))).toList();
        assertEquals(7, out.size());
        var a = assertInstanceOf(ArticleSource.Accepted.class, out.get(0));
        assertEquals("Wire", a.article().source());
        assertEquals("2025-11-16", a.article().published().toString());
        var b = assertInstanceOf(ArticleSource.Rejected.class, out.get(1));
        assertTrue(b.input().equals("in.jsonl:2 (id b)") && b.reason().contains("not a date"), b.toString());
        var c = assertInstanceOf(ArticleSource.Rejected.class, out.get(2));
        assertTrue(c.input().equals("in.jsonl:3") && c.reason().contains("malformed JSON"), c.toString());
        assertTrue(assertInstanceOf(ArticleSource.Rejected.class, out.get(3)).reason().contains("no 'text'"));
        assertTrue(assertInstanceOf(ArticleSource.Rejected.class, out.get(4)).reason().contains("not a JSON object"));
        assertTrue(assertInstanceOf(ArticleSource.Rejected.class, out.get(5)).reason().contains("empty"));
        assertEquals("e", assertInstanceOf(ArticleSource.Accepted.class, out.get(6)).article().id());
    }
}
