package dev.dossier.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dossier.store.query.Queries;
import dev.dossier.store.query.Table;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes the knowledge base's tables to files: JSON Lines, CSV, Parquet, or GDELT 2.0 event and mention TSV.
 * Tables stream from the store row by row, so memory does not grow with the store. Parquet is written through
 * parquet-hadoop's local-file API: the Hadoop client classes it names are on the class path as plain Java; no
 * Hadoop installation or native library is used.
 *
 * <p>Output files are safe to write where others can plant files: each is written to a new temporary file in the
 * output folder and renamed into place at the end, so a symbolic link at an output path is replaced, never written
 * through, and a failed export leaves no half-written file under the final name. An existing file is replaced only
 * when the caller asks.
 */
public final class Exporter {

    /** Parquet row groups are buffered in memory before they are written; this keeps the buffer small. */
    private static final int ROW_GROUP_BYTES = 16 * 1024 * 1024;

    private final Queries queries;

    public Exporter(Queries queries) {
        this.queries = queries;
    }

    /** A file that cannot be exported: the message names the file and the problem. */
    public static final class ExportException extends IOException {
        private static final long serialVersionUID = 1L;

        ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes every table (or GDELT's two) into {@code dir}, refusing to replace existing files. */
    public List<Path> export(ExportFormat format, Path dir) throws IOException {
        return export(format, dir, false);
    }

    /**
     * Writes every table (or GDELT's two) into {@code dir}; returns the files written.
     *
     * @param replace replace files already there; when false, an existing file stops the export before anything
     *                is written
     */
    public List<Path> export(ExportFormat format, Path dir, boolean replace) throws IOException {
        List<Path> files = new ArrayList<>();
        if (format == ExportFormat.GDELT) {
            files.add(dir.resolve("events.tsv"));
            files.add(dir.resolve("mentions.tsv"));
        } else {
            for (String name : Queries.TABLES) {
                files.add(dir.resolve(name + "." + format.name().toLowerCase(Locale.ROOT)));
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(dir, "cannot create the folder", e);
        }
        if (!replace) {
            for (Path f : files) {
                if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ExportException("Cannot write " + f + ": it exists" + (Files.isSymbolicLink(f)
                            ? " (a symbolic link)" : "") + "; remove it, choose another --out, or give --force to "
                            + "replace it", null);
                }
            }
        }
        if (format == ExportFormat.GDELT) {
            write(files.get(0), file -> gdelt("events", file, true));
            write(files.get(1), file -> gdelt("event_mentions", file, false));
            return files;
        }
        for (int i = 0; i < files.size(); i++) {
            String table = Queries.TABLES.get(i);
            switch (format) {
                case JSONL -> write(files.get(i), file -> stream(table, new JsonLinesSink(writer(file))));
                case CSV -> write(files.get(i), file -> stream(table, new CsvSink(writer(file))));
                case PARQUET -> write(files.get(i), file -> stream(table, new ParquetSink(file)));
                case GDELT -> throw new IllegalStateException("handled above");
            }
        }
        return files;
    }

    private interface FileJob {
        void run(Path file) throws IOException;
    }

    /** Writes through a new temporary file in the same folder, then renames it over {@code target}. */
    private static void write(Path target, FileJob job) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path part;
        try {
            part = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw failure(target, "cannot create a file in " + dir, e);
        }
        try {
            job.run(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (ExportException e) {
            Files.deleteIfExists(part);
            throw e;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw failure(target, "cannot write it", e);
        }
    }

    private static ExportException failure(Path file, String what, Exception e) {
        String why = switch (e) {
            case AccessDeniedException x -> "permission denied";
            case FileAlreadyExistsException x -> "it exists";
            case NoSuchFileException x -> "no such file or folder: " + x.getFile();
            case FileSystemException x -> x.getReason() == null ? x.getClass().getSimpleName() : x.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return new ExportException("Cannot write " + file + ": " + what + " (" + why + ")", e);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private interface Sink extends Queries.RowSink, Closeable {
    }

    private void stream(String table, Sink sink) throws IOException {
        try (sink) {
            queries.export(table, sink);
        }
    }

    private void gdelt(String table, Path file, boolean events) throws IOException {
        Map<Object, Integer> firstSentence = events ? firstSentences() : Map.of();
        try (BufferedWriter w = writer(file)) {
            List<Table.Column> cols = new ArrayList<>();
            queries.export(table, new Queries.RowSink() {
                @Override
                public void columns(String name, List<Table.Column> columns) {
                    cols.addAll(columns);
                }

                @Override
                public void row(Object[] row) throws IOException {
                    Table one = new Table(table, cols, List.<Object[]>of(row));
                    w.write(String.join("\t", events ? GdeltTsv.eventRow(one, 0, firstSentence) : GdeltTsv.mentionRow(one, 0)));
                    w.write('\n');
                }
            });
        }
    }

    /**
     * Each event's earliest sentence over its mentions, read in one streaming pass over the mentions (an integer per
     * event), for GDELT's IsRootEvent.
     */
    private Map<Object, Integer> firstSentences() throws IOException {
        Map<Object, Integer> out = new HashMap<>();
        List<Table.Column> cols = new ArrayList<>();
        queries.export("event_mentions", new Queries.RowSink() {
            @Override
            public void columns(String name, List<Table.Column> columns) {
                cols.addAll(columns);
            }

            @Override
            public void row(Object[] row) {
                GdeltTsv.firstSentences(new Table("event_mentions", cols, List.<Object[]>of(row)))
                        .forEach((id, sentence) -> out.merge(id, sentence, Math::min));
            }
        });
        return out;
    }

    /** Writes a table as JSON Lines. */
    public static void jsonl(Table t, Writer w) throws IOException {
        JsonLinesSink sink = new JsonLinesSink(w);
        sink.columns(t.name(), t.columns());
        for (Object[] row : t.rows()) {
            sink.row(row);
        }
        w.flush();
    }

    /** Writes a table as CSV with a header row. */
    public static void csv(Table t, Writer w) throws IOException {
        CsvSink sink = new CsvSink(w);
        sink.columns(t.name(), t.columns());
        for (Object[] row : t.rows()) {
            sink.row(row);
        }
        w.flush();
    }

    private static final class JsonLinesSink implements Sink {
        private final Writer w;
        private final JsonGenerator g;
        private List<Table.Column> columns;

        JsonLinesSink(Writer w) throws IOException {
            this.w = w;
            this.g = new JsonFactory().createGenerator(w);
            g.setRootValueSeparator(null);
        }

        @Override
        public void columns(String table, List<Table.Column> cols) {
            this.columns = cols;
        }

        @Override
        public void row(Object[] row) throws IOException {
            g.writeStartObject();
            for (int i = 0; i < row.length; i++) {
                String name = columns.get(i).name();
                switch (row[i]) {
                    case null -> g.writeNullField(name);
                    case Integer n -> g.writeNumberField(name, n);
                    case Long n -> g.writeNumberField(name, n);
                    case Double n -> g.writeNumberField(name, n);
                    case Boolean b -> g.writeBooleanField(name, b);
                    case Object v -> g.writeStringField(name, v.toString());
                }
            }
            g.writeEndObject();
            g.flush();
            w.write('\n');
        }

        @Override
        public void close() throws IOException {
            g.close();
            w.close();
        }
    }

    /**
     * RFC 4180 CSV. A text cell that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or
     * a carriage return) gets a leading apostrophe: headlines and quotes come from untrusted feeds, and
     * {@code =HYPERLINK(...)} in a headline must stay text (OWASP's advice on CSV injection). Numbers are not
     * touched, so a Goldstein score of -10 stays a number.
     */
    private static final class CsvSink implements Sink {
        private final Writer w;
        private List<Table.Column> columns;

        CsvSink(Writer w) {
            this.w = w;
        }

        @Override
        public void columns(String table, List<Table.Column> cols) throws IOException {
            this.columns = cols;
            w.write(String.join(",", cols.stream().map(c -> csvField(c.name())).toList()));
            w.write("\r\n");
        }

        @Override
        public void row(Object[] row) throws IOException {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                if (row[i] != null) {
                    String v = row[i].toString();
                    w.write(csvField(columns.get(i).kind() == Table.Kind.STRING ? defuse(v) : v));
                }
            }
            w.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    static String defuse(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Parquet, every column optional, dates as DATE, text as UTF-8 strings; one row group buffered at a time. */
    private static final class ParquetSink implements Sink {
        private final Path file;
        private ParquetWriter<Group> writer;
        private SimpleGroupFactory groups;
        private List<Table.Column> columns;

        ParquetSink(Path file) {
            this.file = file;
        }

        @Override
        public void columns(String table, List<Table.Column> cols) throws IOException {
            this.columns = cols;
            Types.MessageTypeBuilder b = Types.buildMessage();
            for (Table.Column c : cols) {
                switch (c.kind()) {
                    case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                            .named(c.name());
                    case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                    case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                    case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                    case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                    case DATE -> b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                            .named(c.name());
                }
            }
            MessageType schema = b.named(table);
            groups = new SimpleGroupFactory(schema);
            writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withConf(new PlainParquetConfiguration())
                    .withType(schema)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withRowGroupSize((long) ROW_GROUP_BYTES)
                    .build();
        }

        @Override
        public void row(Object[] row) throws IOException {
            Group g = groups.newGroup();
            for (int i = 0; i < row.length; i++) {
                String name = columns.get(i).name();
                switch (row[i]) {
                    case null -> { }
                    case Integer n -> g.add(name, n.intValue());
                    case Long n -> g.add(name, n.longValue());
                    case Double n -> g.add(name, n.doubleValue());
                    case Boolean x -> g.add(name, x.booleanValue());
                    case LocalDate d -> g.add(name, (int) d.toEpochDay());
                    case Object v -> g.add(name, v.toString());
                }
            }
            writer.write(g);
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.close();
            }
        }
    }
}
