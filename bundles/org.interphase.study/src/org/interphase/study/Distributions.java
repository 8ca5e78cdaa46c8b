package org.interphase.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * distributions.csv of a study with uncertain (±) parameters: one row per point of its design (the Monte Carlo
 * samples of a point are consecutive in points.csv), with the design's parameters (not the uncertain ones, which
 * differ from sample to sample), the samples that ran, and each output's mean, standard deviation, 5 % and 95 %
 * percentiles ({@link Spread}); a point none of whose samples ran has no row. Read row by row: only one point's
 * samples are held.
 */
final class Distributions {

    static final String NAME = "distributions.csv";
    /** Statistics per output, in the order of the columns, each titled "output statistic". */
    static final List<String> STATISTICS = List.of("mean", "sd", "p5", "p95");

    private Distributions() {
    }

    static void write(StudyPlan plan, Path points, Path folder) throws IOException {
        List<Integer> design = new ArrayList<>();
        for (int i = 0; i < plan.axes().size(); i++) {
            if (plan.axes().get(i).kind() != Axis.Kind.UNCERTAIN) {
                design.add(i);
            }
        }
        List<String> header = new ArrayList<>(List.of("point"));
        design.forEach(i -> header.add(plan.axes().get(i).column()));
        header.add("samples");
        plan.outputs().forEach(output -> STATISTICS.forEach(statistic -> header.add(output + " " + statistic)));
        List<String> lines = new ArrayList<>(List.of(String.join(",", header.stream().map(PointsFile::csv).toList())));
        int samples = plan.samples();
        int outputs = plan.outputs().size();
        double[][] group = new double[outputs][samples];
        long[] current = { -1 };
        int[] ran = { 0 };
        double[][] values = { null };
        Runnable flush = () -> {
            if (current[0] >= 0) {
                lines.add(row(plan, design, current[0], values[0], group, ran[0]));
            }
        };
        PointsFile.eachRan(points, plan, (index, point, found) -> {
            long at = index / samples;
            if (at != current[0]) {
                flush.run();
                current[0] = at;
                ran[0] = 0;
                values[0] = point;
            }
            for (int k = 0; k < outputs; k++) {
                group[k][ran[0]] = found[k];
            }
            ran[0]++;
        });
        flush.run();
        Files.write(folder.resolve(NAME), lines, StandardCharsets.UTF_8);
    }

    private static String row(StudyPlan plan, List<Integer> design, long point, double[] values, double[][] group,
            int ran) {
        StringBuilder row = new StringBuilder().append(point);
        design.forEach(i -> row.append(',').append(PointsFile.csv(plan.axes().get(i).format(values[i]))));
        row.append(',').append(ran);
        for (double[] output : group) {
            Spread spread = Spread.of(java.util.Arrays.copyOf(output, ran));
            for (double statistic : new double[] { spread.mean(), spread.deviation(), spread.p5(), spread.p95() }) {
                row.append(',').append(Double.isNaN(statistic) ? "" : Double.toString(statistic));
            }
        }
        return row.toString();
    }
}
