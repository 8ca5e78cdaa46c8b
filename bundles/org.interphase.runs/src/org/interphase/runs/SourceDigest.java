package org.interphase.runs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The fingerprint of the text a run was made from (SHA-256 of its UTF-8 bytes, hex), saved with the run so that the
 * IDE can tell when its .iph file has changed since.
 */
public final class SourceDigest {

    private SourceDigest() {
    }

    /** The digest of {@code text}. */
    public static String of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The digest of the text a parsed file was read from (the editor's text when a run starts from the editor), or
     * null for a resource that was not parsed from text.
     */
    static String of(Resource resource) {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        ICompositeNode node = NodeModelUtils.getNode(resource.getContents().get(0));
        return node == null ? null : of(node.getRootNode().getText());
    }
}
