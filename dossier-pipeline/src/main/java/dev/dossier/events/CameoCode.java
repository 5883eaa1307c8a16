package dev.dossier.events;

import dev.dossier.model.Event;

import java.util.Objects;

/**
 * One CAMEO event code with what Dossier derives from it.
 *
 * @param code      two to four digits ("04", "042", "0311")
 * @param name      the code's name in the CAMEO codebook
 * @param quadClass GDELT QuadClass, 1 to 4, from the root
 * @param goldstein Goldstein score, -10 to +10
 * @param plover    the PLOVER type, mode and context the code converts to
 */
public record CameoCode(String code, String name, int quadClass, double goldstein, Event.Plover plover) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plover, "plover");
    }

    /** The first two digits. */
    public String root() {
        return code.substring(0, 2);
    }

    /** The three-digit base code ("042" for "0421"; the root itself for a root). */
    public String base() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** The QuadClass a root belongs to: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
    public static int quadClassOfRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO roots run from 01 to 20: " + root);
        }
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
}
