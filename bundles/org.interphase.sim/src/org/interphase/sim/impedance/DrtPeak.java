package org.interphase.sim.impedance;

/**
 * A local maximum of a distribution of relaxation times.
 *
 * @param tau   time constant of the peak in s (interpolated between grid points)
 * @param gamma      height of the peak, γ in Ω per unit ln τ
 * @param resistance the peak's area ∫ γ d ln τ in Ω: the resistance of the process it stands for
 */
public record DrtPeak(double tau, double gamma, double resistance) {

    /** @return the characteristic frequency 1/(2πτ) in Hz, where the matching arc has its apex */
    public double frequency() {
        return 1 / (2 * Math.PI * tau);
    }
}
