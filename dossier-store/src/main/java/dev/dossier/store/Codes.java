package dev.dossier.store;

import dev.dossier.model.ActorCode;

import java.util.Set;

/** Reads actor codes back from their stored strings, where "MED" (roles only) and "RUSGOV" look alike. */
final class Codes {

    /** CAMEO role codes that can begin a code with no country. */
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "MED", "BUS", "IGO", "NGO", "OPP", "REB", "CVL",
            "JUD", "LEG", "ELI", "SPY", "COP", "EDU", "HLH", "LAB", "REF", "UAF", "IMG", "INS", "SEP", "RAD", "CRM",
            "AGR", "ENV", "MNC", "HRI", "MOD", "PTY", "REL");

    private Codes() {
    }

    static ActorCode parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String s = stored.trim();
        return s.length() >= 3 && ROLES.contains(s.substring(0, 3)) ? ActorCode.rolesOnly(s) : ActorCode.parse(s);
    }

    /** The country part of a stored code, or empty. */
    static String country(String stored) {
        ActorCode c = parse(stored);
        return c == null ? "" : c.country();
    }
}
