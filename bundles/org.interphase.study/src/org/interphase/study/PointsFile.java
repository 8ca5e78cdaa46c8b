package org.interphase.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * points.csv, written row by row in index order, which makes it its own journal: the rows present are the points
 * done, and a study that was killed goes on after the last complete row. A row half-written when the process died
 * is cut off and its point run again, so no point is lost or recorded twice. The file is forced to disk every
 * {@value #SYNC_ROWS} rows and every {@value #SYNC_MILLIS} ms, so even a power cut loses only those.
 */
final class PointsFile implements AutoCloseable {

    static final String NAME = "points.csv";
    private static final int SYNC_ROWS = 1000;
    private static final long SYNC_MILLIS = 2000;

    private final FileChannel channel;
    private final Writer writer;
    private final StudyPlan plan;
    private final long resumedAt;
    private int unsynced;
    private long lastSync = System.currentTimeMillis();

    private PointsFile(FileChannel channel, StudyPlan plan, long resumedAt) {
        this.channel = channel;
        this.writer = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
        this.plan = plan;
        this.resumedAt = resumedAt;
    }

    /**
     * Opens the points file of {@code plan} in {@code folder}, keeping the complete rows of an earlier run of the
     * same plan (same header) and starting afresh otherwise.
     */
    static PointsFile open(Path folder, StudyPlan plan) throws IOException {
        Path file = folder.resolve(NAME);
        String header = header(plan);
        long done = Files.exists(file) ? completeRows(file, header) : -1;
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (done < 0) {
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(header + "\n"));
            done = 0;
        } else {
            channel.truncate(endOfRows(file, done));
        }
        channel.position(channel.size());
        return new PointsFile(channel, plan, done);
    }

    /** The first line of the plan's points file: its columns. */
    static String header(StudyPlan plan) {
        return row(plan.columns());
    }

    /** The index of the first point not in the file. */
    long resumedAt() {
        return resumedAt;
    }

    void write(PointResult result) throws IOException {
        writer.write(row(result));
        if (++unsynced >= SYNC_ROWS || System.currentTimeMillis() - lastSync >= SYNC_MILLIS) {
            sync();
        }
    }

    private void sync() throws IOException {
        writer.flush();
        channel.force(false);
        unsynced = 0;
        lastSync = System.currentTimeMillis();
    }

    @Override
    public void close() throws IOException {
        try {
            sync();
        } finally {
            writer.close();
        }
    }

    private String row(PointResult result) {
        StringBuilder row = new StringBuilder().append(result.point().index());
        fields(row, plan, result.point().values(), result.outputs());
        row.append(',').append(result.failed() ? "failed" : "ok").append(',').append(csv(result.message()));
        return row.append('\n').toString();
    }

    /** A point that ran, as points.csv holds it. */
    interface Ran {
        void accept(long index, double[] values, double[] outputs);
    }

    /**
     * Each point of a points file that ran (status ok), in index order; read line by line, so a large study is
     * never held. Outputs a point did not report are NaN.
     */
    static void eachRan(Path points, StudyPlan plan, Ran ran) throws IOException {
        int axes = plan.axes().size();
        int outputs = plan.outputs().size();
        try (BufferedReader reader = Files.newBufferedReader(points, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", axes + outputs + 3);
                if ("ok".equals(fields[1 + axes + outputs])) {
                    double[] values = new double[axes];
                    for (int i = 0; i < axes; i++) {
                        values[i] = plan.axes().get(i).parse(fields[1 + i]);
                    }
                    ran.accept(Long.parseLong(fields[0]), values, numbers(fields, 1 + axes, outputs));
                }
            }
        }
    }

    private static double[] numbers(String[] fields, int from, int count) {
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = fields[from + i].isEmpty() ? Double.NaN : Double.parseDouble(fields[from + i]);
        }
        return numbers;
    }

    /** Appends ",parameter,...,output,..." of a point: counts as whole numbers, a missing output empty. */
    static StringBuilder fields(StringBuilder row, StudyPlan plan, double[] values, double[] outputs) {
        for (int i = 0; i < values.length; i++) {
            row.append(',').append(csv(plan.axes().get(i).format(values[i])));
        }
        for (double output : outputs) {
            row.append(',').append(Double.isNaN(output) ? "" : Double.toString(output));
        }
        return row;
    }

    private static String row(List<String> fields) {
        return String.join(",", fields.stream().map(PointsFile::csv).toList());
    }

    static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * The complete rows after the header, if the header is {@code header} and each row's index is its position;
     * -1 otherwise (another study's file, or one edited by hand: started afresh).
     */
    private static long completeRows(Path file, String header) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!header.equals(reader.readLine())) {
                return -1;
            }
        }
        long rows = 0;
        long end = endOfRows(file, Long.MAX_VALUE);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            long read = header.getBytes(StandardCharsets.UTF_8).length + 1L;
            for (String line = reader.readLine(); line != null && read < end; line = reader.readLine()) {
                read += line.getBytes(StandardCharsets.UTF_8).length + 1L;
                if (read > end) {
                    break;
                }
                int comma = line.indexOf(',');
                if (comma < 0 || !line.substring(0, comma).equals(Long.toString(rows))) {
                    return -1;
                }
                rows++;
            }
        }
        return rows;
    }

    /**
     * The byte offset just after the header and {@code rows} complete rows, or after the last complete line when
     * the file has fewer.
     */
    private static long endOfRows(Path file, long rows) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16);
            long position = 0;
            long end = 0;
            long lines = 0;
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    position++;
                    if (buffer.get() == '\n') {
                        end = position;
                        if (++lines > rows) {
                            return end;
                        }
                    }
                }
                buffer.clear();
            }
            return end;
        }
    }
}
