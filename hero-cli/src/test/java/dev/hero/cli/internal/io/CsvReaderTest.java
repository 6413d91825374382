package dev.hero.cli.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.cli.internal.CliFailure;
import dev.hero.domain.NewHero;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<HeroRow> rows(String csv) throws IOException {
        List<HeroRow> rows = new ArrayList<>();
        try (HeroRowReader reader = FileFormat.CSV.reader(new StringReader(csv))) {
            for (HeroRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_rows_report_their_first_line() throws IOException {
        List<HeroRow> rows = rows("name,secret_name,age\r\n\"a,\"\"b\"\"\",\"two\r\nlines\",1\r\nnext,s,\r\n");

        assertThat(rows).containsExactly(
                new HeroRow.Valid(2, new NewHero("a,\"b\"", "two\r\nlines", 1)),
                new HeroRow.Valid(4, new NewHero("next", "s", null)));
    }

    @Test
    void the_header_may_be_in_any_order_without_age_after_a_byte_order_mark() throws IOException {
        assertThat(rows("\uFEFFsecret_name,name\nS,N\n"))
                .containsExactly(new HeroRow.Valid(2, new NewHero("N", "S", null)));
    }

    @Test
    void blank_lines_are_skipped_but_an_empty_quoted_name_is_a_value() throws IOException {
        assertThat(rows("name,secret_name\n\n\"\",s\n\n"))
                .containsExactly(new HeroRow.Valid(3, new NewHero("", "s", null)));
    }

    @Test
    void malformed_quoting_makes_an_invalid_row_and_reading_goes_on() throws IOException {
        List<HeroRow> rows = rows("name,secret_name\n\"a\"x,s\nok,s\n\"never closed,s\n");

        assertThat(rows).containsExactly(
                HeroRow.Invalid.of(2, "record", "unexpected character after a closing quote"),
                new HeroRow.Valid(3, new NewHero("ok", "s", null)),
                HeroRow.Invalid.of(4, "record", "a quoted field is not closed"));
    }

    @Test
    void a_missing_duplicate_or_unknown_header_column_stops_the_import() {
        for (String header : List.of("name,age", "name,secret_name,name", "name,secret_name,power", "")) {
            assertThatThrownBy(() -> rows(header + "\n"))
                    .as(header)
                    .isInstanceOf(CliFailure.class);
        }
    }
}
