package dev.hero.cli.internal;

/** The exit codes of the {@code hero} tool, the one place they are defined. */
public enum ExitCode {
    /** The command did what was asked. */
    SUCCESS(0),
    /** No hero has the given id. */
    NOT_FOUND(1),
    /** The command line is wrong: unknown option, missing or invalid value, no confirmation. */
    USAGE(2),
    /** An input is invalid: bad rows in an import, a file that is missing or unreadable. */
    INVALID_INPUT(3),
    /** The database is unreachable or failed. */
    DATABASE(4),
    /** The output could not be written (a full disk, a closed pipe). */
    OUTPUT(74),
    /** A bug: something failed that never should. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
