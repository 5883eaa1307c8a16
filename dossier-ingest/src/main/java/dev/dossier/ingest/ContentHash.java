package dev.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an article: SHA-256 (hex) of its normalised text. Normalising makes the hash blind to what
 * differs between copies of one story that went through different formats: Unicode composition (NFKC), runs of
 * white space, line endings, and typographic quotes and dashes.
 */
public final class ContentHash {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ContentHash() {
    }

    /** The text as it is hashed. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** SHA-256 of the normalised text, 64 lower-case hex digits. */
    public static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
