package dev.dossier.model;

import java.util.Objects;

/**
 * Where an event took place, geocoded.
 *
 * @param name     place name as resolved ("Budapest")
 * @param entityId the place entity of the article, or null
 * @param lat      latitude in degrees, NaN when not geocoded
 * @param lon      longitude in degrees, NaN when not geocoded
 * @param country  ISO 3166-1 alpha-3 code of the country it lies in, or null
 * @param mention  the mention in the text, or null
 * @param resolved the gazetteer place it was resolved to (feature code, admin1, GeoNames id), or null
 */
public record Place(String name, String entityId, double lat, double lon, String country, TextRef mention,
                    GeoPlace resolved) {

    public Place {
        Objects.requireNonNull(name, "place name");
    }

    /** A place not resolved in the gazetteer. */
    public Place(String name, String entityId, double lat, double lon, String country, TextRef mention) {
        this(name, entityId, lat, lon, country, mention, null);
    }

    /** The place of a gazetteer entry, under the name the article gives it ("Geneva" for GeoNames' "Genève"). */
    public static Place of(String name, GeoPlace resolved, String entityId, TextRef mention) {
        return new Place(name, entityId, resolved.lat(), resolved.lon(), resolved.country(), mention, resolved);
    }

    public boolean isGeocoded() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
