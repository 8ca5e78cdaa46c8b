package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH settings shared by every Interphase benchmark; JMH reads these annotations from the superclass
 * (JMH sample 24, inheritance). A benchmark class extends this and may override
 * {@link OutputTimeUnit} for its own scale, and {@link Warmup} and {@link Measurement} when one call takes
 * a sizeable part of the 1 s iteration.
 * <p>
 * Average time per call, one fork, 5 × 1 s warm-up (the millisecond-long fit still speeds up after 3 s)
 * and 10 × 1 s measurement: about 15 s per benchmark method and {@code @Param} value. Ten samples rather
 * than five because JMH reports a 99.9 % confidence interval, whose Student t factor falls from 8.6 to 4.8,
 * which matters on a shared 2-core machine where iterations scatter by 10–20 %. Override on the command
 * line, e.g. {@code ./interphase bench -f 3 -wi 3 -i 5}.
 * <p>
 * Subclasses are {@link Scope#Benchmark} states: inputs built in a {@code @Setup} method are shared and
 * never counted in the score.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@State(Scope.Benchmark)
public abstract class BenchmarkDefaults {
}
