package dev.hero.web.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The bearer tokens that may write. Tokens are kept and compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, against every token, so the time a comparison takes tells nothing
 * about a token's content or length.
 */
public final class ApiTokens {

    /** The environment variable that adds tokens, comma-separated. */
    public static final String ENVIRONMENT_VARIABLE = "HERO_API_TOKENS";

    private final List<byte[]> digests;

    private ApiTokens(List<byte[]> digests) {
        this.digests = digests;
    }

    /** The configured tokens plus those in {@code fromEnvironment} (comma-separated, may be null); blanks ignored. */
    public static ApiTokens of(Collection<String> configured, String fromEnvironment) {
        List<String> tokens = new ArrayList<>(configured);
        if (fromEnvironment != null) {
            tokens.addAll(Arrays.asList(fromEnvironment.split(",")));
        }
        return new ApiTokens(tokens.stream().map(String::strip).filter(t -> !t.isEmpty()).map(ApiTokens::digest).toList());
    }

    /** Whether any token is configured: only then is authentication on. */
    public boolean enabled() {
        return !digests.isEmpty();
    }

    /** Whether {@code presented} is one of the tokens. */
    public boolean accepts(String presented) {
        byte[] candidate = digest(presented == null ? "" : presented);
        boolean match = false;
        for (byte[] digest : digests) {
            match |= MessageDigest.isEqual(digest, candidate);
        }
        return match && presented != null;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
