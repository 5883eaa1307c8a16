package dev.dossier.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that decide whether bytes or a string can be analysed as an English news article. */
public final class TextChecks {

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "on", "was", "with", "as", "by", "it", "he", "said", "at", "from", "his", "has", "have",
            "are", "be", "an", "not", "this", "they", "were", "which", "will", "its", "but", "had", "after", "who");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private TextChecks() {
    }

    /**
     * Decodes UTF-8 strictly (a leading byte-order mark is dropped) after checking size and binary content. Text
     * that starts with a UTF-16 byte-order mark (as Windows editors save "Unicode") is decoded as UTF-16.
     */
    public static String decode(String input, byte[] bytes, InputLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new InputException(input, String.format(Locale.ROOT,
                    "is %.1f MB, over the %.1f MB limit for one article; split it into articles, or raise the limit "
                            + "with --max-bytes", bytes.length / 1048576.0, limits.maxBytes() / 1048576.0));
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return utf16(input, bytes);
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(input, "looks like a binary file (it contains NUL bytes), not text");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (bytes.length > 0 && controls * 20 > bytes.length) {
            throw new InputException(input, "looks like a binary file (" + controls + " control bytes), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String s = chars.toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new InputException(input, "is not valid UTF-8 (bad byte at offset " + in.position()
                    + "); convert it first, e.g. iconv -f windows-1252 -t utf-8");
        } catch (CharacterCodingException e) {
            throw new InputException(input, "is not valid UTF-8: " + e.getMessage());
        }
    }

    private static String utf16(String input, byte[] bytes) {
        boolean big = (bytes[0] & 0xFF) == 0xFE;
        CharsetDecoder decoder = (big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
        String s;
        try {
            s = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(input, "starts with a UTF-16 byte-order mark but is not valid UTF-16 (bad bytes "
                    + "at offset " + in.position() + "); save it as UTF-8");
        }
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new InputException(input, "looks like a binary file (it contains NUL characters), not text");
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls * 20 > s.length()) {
            throw new InputException(input, "looks like a binary file (" + controls + " control characters), not text");
        }
        return s;
    }

    /** Fails when the text is empty or, with the language check on, clearly not English. */
    public static void checkArticleText(String input, String text, InputLimits limits) {
        if (text == null || text.isBlank()) {
            throw new InputException(input, "is empty: there is no text to analyse");
        }
        if (text.length() > limits.maxBytes()) {
            throw new InputException(input, "has " + text.length() + " characters, over the limit of "
                    + limits.maxBytes() + " for one article");
        }
        if (limits.checkLanguage()) {
            int words = 0;
            int english = 0;
            int letters = 0;
            int latin = 0;
            Matcher m = WORD.matcher(text);
            while (m.find() && words < 2000) {
                String w = m.group().toLowerCase(Locale.ROOT);
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                    english++;
                }
                for (int i = 0; i < w.length(); i++) {
                    letters++;
                    if (w.charAt(i) < 0x250) {
                        latin++;
                    }
                }
            }
            boolean notLatin = letters >= 40 && latin * 2 < letters;
            boolean fewEnglishWords = words >= 40 && english * 100 < words * 6;
            if (notLatin || fewEnglishWords) {
                throw new InputException(input, "does not look like English (" + english + " common English words in "
                        + words + "); Dossier's models analyse English only");
            }
        }
    }

    /** Parses a publication date given as {@code YYYY-MM-DD}, with a message that names the input when it is wrong. */
    public static LocalDate parseDate(String input, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InputException(input, field + " is missing: give the publication date as YYYY-MM-DD");
        }
        String v = value.trim();
        Matcher m = ISO_DATE.matcher(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        if (!m.matches()) {
            throw new InputException(input, field + " '" + value + "' is not a date: use YYYY-MM-DD, e.g. 2025-11-16");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InputException(input, field + " '" + value + "' is not a calendar date (" + e.getMessage() + ")");
        }
        if (date.getYear() < 1800 || date.isAfter(LocalDate.now().plusDays(2))) {
            throw new InputException(input, field + " '" + value + "' is out of range: a publication date lies "
                    + "between 1800 and today");
        }
        return date;
    }
}
