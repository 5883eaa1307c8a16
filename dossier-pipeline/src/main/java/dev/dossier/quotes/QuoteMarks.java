package dev.dossier.quotes;

import dev.dossier.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches of text between quotation marks: curly double marks, straight double marks, doubled single marks
 * ({@code ''...''} and {@code ``...''}, as some newspapers' archives write them) and curly single marks around a
 * phrase. Straight single marks are not used: they cannot be told from apostrophes. Each kind of mark is paired on
 * its own, so a curly quotation inside a straight one is found as well.
 *
 * <p>News continues a quote over several paragraphs by opening each paragraph with a mark and closing only the last;
 * a quote left open at a paragraph break therefore ends there when the next paragraph opens with the same mark. One
 * left open otherwise is a stray mark and yields nothing. Stretches that cross each other are dropped.
 */
final class QuoteMarks {

    /**
     * One quoted stretch.
     *
     * @param outer the stretch with its marks
     * @param inner the words between the marks
     */
    record Stretch(Span outer, Span inner) {
    }

    private static final String STRAIGHT = "\"";
    private static final String DOUBLED = "''";

    private QuoteMarks() {
    }

    static List<Stretch> find(String text) {
        List<Stretch> all = new ArrayList<>();
        all.addAll(pairs(text, "\u201C", "\u201D"));
        all.addAll(pairs(text, "``", DOUBLED));
        all.addAll(toggles(text, STRAIGHT));
        all.addAll(toggles(text, DOUBLED));
        all.addAll(singleCurly(text, all));
        List<Stretch> kept = new ArrayList<>();
        for (Stretch s : all) {
            boolean crossing = all.stream().anyMatch(o -> o != s && o.outer().overlaps(s.outer())
                    && !o.outer().contains(s.outer()) && !s.outer().contains(o.outer()));
            if (!crossing && kept.stream().noneMatch(k -> k.outer().equals(s.outer()))) {
                kept.add(s);
            }
        }
        kept.sort((a, b) -> a.outer().compareTo(b.outer()));
        return kept;
    }

    /** Stretches between distinct opening and closing marks. */
    private static List<Stretch> pairs(String text, String open, String close) {
        List<Stretch> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf(open, i)) >= 0) {
            int from = i + open.length();
            int closeAt = text.indexOf(close, from);
            int reopen = text.indexOf(open, from);
            int paragraph = text.indexOf('\n', from);
            if (closeAt >= 0 && (reopen < 0 || closeAt < reopen) && (paragraph < 0 || closeAt < paragraph)) {
                add(out, text, i, open.length(), closeAt, close.length());
                i = closeAt + close.length();
            } else if (paragraph >= 0 && (reopen < 0 || paragraph < reopen) && continues(text, paragraph, open)) {
                add(out, text, i, open.length(), paragraph, 0);
                i = paragraph;
            } else {
                i = from; // an opening mark that never closes in its paragraph is not a quotation
            }
        }
        return out;
    }

    /** Stretches between alternating occurrences of one mark, within a paragraph. */
    private static List<Stretch> toggles(String text, String mark) {
        List<Stretch> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int open = -1;
            int i = paragraphStart;
            while ((i = text.indexOf(mark, i)) >= 0 && i < paragraphEnd) {
                if (open < 0) {
                    open = i;
                } else {
                    add(out, text, open, mark.length(), i, mark.length());
                    open = -1;
                }
                i += mark.length();
            }
            if (open >= 0 && continues(text, paragraphEnd, mark)) {
                add(out, text, open, mark.length(), paragraphEnd, 0);
            }
            paragraphStart = paragraphEnd + 1;
        }
        return out;
    }

    /** True when the paragraph after the line break at {@code newline} opens with {@code mark}. */
    private static boolean continues(String text, int newline, String mark) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && text.startsWith(mark, j);
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static void add(List<Stretch> out, String text, int open, int openLength, int end, int closeLength) {
        int innerStart = open + openLength;
        int innerEnd = Math.max(innerStart, trimEnd(text, end));
        if (innerEnd - innerStart < 1) {
            return;
        }
        out.add(new Stretch(new Span(open, Math.max(innerEnd, end + closeLength)), new Span(innerStart, innerEnd)));
    }

    /** Phrases in curly single marks: an opening mark after a space, a closing mark not followed by a letter. */
    private static List<Stretch> singleCurly(String text, List<Stretch> doubles) {
        List<Stretch> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('\u2018', i)) >= 0) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i + 1;
            int close = -1;
            while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\u2018') {
                if (text.charAt(j) == '\u2019' && (j + 1 >= text.length() || !Character.isLetter(text.charAt(j + 1)))) {
                    close = j;
                    break;
                }
                j++;
            }
            if (close > i + 1) {
                Span outer = new Span(i, close + 1);
                boolean nested = doubles.stream().anyMatch(d -> d.outer().overlaps(outer));
                if (!nested) {
                    out.add(new Stretch(outer, new Span(i + 1, close)));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
