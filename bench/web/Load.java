import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent users on one Kindred page, as people use it: a request,
 * then a pause to read (think time), then the next. With --think-ms 0 every user fires again at once (a closed
 * loop, like wrk): that measures capacity, not what a user waits.
 *
 * <p>Times are taken at the client on the same machine, so they include the server's queueing and a loopback
 * round trip: an upper bound on server time.
 *
 * <pre>java bench/web/Load.java --base http://localhost:8090 --user manager --path / --users 50 --seconds 30</pre>
 * {@code --path} may hold {id}, replaced on each request by a random number from 1 to --max-id, or by one of
 * {@code --ids} (comma-separated) when given.
 */
public class Load {
    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://localhost:8090");
        String user = arg(args, "--user", "manager");
        String password = arg(args, "--password", "kindred-demo-2026");
        String path = arg(args, "--path", "/");
        int users = Integer.parseInt(arg(args, "--users", "50"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "30"));
        int thinkMs = Integer.parseInt(arg(args, "--think-ms", "1000"));
        int maxId = Integer.parseInt(arg(args, "--max-id", "1000"));
        String ids = arg(args, "--ids", "");
        if (!ids.isBlank()) {
            chosenIds = ids.split("[,\\s]+");
        }

        // One sign-in shared by every simulated user (Kindred allows a person three sessions at once); each user
        // has a connection of its own.
        Session signedIn = signIn(base, user, password);
        List<Session> clients = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            clients.add(new Session(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).build(), signedIn.cookie()));
        }
        warmUp(clients.get(0), base, path, maxId);

        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            Session client = clients.get(i);
            Random random = new Random(i);
            start(() -> {
                try {
                    // Users do not arrive in step: each starts somewhere in its first think time.
                    Thread.sleep(thinkMs == 0 ? 0 : random.nextInt(thinkMs));
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        int status = get(client, base, path, random, maxId);
                        micros.add((System.nanoTime() - t) / 1000);
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs / 2 + random.nextInt(thinkMs)); // mean thinkMs
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%s as %s: %d users, think %d ms, %d s: %d requests (%.1f/s), %d not 200%n", path, user,
                users, thinkMs, seconds, sorted.size(), sorted.size() / (double) seconds, failures.get());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    interface Body { void run() throws Exception; }

    static void start(Body body) {
        new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).start();
    }

    /** One user's connection and session cookie (kept by hand: the JDK's cookie store ignores "localhost"). */
    record Session(HttpClient http, String cookie) {
    }

    static Session signIn(String base, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String page = login.body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + base + "/login");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", sessionCookie(login))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = r.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("could not sign in as " + user);
        }
        return new Session(client, sessionCookie(r));
    }

    static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie from " + r.uri()));
    }

    static void warmUp(Session client, String base, String path, int maxId) throws Exception {
        Random random = new Random(-1);
        int status = 0;
        for (int i = 0; i < 200; i++) {
            status = get(client, base, path, random, maxId);
        }
        if (status != 200) {
            throw new IllegalStateException(path + " answers " + status + " (signed in? the account may be locked)");
        }
    }

    /** The ids {id} is chosen from, when --ids names them (children on a plan and in care, say). */
    static String[] chosenIds;

    static int get(Session client, String base, String path, Random random, int maxId) throws Exception {
        String id = chosenIds != null ? chosenIds[random.nextInt(chosenIds.length)]
                : Integer.toString(1 + random.nextInt(maxId));
        String p = path.replace("{id}", id);
        return client.http().send(HttpRequest.newBuilder(URI.create(base + p)).header("Cookie", client.cookie()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
