package dev.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Mutations of an input's bytes in the manner of a coverage-blind fuzzer: byte flips, inserted tokens that matter to
 * the formats (front matter fences, braces, quotes, tags, bad UTF-8, NUL, huge or negative numbers, impossible
 * dates), deleted, duplicated and truncated ranges, and splices with another input. Some inputs are left whole, so
 * that good items keep passing between bad ones.
 */
final class Mutator {

    private static final String[] TOKENS = {"\u0000", "---\n", "\n---\n", "{", "}", "[", "]", "\"", "\\", "<", ">",
        "]]>", "<![CDATA[", "&#0;", "&amp;", "&bogus;", "\r", "\n", "\n\n", "NaN", "-1", "1e400", "99999999999999999999",
        "\"high\"", "null", "true", "<item>", "</item>", "<entry>", "<p>", "</html>", "2025-13-45", "0000-00-00",
        ":", "published:", "title: ", "WARC/1.0\r\n", "Content-Length: 999999\r\n", "\r\n\r\n", "\uFEFF", "\u202E",
        "\uD83D\uDE00", "%", "_", "'; DROP TABLE article; --"};

    private Mutator() {
    }

    static byte[] mutate(byte[] input, byte[] other, Random random) {
        if (random.nextInt(100) < 15) {
            return input;
        }
        byte[] b = input;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            b = once(b, other, random);
        }
        return b;
    }

    private static byte[] once(byte[] b, byte[] other, Random random) {
        if (b.length == 0) {
            return token(random);
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(9)) {
            case 0 -> {
                byte[] c = b.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    c[random.nextInt(c.length)] = (byte) random.nextInt(256);
                }
                return c;
            }
            case 1, 2 -> {
                return splice(b, at, at, token(random));
            }
            case 3 -> {
                return splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
            }
            case 4 -> {
                return Arrays.copyOf(b, at);
            }
            case 5 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(200));
                return splice(b, end, end, Arrays.copyOfRange(b, at, end));
            }
            case 6 -> {
                int cut = other.length == 0 ? 0 : random.nextInt(other.length);
                return splice(b, at, b.length, Arrays.copyOfRange(other, cut, other.length));
            }
            case 7 -> {
                return splice(b, at, at, new byte[] {(byte) 0xC3, (byte) 0x28});
            }
            default -> {
                for (int i = at; i < b.length; i++) {
                    if (b[i] >= '0' && b[i] <= '9') {
                        int end = i;
                        while (end < b.length && b[end] >= '0' && b[end] <= '9') {
                            end++;
                        }
                        return splice(b, i, end, token(random));
                    }
                }
                return splice(b, at, at, token(random));
            }
        }
    }

    private static byte[] token(Random random) {
        return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.writeBytes(insert);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }
}
