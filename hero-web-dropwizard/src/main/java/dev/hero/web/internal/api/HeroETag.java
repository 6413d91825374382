package dev.hero.web.internal.api;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hero's entity tag, strong and quoted: {@code "<id>-<version>"}. It changes with every update
 * that changes the hero, and equal tags mean byte-identical JSON. The conditional headers are read
 * as RFC 9110 says: {@code If-Match} compares strongly (a weak tag never matches), {@code
 * If-None-Match} weakly; {@code *} matches any existing hero. An unreadable header matches nothing.
 */
public final class HeroETag {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(?:,|$)");
    private static final String ANY = "*";

    private HeroETag() {
    }

    /** The tag of {@code hero} as it is now. */
    public static EntityTag of(Hero hero) {
        return of(hero.id(), hero.version());
    }

    /** The tag of the hero {@code id} at {@code version}. */
    public static EntityTag of(HeroId id, long version) {
        return new EntityTag(id + "-" + version);
    }

    /** The versions of the hero {@code id} an {@code If-Match} header accepts; any when there is none. */
    static ExpectedVersion expected(String ifMatch, HeroId id) {
        if (ifMatch == null || ifMatch.strip().equals(ANY)) {
            return ExpectedVersion.any();
        }
        Set<Long> versions = new HashSet<>();
        String prefix = id + "-";
        Matcher tag = TAG.matcher(ifMatch);
        int end = 0;
        while (tag.find() && tag.start() == end) {
            end = tag.end();
            String value = tag.group(2);
            if (tag.group(1) == null && value.startsWith(prefix)) {
                versionIn(value.substring(prefix.length()), versions);
            }
        }
        return ExpectedVersion.oneOf(end == ifMatch.length() ? versions : Set.of());
    }

    /** Whether an {@code If-None-Match} header names the hero as it is now (then the client's copy is current). */
    static boolean matchesNoneMatch(String ifNoneMatch, Hero hero) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals(ANY)) {
            return true;
        }
        String current = of(hero).getValue();
        Matcher tag = TAG.matcher(ifNoneMatch);
        int end = 0;
        while (tag.find() && tag.start() == end) {
            end = tag.end();
            if (tag.group(2).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static void versionIn(String digits, Set<Long> versions) {
        if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            versions.add(Long.parseLong(digits));
        }
    }
}
