package dev.dossier.quotes;

import dev.dossier.model.Document;
import dev.dossier.model.EntityType;
import dev.dossier.model.Quote;
import dev.dossier.pipeline.LiteralDocs;

import java.util.List;

/** Hand-parsed sentences shared by the quote tests, with basic Universal Dependencies as CoreNLP gives them. */
final class Sentences {

    private Sentences() {
    }

    /** "Ushakov said that talks continue." */
    static Document saidThat() {
        return LiteralDocs.text("Ushakov said that talks continue.")
                .tokens("Ushakov/NNP/PERSON said/VBD/O/say that/IN talks/NNS continue/VBP ./.")
                .deps("nsubj(1,0) root(-1,1) mark(4,2) nsubj(4,3) ccomp(1,4) punct(1,5)")
                .name("Ushakov", EntityType.PERSON).build();
    }

    /** "“We do believe it,” he said." */
    static Document quoteThenCue() {
        return LiteralDocs.text("\u201CWe do believe it,\u201D he said.")
                .tokens("\u201C/`` We/PRP do/VBP believe/VB/O/believe it/PRP ,/, \u201D/'' he/PRP said/VBD/O/say ./.")
                .deps("punct(8,0) nsubj(3,1) aux(3,2) ccomp(8,3) obj(3,4) punct(8,5) punct(8,6) nsubj(8,7) root(-1,8) "
                        + "punct(8,9)")
                .build();
    }

    /** "Talks continue, Ushakov said." with the cue as a parataxis of the content. */
    static Document contentThenCue() {
        return LiteralDocs.text("Talks continue, Ushakov said.")
                .tokens("Talks/NNS continue/VBP ,/, Ushakov/NNP/PERSON said/VBD/O/say ./.")
                .deps("nsubj(1,0) root(-1,1) punct(1,2) nsubj(4,3) parataxis(1,4) punct(1,5)")
                .name("Ushakov", EntityType.PERSON).build();
    }

    /** "Talks continue, Putin's aide Yury Ushakov has said." parsed badly, as CoreNLP does with headlines. */
    static Document garbledClosingReport() {
        return LiteralDocs.text("Talks continue, Putin's aide Yury Ushakov has said.")
                .tokens("Talks/NNS continue/VBP ,/, Putin/NNP/PERSON 's/POS aide/NN Yury/NNP/PERSON Ushakov/NNP/PERSON "
                        + "has/VBZ said/VBN/O/say ./.")
                .deps("nsubj(1,0) dep(9,1) punct(1,2) nmod:poss(7,3) case(3,4) compound(7,5) compound(7,6) appos(1,7) "
                        + "aux(9,8) root(-1,9) punct(9,10)")
                .build();
    }

    /** "The aide admitted that talks stalled, adding that peace is far." */
    static Document admittedAdding() {
        return LiteralDocs.text("The aide admitted that talks stalled, adding that peace is far.")
                .tokens("The/DT aide/NN admitted/VBD/O/admit that/IN talks/NNS stalled/VBD ,/, adding/VBG/O/add "
                        + "that/IN peace/NN is/VBZ far/JJ ./.")
                .deps("det(1,0) nsubj(2,1) root(-1,2) mark(5,3) nsubj(5,4) ccomp(2,5) punct(2,6) advcl(2,7) mark(11,8) "
                        + "nsubj(11,9) cop(11,10) ccomp(7,11) punct(2,12)")
                .build();
    }

    /** "Talks continue, according to the official." */
    static Document accordingTo() {
        return LiteralDocs.text("Talks continue, according to the official.")
                .tokens("Talks/NNS continue/VBP ,/, according/VBG to/IN the/DT official/NN ./.")
                .deps("nsubj(1,0) root(-1,1) punct(1,2) case(6,3) fixed(3,4) det(6,5) obl(1,6) punct(1,7)")
                .build();
    }

    /** A headline: "Sanders: Clinton is qualified". */
    static Document headline() {
        return LiteralDocs.text("Sanders: Clinton is qualified")
                .tokens("Sanders/NNP/PERSON :/: Clinton/NNP/PERSON is/VBZ qualified/JJ")
                .build();
    }

    /** A quote and a paragraph that continues it without a cue. */
    static Document continuedQuote() {
        return LiteralDocs.text("\u201CTalks will go on,\u201D he said.\n\u201CWe remain hopeful about them.\u201D")
                .tokens("\u201C/`` Talks/NNS will/MD go/VB on/RP ,/, \u201D/'' he/PRP said/VBD/O/say ./. "
                        + "\u201C/`` We/PRP remain/VBP hopeful/JJ about/IN them/PRP ./. \u201D/''")
                .deps("punct(8,0) nsubj(3,1) aux(3,2) ccomp(8,3) compound:prt(3,4) punct(8,5) punct(8,6) nsubj(8,7) "
                        + "root(-1,8) punct(8,9) punct(12,10) nsubj(12,11) root(-1,12) xcomp(12,13) case(15,14) "
                        + "obl(13,15) punct(12,16) punct(12,17)")
                .build();
    }

    static String text(Document d, Quote q) {
        return d.text(q.span());
    }

    static List<Quote> quotes(QuoteFinder finder, Document d) {
        return finder.annotate(d).quotes();
    }
}
