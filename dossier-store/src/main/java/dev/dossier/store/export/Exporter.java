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
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the knowledge base's tables to files: JSON Lines, CSV, Parquet, or GDELT 2.0 event and mention TSV.
 * Parquet is written through parquet-hadoop's local-file API: the Hadoop client classes it names are on the class
 * path as plain Java; no Hadoop installation or native library is used.
 */
public final class Exporter {

    private final Queries queries;

    public Exporter(Queries queries) {
        this.queries = queries;
    }

    /** Writes every table (or GDELT's two) into {@code dir}; returns the files written. */
    public List<Path> export(ExportFormat format, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        if (format == ExportFormat.GDELT) {
            Path events = dir.resolve("events.tsv");
            Path mentions = dir.resolve("mentions.tsv");
            GdeltTsv.write(queries.export("events"), queries.export("event_mentions"), events, mentions);
            return List.of(events, mentions);
        }
        for (String name : Queries.TABLES) {
            Table t = queries.export(name);
            Path file = dir.resolve(name + "." + format.name().toLowerCase(Locale.ROOT));
            switch (format) {
                case JSONL -> jsonl(t, file);
                case CSV -> csv(t, file);
                case PARQUET -> parquet(t, file);
                case GDELT -> throw new IllegalStateException("handled above");
            }
            out.add(file);
        }
        return out;
    }

    static void jsonl(Table t, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            jsonl(t, w);
        }
    }

    /** Writes a table as JSON Lines. */
    public static void jsonl(Table t, Writer w) throws IOException {
        JsonFactory f = new JsonFactory();
        for (Object[] row : t.rows()) {
            java.io.StringWriter line = new java.io.StringWriter();
            try (JsonGenerator g = f.createGenerator(line)) {
                g.writeStartObject();
                for (int i = 0; i < row.length; i++) {
                    String name = t.columns().get(i).name();
                    Object v = row[i];
                    switch (v) {
                        case null -> g.writeNullField(name);
                        case Integer n -> g.writeNumberField(name, n);
                        case Long n -> g.writeNumberField(name, n);
                        case Double n -> g.writeNumberField(name, n);
                        case Boolean b -> g.writeBooleanField(name, b);
                        default -> g.writeStringField(name, v.toString());
                    }
                }
                g.writeEndObject();
            }
            w.write(line.toString());
            w.write('\n');
        }
    }

    static void csv(Table t, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv(t, w);
        }
    }

    /** Writes a table as CSV with a header row. */
    public static void csv(Table t, Writer w) throws IOException {
        List<String> header = t.columns().stream().map(Table.Column::name).toList();
        w.write(String.join(",", header.stream().map(Exporter::csvField).toList()));
        w.write("\r\n");
        for (Object[] row : t.rows()) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(row[i] == null ? "" : csvField(row[i].toString()));
            }
            w.write("\r\n");
        }
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Writes a table as Parquet, every column optional, dates as DATE, text as UTF-8 strings. */
    static void parquet(Table t, Path file) throws IOException {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Table.Column c : t.columns()) {
            switch (c.kind()) {
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case INT -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                case LONG -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case DATE -> b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
            }
        }
        MessageType schema = b.named(t.name());
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .build()) {
            for (Object[] row : t.rows()) {
                Group g = groups.newGroup();
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    String name = t.columns().get(i).name();
                    switch (v) {
                        case null -> { }
                        case Integer n -> g.add(name, n.intValue());
                        case Long n -> g.add(name, n.longValue());
                        case Double n -> g.add(name, n.doubleValue());
                        case Boolean x -> g.add(name, x.booleanValue());
                        case LocalDate d -> g.add(name, (int) d.toEpochDay());
                        default -> g.add(name, v.toString());
                    }
                }
                w.write(g);
            }
        }
    }
}
