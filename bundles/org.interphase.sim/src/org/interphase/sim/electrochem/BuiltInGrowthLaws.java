package org.interphase.sim.electrochem;

import java.util.Map;

/**
 * The growth laws Interphase ships, contributed like a plug-in's (see this bundle's plugin.xml and
 * META-INF/services), so that a lookup by id lists them alongside contributed ones.
 */
public final class BuiltInGrowthLaws {

    private BuiltInGrowthLaws() {
    }

    /** {@link ParabolicGrowth}: constant {@code k} in m²/s. */
    public static final class Parabolic implements GrowthLawContribution {
        @Override
        public String id() {
            return "parabolic";
        }

        @Override
        public String description() {
            return "diffusion-limited, L^2 = L0^2 + 2kt";
        }

        @Override
        public Map<String, String> constants() {
            return Map.of("k", "m2/s");
        }

        @Override
        public InterphaseGrowthLaw create(Map<String, Double> values) {
            return new ParabolicGrowth(GrowthLaws.constant(this, values, "k"));
        }
    }

    /** {@link LinearGrowth}: constant {@code v} in m/s. */
    public static final class Linear implements GrowthLawContribution {
        @Override
        public String id() {
            return "linear";
        }

        @Override
        public String description() {
            return "reaction-limited, L = L0 + vt";
        }

        @Override
        public Map<String, String> constants() {
            return Map.of("v", "m/s");
        }

        @Override
        public InterphaseGrowthLaw create(Map<String, Double> values) {
            return new LinearGrowth(GrowthLaws.constant(this, values, "v"));
        }
    }
}
