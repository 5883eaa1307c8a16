package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Speaker;
import dev.dossier.pipeline.LiteralDocs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speaker regression set: sentences written for Dossier, each with the speaker a reader would name (or none), one
 * group per class of error seen on real articles (issue 10). Paragraphs are separated by line breaks.
 */
class SpeakerRegressionTest {

    /** A case and the name of the entity its quote must be linked to; null when it must stay unlinked. */
    private record Expected(SpeakerCase input, String speaker) {
    }

    private static Expected expect(String speaker, SpeakerCase input) {
        return new Expected(input, speaker);
    }

    private static Stream<DynamicTest> run(List<Expected> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.input().text(), () -> {
            Speaker s = c.input().speaker();
            assertEquals(c.speaker(), s.isResolved() ? s.name() : null, c.input().text());
            if (s.isResolved()) {
                assertTrue(s.confidence() >= SpeakerResolver.THRESHOLD && s.confidence() <= 1, "confidence");
            } else {
                assertEquals(0, s.confidence(), "an unlinked speaker has confidence 0");
            }
        }));
    }

    /** Class 1: a word that cannot speak (a country, a nationality, a possessor) taken for the named speaker. */
    @TestFactory
    Stream<DynamicTest> wordsThatCannotSpeak() {
        return run(List.of(
                expect("William Ruto", SpeakerCase.text("Kenya's president, William Ruto, said the talks had stalled.")
                        .country("Kenya", "KENGOV").person("William Ruto")
                        .quote("the talks had stalled", "Kenya's president, William Ruto")),
                expect("Sergei Lavrov", SpeakerCase.text("Russia's foreign minister Sergei Lavrov told reporters the offer stood.")
                        .country("Russia", "RUSGOV").person("Sergei Lavrov")
                        .quote("the offer stood", "Russia's foreign minister Sergei Lavrov")),
                expect("Vasily Nebenzya", SpeakerCase.text("\u201CWe will not move,\u201D said the Russian envoy, Vasily Nebenzya.")
                        .nationality("Russian").person("Vasily Nebenzya")
                        .quote("We will not move,", "the Russian envoy, Vasily Nebenzya")),
                expect(null, SpeakerCase.text("The Ukrainian side said the proposal came too late.")
                        .nationality("Ukrainian").quote("the proposal came too late", "The Ukrainian side")),
                expect(null, SpeakerCase.text("French officials said the border would reopen on Monday.")
                        .nationality("French").quote("the border would reopen on Monday", "French officials")),
                expect("Germany", SpeakerCase.text("Germany said it would send more aid to the region.")
                        .country("Germany", "DEUGOV").quote("it would send more aid to the region", "Germany")),
                expect(null, SpeakerCase.text("President Putin's aide said the call lasted an hour.")
                        .person("Putin").actor("RUSGOV", "President of Russia")
                        .quote("the call lasted an hour", "President Putin's aide")),
                expect(null, SpeakerCase.text("An aide to Chancellor Olaf Scholz said no decision had been made.")
                        .person("Olaf Scholz").quote("no decision had been made", "An aide to Chancellor Olaf Scholz")),
                expect("Mia Mottley", SpeakerCase.text("Barbados' prime minister, Mia Mottley, said debt relief was overdue.")
                        .country("Barbados", "BRBGOV").person("Mia Mottley")
                        .quote("debt relief was overdue", "Barbados' prime minister, Mia Mottley")),
                expect(null, SpeakerCase.text("The Iraqi said nothing had changed since the vote.")
                        .entity(EntityType.MISC, "Iraqi").quote("nothing had changed since the vote", "The Iraqi"))));
    }

    /** Class 2: a quote given to the nearest name although it comes after, lies too far back or only looked on. */
    @TestFactory
    Stream<DynamicTest> onlySpeakersIntroducedBefore() {
        return run(List.of(
                expect(null, SpeakerCase.text("Governor Tim Walz opened the session.\nThe budget passed after midnight."
                                + "\n\u201CIt is a good day for the state,\u201D she said.")
                        .person("Tim Walz").quote("It is a good day for the state,", "she")),
                expect(null, SpeakerCase.text("Senator Lisa Ward, who attended only as a guest, sat in the front row."
                                + "\n\u201CThis is a turning point,\u201D he said.")
                        .person("Lisa Ward").quote("This is a turning point,", "he")),
                expect("Ann Cole", SpeakerCase.text("Ann Cole met the unions. \u201CWe saved money,\u201D she said.")
                        .person("Ann Cole").quote("We saved money,", "she")),
                expect("Ann Cole", SpeakerCase.text("Mayor Ann Cole said the plan worked.\n\u201CWe saved money,\u201D she added.")
                        .person("Ann Cole").quote("the plan worked", "Mayor Ann Cole").quote("We saved money,", "she")),
                expect("Tom Reed", SpeakerCase.text("Ann Cole said the fund was empty. Tom Reed said it was not."
                                + "\n\u201CThe books are clear,\u201D he said.")
                        .person("Ann Cole").person("Tom Reed").quote("the fund was empty", "Ann Cole")
                        .quote("it was not", "Tom Reed").quote("The books are clear,", "he")),
                expect(null, SpeakerCase.text("Ann Cole said the fund was empty.\nThe vote is set for May."
                                + "\n\u201CWe will win it,\u201D she said.")
                        .person("Ann Cole").quote("the fund was empty", "Ann Cole").quote("We will win it,", "she")),
                expect(null, SpeakerCase.text("\u201CWe are ready,\u201D he said, before Tom Reed spoke.")
                        .person("Tom Reed").quote("We are ready,", "he")),
                expect(null, SpeakerCase.text("\u201CWe are ready,\u201D he said. Tom Reed, the coach, later confirmed it.")
                        .person("Tom Reed").corefers("he", 1, "Tom Reed", 1).quote("We are ready,", "he")),
                expect("Rustem Umerov", SpeakerCase.text("Defense Minister Rustem Umerov met the envoy. "
                                + "The minister said talks would resume.")
                        .person("Rustem Umerov").actor("UKRGOV", "Minister of Defense of Ukraine")
                        .quote("talks would resume", "The minister")),
                expect(null, SpeakerCase.text("Defense Minister Rustem Umerov met the envoy.\nThe meeting ran long.\n"
                                + "The minister said talks would resume.")
                        .person("Rustem Umerov").actor("UKRGOV", "Minister of Defense of Ukraine")
                        .quote("talks would resume", "The minister")),
                expect("European Commission", SpeakerCase.text("The European Commission fined the firm on Tuesday. "
                                + "It said the fine was fair.")
                        .organization("European Commission").quote("the fine was fair", "It")),
                expect("Tom Reed", SpeakerCase.text("Tom Reed said the season was over.")
                        .person("Tom Reed").quote("the season was over", "Tom Reed")),
                expect("Ann Cole", SpeakerCase.text("Ann Cole met the board. The ministry said the plan would stand. "
                                + "\u201CI agree,\u201D she said.")
                        .person("Ann Cole").quote("I agree,", "she")),
                expect(null, SpeakerCase.text("Tom Reed left the club in June.\nThe club hired a new coach.\nIts owners "
                                + "were pleased.\n\u201CI never wanted to go,\u201D he said.")
                        .person("Tom Reed").quote("I never wanted to go,", "he"))));
    }

    /** Class 3: a statement by an institution given to a person nearby. */
    @TestFactory
    Stream<DynamicTest> institutionsSpeak() {
        return run(List.of(
                expect("Defense Department", SpeakerCase.text("Secretary Pete Hegseth visited the base. The Defense "
                                + "Department said in a statement that the strike hit a depot.")
                        .person("Pete Hegseth").organization("Defense Department")
                        .quote("that the strike hit a depot", "The Defense Department")),
                expect("World Health Organization", SpeakerCase.text("Dr. Maria Keller toured the ward. A spokesperson "
                                + "for the World Health Organization said cases were falling.")
                        .person("Maria Keller").organization("World Health Organization")
                        .quote("cases were falling", "A spokesperson for the World Health Organization")),
                expect("World Health Organization", SpeakerCase.text("Dr. Maria Keller toured the ward. A World Health "
                                + "Organization spokesperson said cases were falling.")
                        .person("Maria Keller").organization("World Health Organization")
                        .quote("cases were falling", "A World Health Organization spokesperson")),
                expect("Defense Department", SpeakerCase.text("Pete Hegseth spoke first. The Defense Department's press "
                                + "secretary said the drill was routine.")
                        .person("Pete Hegseth").organization("Defense Department")
                        .quote("the drill was routine", "The Defense Department's press secretary")),
                expect("State Department", SpeakerCase.text("Officials at the State Department said the visa rules "
                                + "would change.")
                        .organization("State Department")
                        .quote("the visa rules would change", "Officials at the State Department")),
                expect(null, SpeakerCase.text("Acme chief executive Jane Doe spoke at the fair. The company said "
                                + "profits rose.")
                        .person("Jane Doe").organization("Acme")
                        .quote("profits rose", "The company")),
                expect("Foreign Ministry", SpeakerCase.text("Foreign Minister Hakan Fidan met his counterpart. The "
                                + "Foreign Ministry said the talks were frank.")
                        .person("Hakan Fidan").organization("Foreign Ministry")
                        .quote("the talks were frank", "The Foreign Ministry")),
                expect("Reuters", SpeakerCase.text("Minister Ana Silva was asked about the leak. Reuters said it had "
                                + "seen the letter.")
                        .person("Ana Silva").organization("Reuters")
                        .quote("it had seen the letter", "Reuters")),
                expect("Bank of England", SpeakerCase.text("Andrew Bailey spoke in Paris. A Bank of England "
                                + "statement said rates would hold.")
                        .person("Andrew Bailey").organization("Bank of England")
                        .quote("rates would hold", "A Bank of England statement")),
                expect("NATO", SpeakerCase.text("NATO said the drills would go ahead. They added that no troops "
                                + "would cross the border.")
                        .organization("NATO").quote("the drills would go ahead", "NATO")
                        .quote("that no troops would cross the border", "They"))));
    }

    /** Class 1 at the finder: a time the parser took for the subject of a cue is not a source. */
    @Test
    void aTimeIsNotASource() {
        Document d = LiteralDocs.text("This Wednesday said the fight is over.")
                .tokens("This/DT/DATE Wednesday/NNP/DATE said/VBD the/DT fight/NN is/VBZ over/RB ./.")
                .deps("det(1,0) nsubj(2,1) root(-1,2) det(4,3) nsubj(6,4) cop(6,5) ccomp(2,6) punct(2,7)")
                .build();
        List<String> sources = new QuoteFinder().annotate(d).quotes().stream()
                .filter(q -> q.speaker() != null).map(q -> q.speaker().mention().text()).toList();
        assertEquals(List.of(), sources);
    }
}
