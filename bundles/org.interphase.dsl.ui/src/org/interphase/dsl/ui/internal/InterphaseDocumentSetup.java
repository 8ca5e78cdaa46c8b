package org.interphase.dsl.ui.internal;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;

/** Installs the comment/string partitioning on every document the file buffers create for an {@code .iph} file. */
public final class InterphaseDocumentSetup implements IDocumentSetupParticipant {

    @Override
    public void setup(IDocument document) {
        if (document instanceof IDocumentExtension3 extension
                && extension.getDocumentPartitioner(InterphasePartitions.PARTITIONING) == null) {
            IDocumentPartitioner partitioner = InterphasePartitions.newPartitioner();
            extension.setDocumentPartitioner(InterphasePartitions.PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }
}
