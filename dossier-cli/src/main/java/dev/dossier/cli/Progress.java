package dev.dossier.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise (logs, CI).
 * Silent for a single article.
 */
final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final long total;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long done;
    private long failed;
    private long lastPrint;

    /** @param total number of items, or -1 when unknown */
    Progress(PrintStream out, long total, boolean enabled) {
        this.out = enabled ? out : null;
        this.total = total;
        this.interactive = System.console() != null;
    }

    void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (out != null && (interactive ? now - lastPrint > 100_000_000L : now - lastPrint > 5_000_000_000L)) {
            lastPrint = now;
            draw(false);
        }
    }

    private void draw(boolean last) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String bar = "";
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total;
        } else {
            bar = done + " articles";
        }
        String line = String.format(Locale.ROOT, "%s  %.1f articles/s  %d skipped", bar, rate, failed);
        if (interactive) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void close() {
        if (out != null && done > 0) {
            draw(true);
        }
    }
}
