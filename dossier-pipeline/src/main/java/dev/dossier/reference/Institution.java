package dev.dossier.reference;

import dev.dossier.model.ActorCode;

import java.util.List;
import java.util.Objects;

/**
 * A government body, international organisation, company or media outlet with its actor code.
 *
 * @param name        canonical name ("White House")
 * @param otherNames  other names and abbreviations
 * @param code        CAMEO-style actor code ({@code USAGOV}, {@code RUSBUS}, {@code IGOUNO})
 * @param kind        government, military, legislature, company, media, igo, party...
 * @param description what it is, in words ("office of the President of the United States")
 */
public record Institution(String name, List<String> otherNames, ActorCode code, String kind, String description) {

    public Institution {
        Objects.requireNonNull(name, "institution name");
        Objects.requireNonNull(code, "institution code");
        otherNames = List.copyOf(otherNames);
    }

    /** The name as it reads inside a sentence: "the White House", "Rosneft". */
    public String nameInText() {
        boolean article = switch (kind) {
            case "company", "media", "armed group" -> false;
            default -> !name.startsWith("The ") && !name.toUpperCase(java.util.Locale.ROOT).equals(name);
        };
        return article ? "the " + name : name;
    }
}
