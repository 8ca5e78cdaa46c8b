package org.interphase.dsl.ui.internal;

/** What a piece of Interphase text is, as far as colouring goes. */
enum TokenCategory {
    KEYWORD, NUMBER, UNIT, STRING, COMMENT, PLAIN
}
