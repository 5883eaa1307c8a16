package dev.dossier.store;

import dev.dossier.model.Article;
import dev.dossier.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another process writes to the embedded store while this one reads it, as a {@code query} does during an
 * {@code ingest}: the reader must get answers, not "database in use".
 */
class ConcurrentAccessTest {

    @TempDir
    Path dir;

    /** The writing process: opens the store, stores {@code N} articles, says "ready", holds on until stdin closes. */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        try (Store s = Store.embedded(data);
             WriteLock lock = args.length > 2 ? s.lockForWriting(m -> { }) : null) {
            for (int i = 0; i < n; i++) {
                s.put(Document.of(new Article("w" + i, "", "Delegates met in Geneva on day " + i + " of the talks, "
                        + "officials said.", LocalDate.of(2025, 5, 1).plusDays(i), "Wire", null, "en")), "w" + i,
                        "given", null);
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held open until the parent closes our stdin
            }
        }
    }

    private static Process writer(Path data, int n, String... lock) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ConcurrentAccessTest.class.getName(), data.toString(), Integer.toString(n)));
        command.addAll(List.of(lock));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("ready", line, "the writer process did not start");
        return p;
    }

    @Test
    void aReaderAnswersWhileAnotherProcessHoldsTheStore() throws Exception {
        Path data = dir.resolve("data");
        Process p = writer(data, 5);
        try (Store reader = Store.embedded(data)) {
            assertEquals(5L, reader.queries().counts().get("article"));
        } finally {
            p.getOutputStream().close();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
        try (Store again = Store.embedded(data)) {
            assertEquals(5L, again.queries().counts().get("article"), "the store outlives both processes");
        }
    }

    @Test
    void aSecondWriterWaitsAndSaysSoInOneLine() throws Exception {
        Path data = dir.resolve("data");
        Process p = writer(data, 1, "lock");
        java.util.concurrent.BlockingQueue<String> said = new java.util.concurrent.LinkedBlockingQueue<>();
        try (Store second = Store.embedded(data)) {
            java.util.concurrent.CompletableFuture<Void> waited = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (WriteLock lock = second.lockForWriting(said::add)) {
                    said.add("acquired");
                }
            });
            String line = said.poll(30, TimeUnit.SECONDS);
            assertTrue(line != null && line.startsWith("another ingest is writing to ") && !line.contains("\n"),
                    String.valueOf(line));
            Thread.sleep(300);
            assertTrue(said.isEmpty(), "the second writer waits while the first holds the lock");
            p.getOutputStream().close();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            waited.get(30, TimeUnit.SECONDS);
            assertEquals("acquired", said.poll());
        }
    }
}
