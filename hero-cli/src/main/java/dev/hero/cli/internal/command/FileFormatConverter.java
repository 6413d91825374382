package dev.hero.cli.internal.command;

import dev.hero.cli.internal.io.FileFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code jsonl} (or {@code ndjson}) and {@code csv}, in any case. */
final class FileFormatConverter implements ITypeConverter<FileFormat> {

    @Override
    public FileFormat convert(String value) {
        FileFormat format = FileFormat.ofFileName("." + value);
        if (format == null) {
            throw new TypeConversionException("expected jsonl or csv but was '" + value + "'");
        }
        return format;
    }

    /** The explicit format, else the one the file name implies; {@code null} when neither says. */
    static FileFormat choose(FileFormat explicit, String fileName) {
        if (explicit != null) {
            return explicit;
        }
        return "-".equals(fileName) ? null : FileFormat.ofFileName(fileName.toLowerCase(Locale.ROOT));
    }
}
