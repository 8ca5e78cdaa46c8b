package org.interphase.library;

/** A process that deposits a film of one library material. */
public sealed interface DepositionProcess extends FabricationProcess
        permits AldProcess, SupercycleProcess, LbLProcess, SputterProcess {

    /** Library id of the material the process deposits. */
    String material();
}
