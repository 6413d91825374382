package dev.hero.cli.internal;

/** How results are printed on stdout. */
public enum OutputFormat {
    /** Aligned columns for people. */
    TABLE,
    /** The API's JSON for scripts: an object for one result, an array for a list. */
    JSON
}
