package org.interphase.core.extensions;

/** A contribution type for the registry tests, contributed headless through META-INF/services of this fragment. */
public interface Shape extends Contribution {

    int corners();

    /** A well-formed contribution. */
    final class Triangle implements Shape {
        @Override
        public String id() {
            return "triangle";
        }

        @Override
        public int corners() {
            return 3;
        }
    }

    /** A second, different contribution. */
    final class Square implements Shape {
        @Override
        public String id() {
            return "square";
        }

        @Override
        public int corners() {
            return 4;
        }
    }

    /** Claims the id of {@link Triangle}: the first one found must win. */
    final class OtherTriangle implements Shape {
        @Override
        public String id() {
            return "triangle";
        }

        @Override
        public int corners() {
            return -1;
        }
    }

    /** A contributor whose constructor fails, as a plug-in with a missing dependency would. */
    final class Broken implements Shape {
        public Broken() {
            throw new IllegalStateException("missing configuration");
        }

        @Override
        public String id() {
            return "broken";
        }

        @Override
        public int corners() {
            return 0;
        }
    }
}
