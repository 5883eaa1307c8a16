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
 */
public record Place(String name, String entityId, double lat, double lon, String country, TextRef mention) {

    public Place {
        Objects.requireNonNull(name, "place name");
    }

    public boolean isGeocoded() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
