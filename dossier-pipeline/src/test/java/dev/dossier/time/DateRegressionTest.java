package dev.dossier.time;

import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.TimeExpression;
import dev.dossier.time.TaggedText.Time;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static dev.dossier.time.TaggedText.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The date regression set: sentences written for Dossier, each with the value a reader would give its last temporal
 * expression, one group per class of error seen on real articles (issue 10). Friday 14 March 2025 is the publication
 * date unless a case names another.
 */
class DateRegressionTest {

    private static final String FRIDAY = "2025-03-14";

    /** A sentence, its publication date, the expressions CoreNLP finds and the value wanted for the last. */
    private record Case(String published, String tagged, List<Time> times, String expected, List<Dependency> deps) {
    }

    private static Case expect(String expected, String published, String tagged, String... times) {
        return new Case(published, tagged, Stream.of(times).map(Time::date).toList(), expected, List.of());
    }

    private static Stream<DynamicTest> run(List<Case> cases) {
        TimeNormalizer normalizer = new TimeNormalizer();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.tagged().replaceAll("/\\S+", ""), () -> {
            Document d = doc(c.published(), c.tagged(), c.times().toArray(Time[]::new));
            if (!c.deps().isEmpty()) {
                d = d.withDependencies(c.deps());
            }
            var times = normalizer.annotate(d).times();
            var last = times.get(times.size() - 1);
            assertEquals(c.expected(), last.value() == null ? null : last.value().value(), last.text());
        }));
    }

    /** Class 4: a weekday takes the direction of its verb's tense; past tense is never resolved forward. */
    @TestFactory
    Stream<DynamicTest> weekdaysFollowTense() {
        return run(List.of(
                expect("2025-03-10", FRIDAY, "On/IN Monday/NNP the/DT minister/NN signed/VBD the/DT order/NN ./.",
                        "Monday"),
                expect("2025-03-17", FRIDAY, "The/DT minister/NN will/MD sign/VB the/DT order/NN on/IN Monday/NNP ./.",
                        "Monday"),
                expect("2025-03-12", FRIDAY, "The/DT talks/NNS ended/VBD on/IN Wednesday/NNP ./.", "Wednesday"),
                expect("2025-03-14", FRIDAY, "Officials/NNS met/VBD on/IN Friday/NNP ./.", "Friday"),
                expect("2025-03-21", FRIDAY, "Officials/NNS will/MD meet/VB again/RB on/IN Friday/NNP ./.", "Friday"),
                expect("2025-03-11", FRIDAY, "The/DT vote/NN took/VBD place/NN Tuesday/NNP ./.", "Tuesday"),
                expect("2025-03-20", FRIDAY, "She/PRP is/VBZ expected/VBN to/TO testify/VB on/IN Thursday/NNP ./.",
                        "Thursday"),
                expect("2025-03-09", FRIDAY, "Troops/NNS had/VBD withdrawn/VBN on/IN Sunday/NNP ./.", "Sunday"),
                expect("2025-03-08", FRIDAY, "Police/NNS said/VBD the/DT attack/NN happened/VBD on/IN Saturday/NNP ./.",
                        "Saturday"),
                expect("2025-03-13", FRIDAY, "The/DT court/NN ruled/VBD Thursday/NNP that/IN the/DT law/NN "
                        + "stands/VBZ ./.", "Thursday"),
                expect("2025-03-18", FRIDAY, "The/DT board/NN will/MD vote/VB on/IN Tuesday/NNP ./.", "Tuesday"),
                expect("2025-03-10", FRIDAY, "He/PRP has/VBZ resigned/VBN ,/, his/PRP$ office/NN said/VBD "
                        + "Monday/NNP ./.", "Monday")));
    }

    /** Class 5: "the following day" counts from the date just named, not from publication. */
    @TestFactory
    Stream<DynamicTest> anaphoricDatesCountFromTheLastDate() {
        return run(List.of(
                expect("2025-03-13", FRIDAY, "The/DT summit/NN opened/VBD on/IN Wednesday/NNP ./. Leaders/NNS left/VBD "
                        + "the/DT following/JJ day/NN ./.", "Wednesday", "the following day"),
                expect("2025-03-03", FRIDAY, "The/DT ceasefire/NN began/VBD on/IN March/NNP 2/CD ./. Fighting/NN "
                        + "resumed/VBD the/DT next/JJ day/NN ./.", "March 2", "the next day"),
                expect("2019", FRIDAY, "The/DT plant/NN closed/VBD in/IN 2019/CD ./. That/DT year/NN ,/, sales/NNS "
                        + "fell/VBD ./.", "2019", "That year"),
                expect("2025-02-02", FRIDAY, "The/DT talks/NNS collapsed/VBD on/IN Feb./NNP 3/CD ./. The/DT envoy/NN "
                        + "had/VBD arrived/VBN the/DT day/NN before/RB ./.", "Feb. 3", "the day before"),
                expect("2025-03-14", FRIDAY, "The/DT storm/NN hit/VBD on/IN Monday/NNP ./. By/IN the/DT following/JJ "
                        + "Friday/NNP ,/, power/NN was/VBD back/RB ./.", "Monday", "the following Friday"),
                new Case(FRIDAY, "The/DT mayor/NN resigned/VBD in/IN May/NNP 2023/CD ./. The/DT following/JJ "
                        + "month/NN ,/, the/DT council/NN elected/VBD a/DT successor/NN ./.",
                        List.of(new Time("May 2023", TimeExpression.Type.DATE, "2023-05"),
                                Time.date("The following month")), "2023-06", List.of()),
                new Case(FRIDAY, "The/DT election/NN was/VBD held/VBN on/IN Nov./NNP 5/CD ,/, 2024/CD ./. "
                        + "Results/NNS came/VBD the/DT next/JJ day/NN ./.",
                        List.of(new Time("Nov. 5 , 2024", TimeExpression.Type.DATE, "2024-11-05"),
                                Time.date("the next day")), "2024-11-06", List.of()),
                expect("2025-03-11", FRIDAY, "The/DT envoy/NN arrived/VBD on/IN Monday/NNP and/CC left/VBD the/DT "
                        + "next/JJ day/NN ./.", "Monday", "the next day"),
                expect("2022", FRIDAY, "He/PRP was/VBD elected/VBN in/IN 2021/CD ./. He/PRP resigned/VBD the/DT "
                        + "following/JJ year/NN ./.", "2021", "the following year")));
    }

    /** Class 6: a month or season without a year in past context is the latest one before publication. */
    @TestFactory
    Stream<DynamicTest> monthsAndSeasonsFollowTense() {
        String june = "2025-06-20";
        return run(List.of(
                expect("2024-08", june, "She/PRP led/VBD the/DT mission/NN until/IN August/NNP ./.", "August"),
                expect("2024-08", june, "The/DT plant/NN opened/VBD in/IN August/NNP ./.", "August"),
                expect("2025-08", june, "The/DT plant/NN will/MD open/VB in/IN August/NNP ./.", "August"),
                expect("2024-12", june, "Exports/NNS fell/VBD in/IN December/NNP ./.", "December"),
                expect("2025-05", june, "Exports/NNS rose/VBD in/IN May/NNP ./.", "May"),
                expect("2024-08", june, "Exports/NNS rose/VBD last/JJ August/NNP ./.", "last August"),
                expect("2026-05", june, "Exports/NNS will/MD rise/VB next/JJ May/NNP ./.", "next May"),
                expect("2024-FA", june, "The/DT offensive/NN began/VBD in/IN the/DT fall/NN ./.", "the fall"),
                expect("2025-FA", june, "The/DT offensive/NN will/MD begin/VB in/IN the/DT fall/NN ./.", "the fall"),
                expect("2024-WI", june, "Talks/NNS stalled/VBD last/JJ winter/NN ./.", "last winter"),
                expect("2025-SP", june, "Prices/NNS rose/VBD in/IN the/DT spring/NN ./.", "the spring"),
                expect("2024-12-05", "2025-01-10", "The/DT deal/NN was/VBD signed/VBN on/IN Dec./NNP 5/CD ./.",
                        "Dec. 5"),
                expect("2026-01-05", "2025-12-20", "The/DT deal/NN will/MD be/VB signed/VBN on/IN Jan./NNP 5/CD ./.",
                        "Jan. 5"),
                new Case(june, "She/PRP led/VBD the/DT mission/NN until/IN August/NNP ./.",
                        List.of(Time.date("August")), "2024-08", List.of(new Dependency(-1, 1, "root"),
                        new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"),
                        new Dependency(1, 5, "obl"), new Dependency(5, 4, "case"), new Dependency(1, 6, "punct"))),
                new Case(june, "The/DT deadline/NN was/VBD extended/VBN until/IN August/NNP ./.",
                        List.of(Time.date("August")), "2025-08", List.of(new Dependency(-1, 3, "root"),
                        new Dependency(3, 1, "nsubj:pass"), new Dependency(1, 0, "det"), new Dependency(3, 2, "aux:pass"),
                        new Dependency(3, 5, "obl"), new Dependency(5, 4, "case"), new Dependency(3, 6, "punct")))));
    }
}
