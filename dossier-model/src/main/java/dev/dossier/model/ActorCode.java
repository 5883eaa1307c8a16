package dev.dossier.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A CAMEO-style actor code: an ISO 3166-1 alpha-3 country (or a region code such as {@code EUR}) followed by
 * zero or more three-letter role codes ({@code GOV}, {@code MIL}, {@code BUS}, {@code MED}...). {@code RUSGOV} is the
 * Russian government, {@code USA} the United States as a whole, {@code MED} media of no stated country.
 *
 * @param country three upper-case letters, or the empty string when the country is not known
 * @param roles   a concatenation of three-letter role codes, possibly empty
 */
public record ActorCode(String country, String roles) {

    private static final Pattern LETTERS3 = Pattern.compile("([A-Z]{3})*");

    public ActorCode {
        country = country == null ? "" : country.toUpperCase(Locale.ROOT);
        roles = roles == null ? "" : roles.toUpperCase(Locale.ROOT);
        if (!(country.isEmpty() || country.length() == 3) || !LETTERS3.matcher(country).matches()) {
            throw new IllegalArgumentException("Actor country must be three letters or empty: '" + country + "'");
        }
        if (!LETTERS3.matcher(roles).matches()) {
            throw new IllegalArgumentException("Actor roles must be three-letter codes: '" + roles + "'");
        }
        if (country.isEmpty() && roles.isEmpty()) {
            throw new IllegalArgumentException("An actor code needs a country or a role");
        }
    }

    public static ActorCode country(String iso3) {
        return new ActorCode(iso3, "");
    }

    public static ActorCode of(String country, String role) {
        return new ActorCode(country, role);
    }

    /** Reads a code whose first three letters are a country: {@code RUSGOV}, {@code USA}. */
    public static ActorCode parse(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() < 3) {
            throw new IllegalArgumentException("Actor code too short: '" + code + "'");
        }
        return new ActorCode(c.substring(0, 3), c.substring(3));
    }

    /** Reads a code made only of roles, with no country: {@code MED}, {@code IGOUNO}. */
    public static ActorCode rolesOnly(String roles) {
        return new ActorCode("", roles);
    }

    public boolean hasCountry() {
        return !country.isEmpty();
    }

    /** The first role, e.g. {@code GOV} for {@code RUSGOVMIL}; empty when there is none. */
    public String primaryRole() {
        return roles.length() >= 3 ? roles.substring(0, 3) : "";
    }

    public ActorCode withRole(String role) {
        return new ActorCode(country, role);
    }

    @Override
    public String toString() {
        return country + roles;
    }
}
