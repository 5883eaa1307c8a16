package dev.dossier.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteMarksTest {

    private static List<String> inner(String text) {
        return QuoteMarks.find(text).stream().map(s -> s.inner().of(text)).toList();
    }

    @Test
    void curlyStraightAndDoubledSingleMarks() {
        assertEquals(List.of("many signals"), inner("Russia is receiving \u201Cmany signals\u201D from the US."));
        assertEquals(List.of("We agree,"), inner("\"We agree,\" he said."));
        assertEquals(List.of("We agree,"), inner("''We agree,'' he said."));
    }

    @Test
    void outerSpanHoldsTheMarks() {
        String text = "He said \u201Cyes\u201D.";
        QuoteMarks.Stretch s = QuoteMarks.find(text).get(0);
        assertEquals("\u201Cyes\u201D", s.outer().of(text));
    }

    @Test
    void quoteContinuedOverParagraphs() {
        String text = "\u201CFirst paragraph.\n\u201CSecond paragraph,\u201D he said.";
        assertEquals(List.of("First paragraph.", "Second paragraph,"), inner(text));
    }

    @Test
    void strayMarkYieldsNothing() {
        assertEquals(List.of(), inner("He said \u201Cyes and left.\nThe end."));
        assertEquals(List.of(), inner("A \"stray mark.\nNext paragraph."));
    }

    @Test
    void curlySinglePhraseButNotApostrophes() {
        assertEquals(List.of("in Their Heads"), inner("It\u2019s \u2018in Their Heads\u2019 for voters"));
        assertEquals(List.of(), inner("Putin\u2019s aide and Trump\u2019s envoy"));
    }

    @Test
    void curlyInsideStraightIsFoundToo() {
        assertEquals(List.of("He called it \u201Cnonsense\u201D today", "nonsense"),
                inner("\"He called it \u201Cnonsense\u201D today\" she wrote."));
    }
}
