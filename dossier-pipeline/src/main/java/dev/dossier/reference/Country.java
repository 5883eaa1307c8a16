package dev.dossier.reference;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory of ISO 3166-1 with the words an article may use for it.
 *
 * @param code       ISO 3166-1 alpha-3 code, e.g. {@code RUS}
 * @param name       common English name, e.g. "United States"
 * @param definite   true when the name takes "the" in running text ("the United States")
 * @param otherNames other names and abbreviations ("US", "U.S.", "America")
 * @param adjectives adjectives and demonyms ("American", "Americans", "US")
 * @param capitals   capital cities, each with its other spellings ("Kyiv", "Kiev")
 */
public record Country(String code, String name, boolean definite, List<String> otherNames, List<String> adjectives,
                      List<String> capitals) {

    public Country {
        Objects.requireNonNull(code, "country code");
        Objects.requireNonNull(name, "country name");
        otherNames = List.copyOf(otherNames);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
    }

    /** The name as it reads inside a sentence: "the United States", "Russia". */
    public String nameInText() {
        return definite ? "the " + name : name;
    }
}
