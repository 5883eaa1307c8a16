package dev.dossier.model;

import java.util.Objects;

/**
 * A place of the gazetteer (GeoNames) that a place name was resolved to.
 *
 * @param name        the gazetteer's name ("Odesa", "Georgia")
 * @param geonameId   the GeoNames id; 0 for a country, admin1 region, continent or other region or sea, which
 *                    Dossier's table draws from several records or writes itself
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param country     ISO 3166-1 alpha-3 code of the country, or null for a continent
 * @param admin1      GeoNames' first-order administrative code within the country ("TX", "17"), or null
 * @param featureCode GeoNames feature code: {@code PCLI} a country, {@code ADM1} a first-order region, {@code CONT} a
 *                    continent, {@code PPLC} a capital, {@code PPLA}/{@code PPLA2} a seat, {@code PPL} a town;
 *                    {@code RGN}, {@code SEA}, {@code GULF}, {@code STRT}, {@code PEN}, {@code OCN}, {@code MTS} a
 *                    region, sea, gulf, strait, peninsula, ocean or range
 * @param population  inhabitants as GeoNames gives them (summed over its places for a region or country), 0 when unknown
 */
public record GeoPlace(String name, long geonameId, double lat, double lon, String country, String admin1,
                       String featureCode, long population) {

    public GeoPlace {
        Objects.requireNonNull(name, "place name");
        Objects.requireNonNull(featureCode, "feature code");
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("Coordinates out of range for " + name + ": " + lat + ", " + lon);
        }
        country = country == null || country.isEmpty() ? null : country;
        admin1 = admin1 == null || admin1.isEmpty() || admin1.equals("00") ? null : admin1;
    }

    public boolean isCountry() {
        return featureCode.equals("PCLI");
    }

    /** A first-order region: a state, province, oblast. */
    public boolean isRegion() {
        return featureCode.equals("ADM1");
    }

    /** A populated place: a city, town or village. */
    public boolean isSettlement() {
        return featureCode.startsWith("PPL");
    }
}
