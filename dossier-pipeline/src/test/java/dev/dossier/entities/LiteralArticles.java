package dev.dossier.entities;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;
import dev.dossier.pipeline.LiteralDocs;

import java.util.List;

/**
 * Short analysed articles written as literals, with mentions and parses shaped like CoreNLP's (titles as TITLE name
 * mentions, "his" as a PERSON name mention, "The presidential aide" in a chain of its own), for the entity and actor
 * tests.
 */
public final class LiteralArticles {

    private LiteralArticles() {
    }

    /** Titles, a possessor chain, a counterpart, pronouns in chains. */
    public static Document people() {
        return LiteralDocs.text("President Putin\u2019s aide Yury Ushakov said that Russian President Vladimir Putin met "
                        + "his US counterpart Donald Trump. He added that Putin was pleased.")
                .id("people")
                .tokens("President/NNP/TITLE Putin/NNP/PERSON \u2019s/POS aide/NN Yury/NNP/PERSON Ushakov/NNP/PERSON "
                        + "said/VBD that/IN Russian/JJ/NATIONALITY President/NNP/TITLE Vladimir/NNP/PERSON "
                        + "Putin/NNP/PERSON met/VBD his/PRP$ US/NNP/COUNTRY counterpart/NN Donald/NNP/PERSON "
                        + "Trump/NNP/PERSON ./. He/PRP added/VBD that/IN Putin/NNP/PERSON was/VBD pleased/JJ ./.")
                .deps("compound(1,0) nmod:poss(5,1) case(1,2) compound(5,3) compound(5,4) nsubj(6,5) root(-1,6) "
                        + "mark(12,7) amod(9,8) compound(11,9) compound(11,10) nsubj(12,11) ccomp(6,12) "
                        + "nmod:poss(15,13) compound(15,14) obj(12,15) compound(17,16) dep(15,17) punct(6,18) "
                        + "nsubj(20,19) root(-1,20) mark(24,21) nsubj(24,22) cop(24,23) ccomp(20,24) punct(20,25)")
                .mention("President", 1, MentionKind.NAME, EntityType.MISC, -1)
                .name("Putin", EntityType.PERSON)
                .name("Yury Ushakov", EntityType.PERSON, 1)
                .name("Russian", EntityType.NATIONALITY)
                .mention("President", 2, MentionKind.NAME, EntityType.MISC, -1)
                .name("Vladimir Putin", EntityType.PERSON, 2)
                .mention("his", 1, MentionKind.NAME, EntityType.PERSON, 2)
                .name("US", EntityType.COUNTRY)
                .name("Donald Trump", EntityType.PERSON)
                .mention("He", 1, MentionKind.PRONOUN, EntityType.MISC, 1)
                .mention("Putin", 3, MentionKind.NAME, EntityType.PERSON, 2)
                .build();
    }

    /** Capitals for their governments and as places, an institution the tagger calls a location. */
    public static Document places() {
        return LiteralDocs.text("Moscow praised Washington after the summit in Budapest. Kyiv rejected it, the White "
                        + "House said.")
                .id("places")
                .tokens("Moscow/NNP/CITY praised/VBD Washington/NNP/STATE_OR_PROVINCE after/IN the/DT summit/NN "
                        + "in/IN Budapest/NNP/CITY ./. Kyiv/NNP/CITY rejected/VBD it/PRP ,/, the/DT "
                        + "White/NNP/LOCATION House/NNP/LOCATION said/VBD ./.")
                .deps("nsubj(1,0) root(-1,1) obj(1,2) case(5,3) det(5,4) obl(1,5) case(7,6) nmod(5,7) punct(1,8) "
                        + "nsubj(10,9) ccomp(16,10) obj(10,11) punct(16,12) det(15,13) compound(15,14) nsubj(16,15) "
                        + "root(-1,16) punct(16,17)")
                .name("Moscow", EntityType.LOCATION)
                .name("Washington", EntityType.LOCATION)
                .name("Budapest", EntityType.LOCATION)
                .name("Kyiv", EntityType.LOCATION)
                .name("White House", EntityType.LOCATION)
                .build();
    }

    /**
     * A hyphenated pair of surnames, an untagged institution, a description in a chain of its own and one outside
     * any chain.
     */
    public static Document descriptions() {
        return LiteralDocs.text("Donald Trump and Vladimir Putin met. Kremlin aide Yury Ushakov told journalist Pavel "
                        + "Zarubin about the Trump-Putin summit. The presidential aide said he was hopeful. According "
                        + "to the official, talks go on.")
                .id("descriptions")
                .tokens("Donald/NNP/PERSON Trump/NNP/PERSON and/CC Vladimir/NNP/PERSON Putin/NNP/PERSON met/VBD ./. "
                        + "Kremlin/NNP/ORGANIZATION aide/NN Yury/NNP/PERSON Ushakov/NNP/PERSON told/VBD "
                        + "journalist/NN/TITLE Pavel/NNP/PERSON Zarubin/NNP/PERSON about/IN the/DT "
                        + "Trump/NNP/ORGANIZATION -/HYPH/ORGANIZATION Putin/NNP/ORGANIZATION summit/NN ./. "
                        + "The/DT presidential/JJ aide/NN said/VBD he/PRP was/VBD hopeful/JJ ./. "
                        + "According/VBG to/IN the/DT official/NN ,/, talks/NNS go/VBP on/RP ./.")
                .deps("compound(1,0) nsubj(5,1) cc(4,2) compound(4,3) conj(1,4) root(-1,5) punct(5,6) "
                        + "compound(10,7) compound(10,8) compound(10,9) nsubj(11,10) root(-1,11) compound(14,12) "
                        + "compound(14,13) obj(11,14) case(20,15) det(20,16) compound(19,17) punct(19,18) "
                        + "compound(20,19) obl(11,20) punct(11,21) "
                        + "det(24,22) amod(24,23) nsubj(25,24) root(-1,25) nsubj(28,26) cop(28,27) ccomp(25,28) "
                        + "punct(25,29) "
                        + "case(33,30) fixed(30,31) det(33,32) obl(36,33) punct(36,34) nsubj(36,35) root(-1,36) "
                        + "compound:prt(36,37) punct(36,38)")
                .name("Donald Trump", EntityType.PERSON)
                .name("Vladimir Putin", EntityType.PERSON)
                .name("Yury Ushakov", EntityType.PERSON)
                .mention("journalist", 1, MentionKind.NAME, EntityType.MISC, -1)
                .name("Pavel Zarubin", EntityType.PERSON)
                .name("Trump-Putin", EntityType.ORGANIZATION, 5)
                .mention("The presidential aide", 1, MentionKind.NOMINAL, EntityType.MISC, 7)
                .mention("he", 1, MentionKind.PRONOUN, EntityType.MISC, 7)
                .build();
    }

    /** A former office holder, companies from the table and not, sharing a title through a conjunction. */
    public static Document companies() {
        return LiteralDocs.text("Former US President Joe Biden criticised the oil companies Rosneft and Acmeco.")
                .id("companies")
                .tokens("Former/JJ US/NNP/COUNTRY President/NNP/TITLE Joe/NNP/PERSON Biden/NNP/PERSON "
                        + "criticised/VBD the/DT oil/NN companies/NNS Rosneft/NNP/ORGANIZATION and/CC "
                        + "Acmeco/NNP/ORGANIZATION ./.")
                .deps("amod(2,0) compound(2,1) compound(4,2) compound(4,3) nsubj(5,4) root(-1,5) det(8,6) "
                        + "compound(8,7) obj(5,8) dep(8,9) cc(11,10) conj(9,11) punct(5,12)")
                .name("US", EntityType.COUNTRY)
                .mention("President", 1, MentionKind.NAME, EntityType.MISC, -1)
                .name("Joe Biden", EntityType.PERSON)
                .name("Rosneft", EntityType.ORGANIZATION)
                .name("Acmeco", EntityType.ORGANIZATION)
                .build();
    }

    /**
     * The shapes of the coreference-aware mention layer: a chained description wrapping a name ("Russian President
     * Vladimir Putin" around "Vladimir Putin"), a possessive wrapping a capital, a nationality adjective as a nominal.
     */
    public static Document wrappedNames() {
        return LiteralDocs.text("Russian President Vladimir Putin spoke. Washington\u2019s envoy listened.")
                .id("wrapped")
                .tokens("Russian/JJ/NATIONALITY President/NNP/TITLE Vladimir/NNP/PERSON Putin/NNP/PERSON spoke/VBD ./. "
                        + "Washington/NNP/STATE_OR_PROVINCE \u2019s/POS envoy/NN listened/VBD ./.")
                .deps("amod(1,0) compound(3,1) compound(3,2) nsubj(4,3) root(-1,4) punct(4,5) nmod:poss(8,6) "
                        + "case(6,7) nsubj(9,8) root(-1,9) punct(9,10)")
                .mention("Russian", 1, MentionKind.NOMINAL, EntityType.NATIONALITY, -1)
                .name("Russian President Vladimir Putin", EntityType.PERSON, 1)
                .name("Vladimir Putin", EntityType.PERSON, 1)
                .name("Washington\u2019s", EntityType.LOCATION, 2)
                .name("Washington", EntityType.LOCATION, 2)
                .build();
    }

    /** A hyphenated title governing a name, a capital the tagger calls a person, a bank named with its country. */
    public static Document mistagged() {
        return LiteralDocs.text("The United Nations Secretary-General Antonio Guterres praised Kyiv and the Russian "
                        + "Agricultural Bank.")
                .id("mistagged")
                .tokens("The/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION Secretary/NNP/TITLE -/HYPH/TITLE "
                        + "General/NNP/TITLE Antonio/NNP/PERSON Guterres/NNP/PERSON praised/VBD Kyiv/NNP/PERSON "
                        + "and/CC the/DT Russian/JJ/ORGANIZATION Agricultural/NNP/ORGANIZATION "
                        + "Bank/NNP/ORGANIZATION ./.")
                .deps("det(5,0) compound(2,1) compound(5,2) compound(5,3) punct(5,4) nsubj(8,5) compound(7,6) "
                        + "dep(5,7) root(-1,8) obj(8,9) cc(14,10) det(14,11) amod(14,12) compound(14,13) conj(9,14) "
                        + "punct(8,15)")
                .name("United Nations", EntityType.ORGANIZATION)
                .name("Antonio Guterres", EntityType.PERSON)
                .name("Kyiv", EntityType.PERSON)
                .name("Russian Agricultural Bank", EntityType.ORGANIZATION)
                .build();
    }

    public static List<Document> all() {
        return List.of(people(), places(), descriptions(), companies(), wrappedNames(), mistagged());
    }
}
