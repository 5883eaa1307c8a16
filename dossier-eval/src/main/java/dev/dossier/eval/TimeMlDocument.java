package dev.dossier.eval;

import dev.dossier.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML document: the text to analyse (the {@code TEXT} element with its tags removed and character
 * references decoded), its document creation time, and the gold {@code TIMEX3} expressions as character spans
 * into that text.
 *
 * @param id    file name without {@code .tml}
 * @param dct   document creation time: the day the analysis anchors relative expressions to
 * @param text  the analysed text
 * @param gold  gold expressions in text order
 */
public record TimeMlDocument(String id, LocalDate dct, String text, List<GoldTimex> gold) {

    /**
     * A gold temporal expression.
     *
     * @param span  characters in {@link TimeMlDocument#text()}
     * @param type  TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET})
     * @param value TIMEX3 value as annotated (may be empty)
     */
    public record GoldTimex(Span span, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile(
            "<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dct, "dct");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /** Reads one {@code .tml} file; fails with the file name and the problem when it is not usable TimeML. */
    public static TimeMlDocument read(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read TimeML file " + file, e);
        }
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        try {
            return parse(id, xml);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses TimeML text; {@code id} names the document in the result and in errors. */
    public static TimeMlDocument parse(String id, String xml) {
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IllegalArgumentException("no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        }
        String dctValue = attributes(dct.group()).getOrDefault("value", "");
        LocalDate day;
        try {
            day = LocalDate.parse(dctValue.length() >= 10 ? dctValue.substring(0, 10) : dctValue);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("creation time '" + dctValue + "' is not a calendar day");
        }
        Matcher body = TEXT.matcher(xml);
        if (!body.find()) {
            throw new IllegalArgumentException("no <TEXT> element");
        }
        return stripTags(id, day, body.group(1));
    }

    /** Removes tags and decodes character references, keeping each TIMEX3 as a span of the plain text. */
    private static TimeMlDocument stripTags(String id, LocalDate dct, String markup) {
        StringBuilder text = new StringBuilder(markup.length());
        List<GoldTimex> gold = new ArrayList<>();
        Deque<Map.Entry<Integer, Map<String, String>>> open = new ArrayDeque<>();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (c == '<') {
                int close = markup.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed tag at character " + i + " of TEXT");
                }
                String tag = markup.substring(i + 1, close);
                if (tag.startsWith("TIMEX3") && !tag.endsWith("/")) {
                    open.push(Map.entry(text.length(), attributes(tag)));
                } else if (tag.equals("/TIMEX3")) {
                    if (open.isEmpty()) {
                        throw new IllegalArgumentException("</TIMEX3> without an opening tag at character " + i);
                    }
                    var start = open.pop();
                    Map<String, String> a = start.getValue();
                    gold.add(new GoldTimex(new Span(start.getKey(), text.length()), a.getOrDefault("type", ""),
                            a.getOrDefault("value", "")));
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = markup.indexOf(';', i);
                String decoded = semi < 0 || semi - i > 10 ? null : decode(markup.substring(i + 1, semi));
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(open.size() + " TIMEX3 element(s) never closed");
        }
        gold.sort((a, b) -> a.span().compareTo(b.span()));
        return new TimeMlDocument(id, dct, text.toString(), gold);
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                try {
                    if (entity.startsWith("#x")) {
                        yield Character.toString(Integer.parseInt(entity.substring(2), 16));
                    } else if (entity.startsWith("#")) {
                        yield Character.toString(Integer.parseInt(entity.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    yield null;
                }
                yield null;
            }
        };
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
