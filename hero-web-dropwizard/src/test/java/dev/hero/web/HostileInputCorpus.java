package dev.hero.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests no well-behaved client sends, generated from lists of bad parts: bodies, field values,
 * content types, ids, query values and headers. Each case is one request against a server that
 * holds a hero with id {@code seed}.
 */
final class HostileInputCorpus {

    /** One hostile request. */
    record Case(String name, String method, String target, byte[] body, String... headers) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String JSON = "application/json";

    private HostileInputCorpus() {
    }

    static List<Case> cases(long seed) {
        List<Case> cases = new ArrayList<>();
        String hero = "/heroes/" + seed;
        for (String body : malformedBodies()) {
            cases.add(new Case("POST malformed " + shortly(body), "POST", "/heroes/", utf8(body), "Content-Type", JSON));
            cases.add(new Case("PATCH malformed " + shortly(body), "PATCH", hero, utf8(body), "Content-Type", JSON));
        }
        for (byte[] body : badBytes()) {
            cases.add(new Case("POST bytes " + shortly(new String(body, StandardCharsets.ISO_8859_1)), "POST", "/heroes/", body,
                    "Content-Type", JSON));
            cases.add(new Case("PATCH bytes " + shortly(new String(body, StandardCharsets.ISO_8859_1)), "PATCH", hero, body,
                    "Content-Type", JSON));
        }
        for (String field : List.of("name", "secret_name", "age")) {
            for (String value : oddValues()) {
                String create = "{\"name\":\"n\",\"secret_name\":\"s\",\"age\":1,\"" + field + "\":" + value + "}";
                cases.add(new Case("POST " + field + "=" + shortly(value), "POST", "/heroes/", utf8(create), "Content-Type", JSON));
                String patch = "{\"" + field + "\":" + value + "}";
                cases.add(new Case("PATCH " + field + "=" + shortly(value), "PATCH", hero, utf8(patch), "Content-Type", JSON));
            }
        }
        for (String type : contentTypes()) {
            byte[] valid = utf8("{\"name\":\"n\",\"secret_name\":\"s\"}");
            cases.add(new Case("POST type " + type, "POST", "/heroes/", valid, "Content-Type", type));
            cases.add(new Case("PATCH type " + type, "PATCH", hero, utf8("{\"age\":5}"), "Content-Type", type));
        }
        for (String id : oddIds()) {
            cases.add(new Case("GET id " + id, "GET", "/heroes/" + id, null));
            cases.add(new Case("PATCH id " + id, "PATCH", "/heroes/" + id, utf8("{\"age\":5}"), "Content-Type", JSON));
            cases.add(new Case("DELETE id " + id, "DELETE", "/heroes/" + id, null));
        }
        for (String value : oddQueryValues()) {
            for (String parameter : List.of("offset", "limit")) {
                cases.add(new Case("GET " + parameter + "=" + value, "GET", "/heroes/?" + parameter + "=" + value, null));
            }
        }
        cases.add(new Case("GET repeated limit", "GET", "/heroes/?limit=1&limit=500", null));
        cases.add(new Case("GET unknown parameter", "GET", "/heroes/?drop=table&offset=0", null));
        for (String[] header : oddHeaders()) {
            cases.add(new Case("PATCH header " + header[0] + ": " + shortly(header[1]), "PATCH", hero, utf8("{\"age\":6}"),
                    "Content-Type", JSON, header[0], header[1]));
            cases.add(new Case("GET header " + header[0] + ": " + shortly(header[1]), "GET", hero, null, header[0], header[1]));
        }
        for (String method : List.of("PUT", "OPTIONS", "TRACE", "FOO", "CONNECT")) {
            cases.add(new Case(method + " collection", method, "/heroes/", utf8("{}"), "Content-Type", JSON));
            cases.add(new Case(method + " hero", method, hero, utf8("{}"), "Content-Type", JSON));
        }
        cases.add(new Case("POST without a body", "POST", "/heroes/", null, "Content-Type", JSON));
        cases.add(new Case("PATCH without a body", "PATCH", hero, null, "Content-Type", JSON));
        cases.add(new Case("POST 1 MiB + 1", "POST", "/heroes/", new byte[1024 * 1024 + 1], "Content-Type", JSON));
        cases.add(new Case("DELETE with a body", "DELETE", hero + "x", utf8("{\"a\":1}"), "Content-Type", JSON));
        return cases;
    }

    private static List<String> malformedBodies() {
        List<String> bodies = new ArrayList<>(List.of(
                "", " ", "{", "}", "[", "]", "{\"name\":", "{\"name\":\"a\"", "{'name':'a','secret_name':'b'}",
                "{name:\"a\",secret_name:\"b\"}", "{\"name\":\"a\" \"secret_name\":\"b\"}", "{\"name\":\"a\",}",
                "{\"name\":\"a\",\"secret_name\":\"b\"}x", "{} {}", "{}{}", "\"just a string\"", "123", "-0", "null",
                "true", "[]", "[{}]", "[{\"name\":\"a\",\"secret_name\":\"b\"}]", "/* c */ {}", "// c\n{}", "NaN",
                "Infinity", "{\"age\": NaN}", "{\"age\": Infinity}", "{\"age\": -Infinity}", "{\"age\": 0x10}",
                "{\"age\": 010}", "{\"age\": +1}", "{\"age\": .5}", "{\"age\": 1.}", "{\"age\": 1e}", "\uFEFF{}",
                "{\"name\":\"\\u00\"}", "{\"name\":\"\\x41\"}", "{\"name\":\"tab\tinside\"}", "{\"name\":\"line\nbreak\"}",
                "{\"name\":\"a\",\"name\":\"b\",\"secret_name\":\"c\"}", "{\"\":1}", "{\"name\":\"a\",\"secret_name\":\"b\",\"x\":[}",
                "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "[".repeat(100_000),
                "{\"name\":" + "[".repeat(2_000) + "]".repeat(2_000) + ",\"secret_name\":\"s\"}",
                "{\"name\":\"" + "x".repeat(900_000) + "\",\"secret_name\":\"s\"}",
                "{\"name\":\"" + "\\u0000".repeat(10) + "\",\"secret_name\":\"s\"}",
                "{\"name\":\"" + "\\\\".repeat(50_000) + "\",\"secret_name\":\"s\"}",
                "{\"x\":\"" + "y".repeat(1024 * 1024) + "\"}"));
        for (int i = 0; i < 20; i++) {
            bodies.add("{\"name\":\"a\",\"secret_name\":\"b\",\"age\":1}".substring(0, i * 2));
        }
        return bodies;
    }

    private static List<byte[]> badBytes() {
        return List.of(
                new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'},
                bytes("{\"name\":\"", new byte[] {(byte) 0xC3, 0x28}, "\",\"secret_name\":\"s\"}"),
                bytes("{\"name\":\"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\",\"secret_name\":\"s\"}"),
                bytes("{\"name\":\"", new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, "\",\"secret_name\":\"s\"}"),
                bytes("{\"name\":\"", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\",\"secret_name\":\"s\"}"),
                bytes("{\"name\":\"", new byte[] {(byte) 0xE2, (byte) 0x82}, "\",\"secret_name\":\"s\"}"),
                bytes("{\"name\":\"a\"", new byte[] {0}, ",\"secret_name\":\"s\"}"),
                bytes("{\"name\":\"a", new byte[] {0}, "b\",\"secret_name\":\"s\"}"),
                bytes("", new byte[] {0, 0, 0, 0}, ""),
                bytes("{\"age\":", new byte[] {(byte) 0x80}, "}"),
                bytes("{\"name\":\"", new byte[] {(byte) 0x1B, '[', '3', '1', 'm'}, "\",\"secret_name\":\"s\"}"),
                new byte[] {0x00, '{', 0x00, '}'},
                "{\"name\":\"a\",\"secret_name\":\"b\"}".getBytes(StandardCharsets.UTF_16),
                "{\"name\":\"a\",\"secret_name\":\"b\"}".getBytes(StandardCharsets.UTF_16LE),
                "{\"name\":\"é\",\"secret_name\":\"b\"}".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<String> oddValues() {
        return List.of(
                "null", "true", "false", "0", "-1", "1.5", "-0.5", "1.0", "1e2", "1E+2", "1e400", "-1e400", "1e-400",
                "12345678901234567890", "-12345678901234567890", "2147483648", "-2147483649", "9223372036854775808",
                "0.0000001", "\"abc\"", "\"\"", "\"12\"", "\" 12 \"", "[]", "[1]", "[\"a\"]", "{}", "{\"a\":1}",
                "\"" + "x".repeat(100_000) + "\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
                "\"🦸‍♀️\"", "\"\\u202Eevil\"", "\"'; DROP TABLE hero; --\"", "-0", "1" + "0".repeat(400),
                "[" .repeat(3_000) + "]".repeat(3_000));
    }

    private static List<String> contentTypes() {
        return List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=latin1", "application/json; charset=utf-16", "application/json; charset=nonsense",
                "garbage", "*/*", "application/*", "application/json;;;", "application/merge-patch+json",
                "text/json", "application/javascript", ";", "application/json; q=\"");
    }

    private static List<String> oddIds() {
        return List.of("-1", "0", "1.0", "0x10", "1e3", "+1", "%201", "1%20", "%00", "1%00", "abc", "9223372036854775807",
                "9223372036854775808", "-9223372036854775809", "1234567890123456789012345678901234567890", "%2F", "%25",
                "1;drop", "%E2%82%AC", "%D9%A1", "..%2F1", "1,2", "%0d%0aX-Injected:%201", "null", "true", "[1]");
    }

    private static List<String> oddQueryValues() {
        return List.of("-1", "0", "100", "101", "1.5", "1.0", "1e2", "abc", "", "12345678901234567890", "%00", "0x10",
                "%201", "+1", "-0", "9223372036854775807", "2147483648", "%E2%82%AC", "null", "[]", "1%0d%0aX:1");
    }

    private static List<String[]> oddHeaders() {
        return List.of(
                new String[] {"If-Match", "garbage"}, new String[] {"If-Match", "\""},
                new String[] {"If-Match", "\"1-1\", W/\"1-1\", *"}, new String[] {"If-Match", ",,,"},
                new String[] {"If-Match", "\"1-99999999999999999999999\""}, new String[] {"If-None-Match", "\"\""},
                new String[] {"If-None-Match", "W/"}, new String[] {"Authorization", "Bearer " + "x".repeat(4000)},
                new String[] {"Accept", "text/html"}, new String[] {"Accept", "application/xml"},
                new String[] {"Accept-Encoding", "gzip, deflate, br, zstd"}, new String[] {"Content-Encoding", "gzip"},
                new String[] {"Transfer-Encoding", "identity"}, new String[] {"X-Long", "v".repeat(7000)},
                new String[] {"X-Too-Long", "v".repeat(20_000)}, new String[] {"Origin", "null"},
                new String[] {"Range", "bytes=0-1"}, new String[] {"Expect", "something-else"});
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] start = utf8(before);
        byte[] end = utf8(after);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    private static String shortly(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 40 ? visible.substring(0, 40) + "... (" + text.length() + " chars)" : visible;
    }
}
