package id.warga.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop HTTP load: each client is a signed-in user (its own session, its own keep-alive
 * connection) who sends the next request as soon as the last is answered, for a fixed time.
 * Requests go over plain sockets, so that the load generator, which shares the machine's two
 * cores with the server, costs as little as it can. Latencies are kept whole: percentiles are exact.
 */
public final class HttpLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private HttpLoad() {}

    /** A client signed in with the form login, keeping its session cookie. */
    public static HttpClient signedIn(String baseUrl, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(page);
        String form = "username=" + username + "&password=" + password
                + (token.find() ? "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<Void> login = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": " + login.statusCode());
        }
        return client;
    }

    public static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The session cookie of a signed-in client, to send over a plain socket. */
    public static String sessionCookie(HttpClient client) {
        CookieManager manager = (CookieManager) client.cookieHandler().orElseThrow();
        return manager.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString)
                .findFirst()
                .orElseThrow();
    }

    /** Runs {@code clients} concurrent signed-in clients against the URL for the given time, back to back. */
    public static Result run(List<HttpClient> clients, String url, Duration duration) throws Exception {
        return run(clients, url, duration, 0);
    }

    /**
     * Runs the clients for the given time; with a pace, each client sends one request every
     * {@code paceMillis} (a user refreshing a dashboard), else the next as soon as the last is answered.
     */
    public static Result run(List<HttpClient> clients, String url, Duration duration, long paceMillis)
            throws Exception {
        URI uri = URI.create(url);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        CountDownLatch done = new CountDownLatch(clients.size());
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        for (HttpClient client : clients) {
            long[][] holder = new long[1][];
            perClient.add(null);
            int index = perClient.size() - 1;
            String cookie = sessionCookie(client);
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                                + "Cookie: " + cookie + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                Socket socket = null;
                InputStream in = null;
                try {
                    long next = System.nanoTime() + (long) (Math.random() * paceMillis * 1_000_000);
                    while (System.nanoTime() < end) {
                        if (paceMillis > 0) {
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            next += paceMillis * 1_000_000;
                        }
                        if (socket == null) {
                            socket = new Socket(uri.getHost(), uri.getPort());
                            socket.setTcpNoDelay(true);
                            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                        }
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            OutputStream out = socket.getOutputStream();
                            out.write(request);
                            out.flush();
                            status = readResponse(in);
                        } catch (IOException closed) {
                            // the server ended the keep-alive connection: reconnect and ask again
                            socket.close();
                            socket = null;
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = t1 - t0;
                    }
                    if (socket != null) {
                        socket.close();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                holder[0] = Arrays.copyOf(latencies, n);
                synchronized (perClient) {
                    perClient.set(index, holder[0]);
                }
                done.countDown();
            });
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long elapsed = System.nanoTime() - started;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, elapsed, errors.get(), os.getProcessCpuTime() - cpu0);
    }

    /** Reads one HTTP/1.1 response (fixed length or chunked) and answers its status. */
    static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            while (true) {
                long size = Long.parseLong(line(in).split(";")[0].trim(), 16);
                skip(in, size);
                line(in);
                if (size == 0) {
                    break;
                }
            }
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (c < 0 && line.length() == 0) {
            throw new IOException("connection closed");
        }
        return line.toString();
    }

    /** Exact percentiles of a run. */
    public record Result(long[] sortedNanos, long elapsedNanos, long errors, long cpuNanos) {

        public double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        public double throughput() {
            return sortedNanos.length / (elapsedNanos / 1e9);
        }

        public int requests() {
            return sortedNanos.length;
        }
    }
}
