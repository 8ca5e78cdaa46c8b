package org.interphase.cli;

/** Wrong arguments or paths: the command prints the message and exits with code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
