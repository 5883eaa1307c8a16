package dev.dossier.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.Dependency;
import dev.dossier.model.Document;
import dev.dossier.model.Layer;
import dev.dossier.model.Mention;
import dev.dossier.model.Sentence;
import dev.dossier.model.TimeExpression;
import dev.dossier.model.Token;
import dev.dossier.pipeline.Annotator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Test helper: an annotator that keeps the layers another annotator (CoreNLP) produces in a cache directory, one
 * JSON file per document keyed by a hash of the text, publication date and the delegate's name, version and
 * configuration. A second run over the same corpus reads the files instead of running the delegate, which is
 * built only on the first cache miss (so that a warm run never loads CoreNLP's models).
 *
 * <p>Needs nothing; adds the sentence, token, dependency, mention and time layers the delegate produces. The
 * cache lies outside the sources (by default {@code target/corenlp-cache} of the module; the system property
 * {@code dossier.corenlpCache} moves it). Delete the directory to recompute.
 */
public final class CachedAnalysis implements Annotator {

    /** The layers of one analysed document, as stored. */
    record Layers(List<Sentence> sentences, List<Token> tokens, List<Dependency> dependencies,
                  List<Mention> mentions, List<TimeExpression> times) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<Layer> PRODUCED = Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES,
            Layer.MENTIONS, Layer.TIMES);

    private final Path directory;
    private final String name;
    private final String version;
    private final Map<String, String> configuration;
    private final Supplier<Annotator> factory;
    private Annotator delegate;

    /**
     * @param directory     where the cached layers are kept (created when missing)
     * @param name          the delegate's name, part of the key
     * @param version       the delegate's version, part of the key
     * @param configuration the delegate's configuration, part of the key
     * @param factory       builds the delegate on the first cache miss
     */
    public CachedAnalysis(Path directory, String name, String version, Map<String, String> configuration,
                   Supplier<Annotator> factory) {
        this.directory = directory;
        this.name = name;
        this.version = version;
        this.configuration = new TreeMap<>(configuration);
        this.factory = factory;
    }

    /** The cache directory the system property names, else {@code target/corenlp-cache}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("dossier.corenlpCache", "target/corenlp-cache"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> produces() {
        return PRODUCED;
    }

    @Override
    public Document annotate(Document document) {
        Path file = directory.resolve(key(document) + ".json");
        try {
            if (Files.isRegularFile(file)) {
                Layers l = JSON.readValue(file.toFile(), Layers.class);
                return document.withSentencesAndTokens(l.sentences(), l.tokens()).withDependencies(l.dependencies())
                        .withMentions(l.mentions()).withTimes(l.times());
            }
            Document analysed = delegate().annotate(document);
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "layers", ".tmp");
            JSON.writeValue(tmp.toFile(), new Layers(analysed.sentences(), analysed.tokens(),
                    analysed.dependencies(), analysed.mentions(), analysed.times()));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return analysed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the analysis cache " + file, e);
        }
    }

    private synchronized Annotator delegate() {
        if (delegate == null) {
            delegate = factory.get();
        }
        return delegate;
    }

    private String key(Document document) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((name + "\n" + version + "\n" + configuration + "\n" + document.article().published() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(document.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
