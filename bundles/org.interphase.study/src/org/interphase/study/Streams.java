package org.interphase.study;

import java.util.SplittableRandom;

/**
 * Independent random streams by seed, axis and sample, so that a point's random values depend on its index only:
 * the same study gives the same points in any order, on any number of threads or machines, and after a resume.
 */
final class Streams {

    private Streams() {
    }

    static SplittableRandom random(long seed, int axis, long sample) {
        return new SplittableRandom(mix(mix(mix(seed) ^ axis) ^ sample));
    }

    /** The SplitMix64 finaliser: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
