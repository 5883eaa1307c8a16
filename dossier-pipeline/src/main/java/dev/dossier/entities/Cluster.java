package dev.dossier.entities;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityMention;
import dev.dossier.model.EntityType;
import dev.dossier.model.MentionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entity being assembled from mentions while one document is resolved; never shared between documents. */
final class Cluster {

    final String key;
    final EntityType type;
    private String name;
    /** For people: the words of the fullest name seen so far. */
    private List<String> nameWords;
    private final Map<Integer, EntityMention> mentionsByStart = new LinkedHashMap<>();
    /** Lower-case role lemmas written next to a name of this entity ("aide", "president"). */
    final Set<String> descriptors = new LinkedHashSet<>();

    Cluster(String key, EntityType type, String name, List<String> nameWords) {
        this.key = key;
        this.type = type;
        this.name = name;
        this.nameWords = List.copyOf(nameWords);
    }

    void add(EntityMention m) {
        mentionsByStart.putIfAbsent(m.span().start(), m);
    }

    boolean hasName() {
        return mentionsByStart.values().stream().anyMatch(m -> m.kind() == MentionKind.NAME);
    }

    List<EntityMention> mentions() {
        List<EntityMention> list = new ArrayList<>(mentionsByStart.values());
        list.sort(Comparator.comparing(EntityMention::span));
        return list;
    }

    int firstStart() {
        return mentionsByStart.keySet().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    /** Start of the last mention that begins before {@code offset}, or -1. */
    int lastStartBefore(int offset) {
        return mentionsByStart.keySet().stream().filter(s -> s < offset).max(Integer::compare).orElse(-1);
    }

    /** Start of the last name mention that begins before {@code offset}, or -1. */
    int lastNameStartBefore(int offset) {
        return mentionsByStart.values().stream().filter(m -> m.kind() == MentionKind.NAME && m.span().start() < offset)
                .mapToInt(m -> m.span().start()).max().orElse(-1);
    }

    String name() {
        return name;
    }

    List<String> nameWords() {
        return nameWords;
    }

    /** Keeps the fuller of the current name and {@code candidate}. */
    void offerName(String candidate, List<String> words) {
        if (words.size() > nameWords.size() || (words.size() == nameWords.size() && candidate.length() > name.length())) {
            name = candidate;
            nameWords = List.copyOf(words);
        }
    }

    Entity toEntity(String id) {
        return new Entity(id, name, type, mentions());
    }
}
