package dev.dossier.store;

import dev.dossier.model.ActorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NamesTest {

    @Test
    void variantsShareAKey() {
        assertEquals(Names.key("Kyiv"), Names.key("Kiev"));
        assertEquals(Names.key("the United States"), Names.key("U.S."));
        assertEquals("sao paulo", Names.key("São Paulo"));
        assertEquals("putin", Names.key("Putin\u2019s"));
        assertNotEquals(Names.key("Vienna"), Names.key("Venice"));
    }

    @Test
    void symmetricRootsIgnoreDirectionOthersKeepIt() {
        ActorCode usa = ActorCode.parse("USAGOV");
        ActorCode rus = ActorCode.parse("RUSGOV");
        assertEquals(EventMatcher.dyadKey("04", usa, rus), EventMatcher.dyadKey("04", rus, usa));
        assertNotEquals(EventMatcher.dyadKey("11", usa, rus), EventMatcher.dyadKey("11", rus, usa));
        assertEquals("RUSGOV>", EventMatcher.dyadKey("11", rus, null));
    }

    @Test
    void storedCodesReadBackWithOrWithoutCountry() {
        assertEquals(ActorCode.rolesOnly("MED"), Codes.parse("MED"));
        assertEquals(ActorCode.of("RUS", "GOV"), Codes.parse("RUSGOV"));
        assertEquals("", Codes.country("IGOUNO"));
    }
}
