package org.interphase.benchmarks.units;

import java.util.concurrent.TimeUnit;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.Units;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * Parsing of quantities as they appear in the DSL, which the editor does on every keystroke: a length, a
 * conductivity, a temperature with an offset unit and a current density with a compound unit. Units are
 * cached after the first parse, so this times the steady state the editor sees.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuantityParseBenchmark extends BenchmarkDefaults {

    @Param({"2.5 nm", "1.6e-4 S/cm", "130 °C", "0.1 mA/cm2"})
    public String text;

    @Benchmark
    public Quantity parse() {
        return Units.parse(text);
    }
}
