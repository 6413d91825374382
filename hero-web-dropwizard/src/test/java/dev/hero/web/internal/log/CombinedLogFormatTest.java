package dev.hero.web.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a client sends can neither forge a log line nor break one. */
class CombinedLogFormatTest {

    private static String escaped(String text) {
        return CombinedLogFormat.escaped(new StringBuilder(), text).toString();
    }

    @Test
    void printable_ascii_is_kept_as_it_is() {
        assertThat(escaped("GET /heroes/?offset=1&limit=2 HTTP/1.1")).isEqualTo("GET /heroes/?offset=1&limit=2 HTTP/1.1");
    }

    @Test
    void quotes_and_backslashes_are_escaped_so_a_field_cannot_end_early() {
        assertThat(escaped("agent \"with\" \\quotes")).isEqualTo("agent \\\"with\\\" \\\\quotes");
    }

    @Test
    void control_and_non_ascii_characters_become_hex_escapes() {
        assertThat(escaped("a\nb\tc\u0001d\u00e9e\u20acf")).isEqualTo("a\\x0ab\\x09c\\x01d\\xe9e\\u20acf");
    }

    @Test
    void a_missing_value_is_a_dash() {
        assertThat(escaped(null)).isEqualTo("-");
    }
}
