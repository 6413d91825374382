package dev.hero.web.internal.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a successful delete: {@code {"ok": true}}. */
public record DeleteResult(@JsonProperty("ok") boolean ok) {

    public static final DeleteResult OK = new DeleteResult(true);
}
