package dev.dossier.events;

import dev.dossier.model.GeoPlace;

import java.util.Optional;

/**
 * The event coder's view of the {@link dev.dossier.places.Gazetteer GeoNames gazetteer}: a place name's most likely
 * place with no context (a country, region, capital, seat or large town), as the kind of place and the country it
 * lies in. Used where events meet a place the place stage did not resolve, and by the actor locator to give an
 * uncoded place its country. Immutable and shared.
 */
public final class Gazetteer {

    /**
     * One place.
     *
     * @param name     canonical name
     * @param kind     capital, city, region or country
     * @param country  ISO 3166-1 alpha-3 code
     * @param lat      latitude in degrees
     * @param lon      longitude in degrees
     * @param resolved the gazetteer's place
     */
    public record Entry(String name, String kind, String country, double lat, double lon, GeoPlace resolved) {
    }

    private static final Gazetteer STANDARD = new Gazetteer(dev.dossier.places.Gazetteer.standard());

    private final dev.dossier.places.Gazetteer places;

    public Gazetteer(dev.dossier.places.Gazetteer places) {
        this.places = places;
    }

    public static Gazetteer standard() {
        return STANDARD;
    }

    /** The place of that name, if the gazetteer has one likely enough without context. */
    public Optional<Entry> find(String name) {
        return places.mostLikely(name).map(p -> new Entry(p.name(), kind(p), p.country(), p.lat(), p.lon(), p));
    }

    private static String kind(GeoPlace p) {
        return switch (p.featureCode()) {
            case "PCLI" -> "country";
            case "ADM1" -> "region";
            case "PPLC" -> "capital";
            default -> "city";
        };
    }

    /** The number of places. */
    public int size() {
        return places.size();
    }
}
