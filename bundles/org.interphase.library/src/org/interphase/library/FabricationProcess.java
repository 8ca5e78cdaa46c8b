package org.interphase.library;

/**
 * A fabrication step of the library: a deposition (ALD/MLD, ALD supercycle, layer-by-layer,
 * sputtering), an anneal, or the pressing of a ceramic pellet. Each names the materials it makes
 * or changes by library id.
 */
public sealed interface FabricationProcess permits DepositionProcess, AnnealProcess, PelletProcess {

    /** Unique library identifier, e.g. "ALD-Al2O3-TMA-H2O-250". */
    String id();

    /** A remark that is not a number (substrate, study, caveats); empty when there is none. */
    String note();

    /** Where the process was defined. */
    Origin origin();
}
