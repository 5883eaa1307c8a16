package dev.dossier.model;

/** Coarse kinds of named things, as used in output and evaluation. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION, NATIONALITY, MISC;

    /** Maps a CoreNLP/CoNLL named-entity class to a Dossier type; unknown classes become {@link #MISC}. */
    public static EntityType fromNer(String ner) {
        return switch (ner == null ? "" : ner) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "COUNTRY" -> COUNTRY;
            case "LOCATION", "LOC", "CITY", "STATE_OR_PROVINCE", "GPE" -> LOCATION;
            case "NATIONALITY", "NORP" -> NATIONALITY;
            default -> MISC;
        };
    }
}
