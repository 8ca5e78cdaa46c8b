package org.interphase.dsl.ui.internal;

import java.util.Iterator;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/** Feeds the presentation reconciler the regions {@link LexicalClassifier} finds, with their colours. */
final class InterphaseTokenScanner implements ITokenScanner {

    private final LexicalClassifier classifier;
    private final SyntaxColours colours;
    private final IToken plain = new Token(null);

    private Iterator<LexicalClassifier.Region> regions;
    private LexicalClassifier.Region pending;
    private int position;
    private int end;
    private int tokenOffset;
    private int tokenLength;

    InterphaseTokenScanner(LexicalClassifier classifier, SyntaxColours colours) {
        this.classifier = classifier;
        this.colours = colours;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        String text;
        try {
            text = document.get(offset, length);
        } catch (BadLocationException e) {
            throw new IllegalArgumentException("range " + offset + "+" + length + " is outside the document", e);
        }
        regions = classifier.classify(text, 0, text.length()).stream()
                .map(r -> new LexicalClassifier.Region(r.offset() + offset, r.length(), r.category()))
                .iterator();
        pending = regions.hasNext() ? regions.next() : null;
        position = offset;
        end = offset + length;
    }

    @Override
    public IToken nextToken() {
        tokenOffset = position;
        if (position >= end) {
            tokenLength = 0;
            return Token.EOF;
        }
        if (pending == null || pending.offset() > position) {
            // The plain text up to the next coloured region.
            int next = pending == null ? end : pending.offset();
            tokenLength = next - position;
            position = next;
            return plain;
        }
        tokenLength = pending.length();
        position = pending.offset() + pending.length();
        IToken token = new Token(colours.style(pending.category()));
        pending = regions.hasNext() ? regions.next() : null;
        return token;
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }
}
