package dev.dossier.reference;

/**
 * The reference tables the entity and actor stages read: countries, institutions and role words.
 *
 * @param countries    countries with names, adjectives and capitals
 * @param institutions government bodies, organisations, companies, media
 * @param roles        title and role words with role codes
 */
public record ReferenceData(Countries countries, Institutions institutions, RoleLexicon roles) {

    /** The tables shipped with Dossier, read once per process; they are immutable and shared. */
    public static ReferenceData standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ReferenceData STANDARD = new ReferenceData(Countries.standard(), Institutions.standard(),
                RoleLexicon.standard());
    }
}
