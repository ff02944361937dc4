package id.warga.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One mapped route (method and pattern, exactly as Spring reports it) with who may use it and the
 * sample requests that prove it:
 *
 * <ul>
 *   <li>{@link #open}: anyone, signed in or not (the map, area pages, open data);
 *   <li>{@link #signedIn}: any signed-in user, about their own account only;
 *   <li>{@link #admin}: administrators only;
 *   <li>{@link #area}: area data, limited to the user's scope. Give {@link #foreign} (a record in
 *       another RT: the {@code rt} user must get 404) and/or {@link #hides} (a list: the {@code rt}
 *       user's answer must not contain these texts from another RT), and preferably {@link #own}
 *       and {@link #shows}, so the test also proves the user sees their own data.
 * </ul>
 *
 * Anonymous visitors must be refused (401 for the API, a redirect to the login page for pages) on
 * everything that is not open.
 */
public final class Route {

    public enum Access {
        OPEN,
        SIGNED_IN,
        ADMIN,
        AREA
    }

    final Access access;
    final String method;
    final String pattern;
    String sample;
    String body;
    final List<String[]> form = new ArrayList<>();
    String own;
    String foreign;
    final List<String> hides = new ArrayList<>();
    final List<String> shows = new ArrayList<>();
    Consumer<RouteFixtures> unchanged;
    Integer status;

    private Route(Access access, String method, String pattern) {
        this.access = access;
        this.method = method.toUpperCase();
        this.pattern = pattern;
        this.sample = pattern.contains("{") ? null : pattern;
    }

    public static Route open(String method, String pattern) {
        return new Route(Access.OPEN, method, pattern);
    }

    public static Route signedIn(String method, String pattern) {
        return new Route(Access.SIGNED_IN, method, pattern);
    }

    public static Route admin(String method, String pattern) {
        return new Route(Access.ADMIN, method, pattern);
    }

    public static Route area(String method, String pattern) {
        return new Route(Access.AREA, method, pattern);
    }

    /** The request anonymous visitors (and, for non-area routes, the {@code rt} user) send. */
    public Route sample(String uri) {
        this.sample = uri;
        return this;
    }

    /** A JSON body sent with every request of this route. */
    public Route body(String json) {
        this.body = json;
        return this;
    }

    /** Form fields sent with every request of this route. */
    public Route form(Map<String, String> fields) {
        fields.forEach((k, v) -> form.add(new String[] {k, v}));
        return this;
    }

    /** The status the sample answers when it is not simply "below 500" (the error page answers 500). */
    public Route answers(int status) {
        this.status = status;
        return this;
    }

    /** A request for a record in the {@code rt} user's own RT: must be answered (status below 400). */
    public Route own(String uri) {
        this.own = uri;
        return this;
    }

    /** A request for (or a change of) a record in another RT: the {@code rt} user must get 404. */
    public Route foreign(String uri) {
        this.foreign = uri;
        return this;
    }

    /** Texts of another RT's records that the {@code rt} user's answer to the sample must not contain. */
    public Route hides(String... texts) {
        this.hides.addAll(List.of(texts));
        return this;
    }

    /** Texts of the {@code rt} user's own records that their answer to the sample must contain. */
    public Route shows(String... texts) {
        this.shows.addAll(List.of(texts));
        return this;
    }

    /** Runs after the refused foreign change, to prove nothing changed. */
    public Route unchanged(Consumer<RouteFixtures> check) {
        this.unchanged = check;
        return this;
    }

    public String key() {
        return method + " " + pattern;
    }

    boolean isApi() {
        return pattern.startsWith("/api/");
    }

    boolean isSafe() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("*");
    }

    @Override
    public String toString() {
        return key() + " (" + access.name().toLowerCase() + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Route route && route.key().equals(key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key());
    }
}
