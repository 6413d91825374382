package dev.hero.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.hero.web.internal.log.BufferedRequestLog;
import io.dropwizard.request.logging.RequestLogFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.RequestLog;

/**
 * The server's default request log ({@code server.requestLog.type: buffered}): one line per
 * request on standard output, in the same format as Dropwizard's default {@code logback-access}
 * log, written in batches by a background thread so that requests never wait for the output.
 * Lines appear within {@link #getFlushInterval() flushInterval}. For other outputs (files,
 * syslog), configure Dropwizard's {@code logback-access} type and its appenders instead.
 */
@JsonTypeName("buffered")
public class BufferedRequestLogFactory implements RequestLogFactory<RequestLog> {

    @NotNull
    private TimeZone timeZone = TimeZone.getTimeZone("UTC");

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    @MaxDuration(value = 10, unit = TimeUnit.SECONDS)
    private Duration flushInterval = Duration.milliseconds(100);

    /**
     * The time zone of the timestamps.
     *
     * @return the zone; UTC by default
     */
    @JsonProperty
    public TimeZone getTimeZone() {
        return timeZone;
    }

    /**
     * Sets the time zone of the timestamps.
     *
     * @param timeZone the zone
     */
    @JsonProperty
    public void setTimeZone(TimeZone timeZone) {
        this.timeZone = timeZone;
    }

    /**
     * How often the lines of the requests answered meanwhile are written.
     *
     * @return the interval; 100 ms by default
     */
    @JsonProperty
    public Duration getFlushInterval() {
        return flushInterval;
    }

    /**
     * Sets how often lines are written.
     *
     * @param flushInterval between 1 ms and 10 s
     */
    @JsonProperty
    public void setFlushInterval(Duration flushInterval) {
        this.flushInterval = flushInterval;
    }

    @JsonIgnore
    @Override
    public boolean isEnabled() {
        return true;
    }

    @Override
    public RequestLog build(String name) {
        return new BufferedRequestLog(timeZone.toZoneId(), flushInterval.toJavaDuration(), () -> System.out);
    }
}
