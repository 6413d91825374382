package dev.hero.web.internal.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a successful delete: {@code {"ok": true}}. */
@Schema(requiredProperties = "ok")
public record DeleteResult(@JsonProperty("ok") boolean ok) {

    public static final DeleteResult OK = new DeleteResult(true);
}
