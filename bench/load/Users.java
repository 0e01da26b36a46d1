import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many people using Kindred at once over its main pages (issue 21): social workers (My work, their children's pages,
 * search, case notes written), team managers (My work, children's pages, search, the front-door queue) and front-door
 * workers (the queue, search, children's pages), each signed in as a real demo account (at most three people per
 * account: Kindred's session limit), each reading or typing between requests (think time).
 *
 * <p>Cheap on the client (it shares two cores with the server): one virtual thread per user where the JDK has them
 * (21 and newer; platform threads otherwise), four shared {@code java.net.http} clients, cookies kept by hand.
 * Times are taken at the client: the server's queueing and the loopback round trip included.
 *
 * <pre>java bench/load/Users.java --base http://127.0.0.1:8460 --users 500 --warmup 60 --seconds 120</pre>
 * Options: --think-ms (mean pause, default 5000: a person clicks every 2.5 to 7.5 s, several times busier than real
 * social workers), --report-every N (a line per N seconds: the soak), --summary FILE (tab-separated, per page),
 * --p99-budget MS (default 300).
 */
public class Users {
    static final String PASSWORD = "kindred-demo-2026";
    static final String[] GIVEN = {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah",
        "Olivia", "Leo", "Lily", "Charlie", "Emily", "Mohammed", "Grace", "Jacob", "Sophie", "Thomas", "Ella",
        "Daniel", "Freya", "James", "Ruby", "Joshua", "Chloe", "Alfie", "Evie", "Riley", "Jessica"};
    static final String[] FAMILY = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
        "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
        "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Khan", "Ahmed", "Begum", "Ali", "Morris", "Ward"};

    enum Role { SOCIAL_WORKER, MANAGER, FRONT_DOOR }

    record Account(String username, Role role) {
    }

    /**
     * The demo county's staff who read children's records (WorkforcePlan and DemoUsers): front-door workers sw001-sw022
     * and {@code frontdoor}; social workers sw023-sw204 and {@code worker}; team managers tm01-tm25 (tm04 and tm19
     * are {@code manager} and {@code manager40}). Fostering officers (sw205-sw216) do not read case records.
     */
    static List<Account> accounts() {
        List<Account> all = new ArrayList<>();
        for (int i = 1; i <= 22; i++) all.add(new Account(String.format("sw%03d", i), Role.FRONT_DOOR));
        all.add(new Account("frontdoor", Role.FRONT_DOOR));
        for (int i = 23; i <= 204; i++) all.add(new Account(String.format("sw%03d", i), Role.SOCIAL_WORKER));
        all.add(new Account("worker", Role.SOCIAL_WORKER));
        for (int i = 1; i <= 25; i++) {
            if (i != 4 && i != 19) all.add(new Account(String.format("tm%02d", i), Role.MANAGER));
        }
        all.add(new Account("manager", Role.MANAGER));
        all.add(new Account("manager40", Role.MANAGER));
        return all;
    }

    /** What one user does next, by role (weights out of 100). */
    static String nextPage(Role role, Random r) {
        int x = r.nextInt(100);
        return switch (role) {
            case SOCIAL_WORKER -> x < 25 ? "My work" : x < 60 ? "child's page" : x < 80 ? "search" : "case note";
            case MANAGER -> x < 40 ? "My work" : x < 70 ? "child's page" : x < 90 ? "search" : "front-door queue";
            case FRONT_DOOR -> x < 40 ? "front-door queue" : x < 75 ? "search" : "child's page";
        };
    }

    static final List<String> PAGES = List.of("My work", "child's page", "search", "front-door queue",
            "case note form", "case note written");

    // ---- measurements ----
    static final class Stats {
        final Map<String, LongList> micros = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

        void add(String page, long us, boolean ok) {
            micros.computeIfAbsent(page, p -> new LongList()).add(us);
            if (!ok) errors.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
        }

        int errors(String page) {
            AtomicInteger n = errors.get(page);
            return n == null ? 0 : n.get();
        }
    }

    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    static volatile Stats stats = new Stats();
    static volatile boolean recording;
    static final AtomicBoolean stopping = new AtomicBoolean();
    static final AtomicInteger reportedFailures = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:8460");
        int users = Integer.parseInt(arg(args, "--users", "500"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "60"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "120"));
        int thinkMs = Integer.parseInt(arg(args, "--think-ms", "5000"));
        int every = Integer.parseInt(arg(args, "--report-every", "0"));
        double budget = Double.parseDouble(arg(args, "--p99-budget", "300"));
        String summary = arg(args, "--summary", "");
        String serverPid = arg(args, "--server-pid", "");
        List<String> fullGcAt = List.of(arg(args, "--full-gc-at", "").split(","));

        List<Account> accounts = accounts();
        if (users > accounts.size() * 3) {
            throw new IllegalArgumentException(users + " users need more than the " + accounts.size()
                    + " demo accounts' three sessions each");
        }
        HttpClient[] clients = new HttpClient[4];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        }
        ExecutorService threads = threads();

        // Sign in every user (bcrypt on the server: a few at a time), each account used by at most three people
        long t0 = System.nanoTime();
        List<User> people = new CopyOnWriteArrayList<>();
        Semaphore signing = new Semaphore(4);
        List<java.util.concurrent.Future<?>> signIns = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Account account = accounts.get(i % accounts.size());
            HttpClient http = clients[i % clients.length];
            int n = i;
            signIns.add(threads.submit(() -> {
                signing.acquire();
                try {
                    people.add(new User(n, account, http, base, signIn(http, base, account.username())));
                } finally {
                    signing.release();
                }
                return null;
            }));
        }
        for (var f : signIns) f.get();
        System.out.printf("%d users signed in as %d accounts in %.1f s%n", people.size(),
                Math.min(users, accounts.size()), (System.nanoTime() - t0) / 1e9);
        // Each user's children: those on their My work; people with none (managers, the front door) share everyone's
        List<Long> pool = new CopyOnWriteArrayList<>();
        for (User u : people) {
            if (u.account.role() == Role.SOCIAL_WORKER || u.account.role() == Role.MANAGER) {
                u.children = childrenOn(u.get("/").body());
                pool.addAll(u.children);
            }
        }
        if (pool.isEmpty()) throw new IllegalStateException("no child on anyone's My work: is the demo county in?");
        List<Long> shared = List.copyOf(new java.util.LinkedHashSet<>(pool));
        System.out.printf("%d children on the users' My work pages%n", shared.size());

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        for (User u : people) {
            threads.submit(() -> u.run(thinkMs, shared, end));
        }
        System.out.printf("warming up for %d s, then measuring for %d s (think time %d ms on average)%n", warmup,
                seconds, thinkMs);
        sleepUntil(measureFrom);
        stats = new Stats();
        recording = true;
        Instant began = Instant.now();
        System.out.println("measure-start-epoch-ms " + began.toEpochMilli());
        Stats whole = stats;
        if (every > 0) {
            // the soak: a line per interval, then the whole run
            List<Stats> intervals = new ArrayList<>();
            for (long next = measureFrom + every * 1_000_000_000L; next <= end; next += every * 1_000_000_000L) {
                Stats interval = new Stats();
                intervals.add(interval);
                perInterval = interval;
                sleepUntil(next);
                LongList all = new LongList();
                int errs = 0;
                for (String page : PAGES) {
                    LongList l = interval.micros.get(page);
                    if (l != null) for (long v : l.sorted()) all.add(v);
                    errs += interval.errors(page);
                }
                long[] s = all.sorted();
                long minute = intervals.size() * (long) every / 60;
                System.out.printf(Locale.ROOT, "minute-line %d: %d requests, %d errors, p50 %.1f ms, p95 %.1f ms,"
                                + " p99 %.1f ms%n", minute, s.length, errs, pct(s, 50), pct(s, 95), pct(s, 99));
                if (!serverPid.isEmpty() && fullGcAt.contains(Long.toString(minute))) {
                    // the heap after a full collection: what the server really keeps (read from its GC log)
                    Process gc = new ProcessBuilder("jcmd", serverPid, "GC.run").redirectErrorStream(true).start();
                    gc.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    System.out.printf("full-gc-line minute %d: jcmd GC.run exit %d%n", minute, gc.waitFor());
                }
            }
            perInterval = null;
        }
        sleepUntil(end);
        stopping.set(true);
        recording = false;
        threads.shutdown();
        threads.awaitTermination(40, TimeUnit.SECONDS);
        report(whole, seconds, users, thinkMs, budget, summary, began);
        System.exit(0);
    }

    static volatile Stats perInterval;

    static void record(String page, long us, boolean ok) {
        if (!recording) return;
        stats.add(page, us, ok);
        Stats interval = perInterval;
        if (interval != null) interval.add(page, us, ok);
    }

    static void report(Stats s, int seconds, int users, int thinkMs, double budget, String summary, Instant began)
            throws Exception {
        StringBuilder tsv = new StringBuilder();
        System.out.printf("%n%d users, think %d ms, measured %d s from %s%n", users, thinkMs, seconds, began);
        System.out.println("| page | requests | errors | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        LongList all = new LongList();
        int errors = 0;
        boolean within = true;
        for (String page : PAGES) {
            LongList l = s.micros.get(page);
            long[] v = l == null ? new long[0] : l.sorted();
            for (long x : v) all.add(x);
            errors += s.errors(page);
            line(tsv, page, v, s.errors(page));
            if (v.length > 0 && pct(v, 99) >= budget) within = false;
        }
        long[] v = all.sorted();
        line(tsv, "all pages", v, errors);
        System.out.printf(Locale.ROOT, "throughput %.1f requests/s; errors %d; p99 under %.0f ms on every page: %s%n",
                v.length / (double) seconds, errors, budget, within ? "yes" : "NO");
        if (!summary.isEmpty()) Files.writeString(Path.of(summary), tsv.toString());
    }

    static void line(StringBuilder tsv, String page, long[] v, int errors) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", page, v.length, errors,
                pct(v, 50), pct(v, 95), pct(v, 99), v.length == 0 ? 0 : v[v.length - 1] / 1000.0);
        tsv.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", page, v.length, errors,
                pct(v, 50), pct(v, 95), pct(v, 99), v.length == 0 ? 0 : v[v.length - 1] / 1000.0));
    }

    // ---- one user ----
    static final class User {
        final int n;
        final Account account;
        final HttpClient http;
        final String base;
        final String cookie;
        final Random random;
        List<Long> children = List.of();

        User(int n, Account account, HttpClient http, String base, String cookie) {
            this.n = n;
            this.account = account;
            this.http = http;
            this.base = base;
            this.cookie = cookie;
            this.random = new Random(n);
        }

        Void run(int thinkMs, List<Long> shared, long end) {
            try {
                Thread.sleep(random.nextInt(Math.max(1, thinkMs))); // people do not arrive in step
                while (System.nanoTime() < end && !stopping.get()) {
                    String page = nextPage(account.role(), random);
                    List<Long> mine = children.isEmpty() ? shared : children;
                    long child = mine.get(random.nextInt(mine.size()));
                    switch (page) {
                        case "My work" -> timed(page, "/", 200);
                        case "child's page" -> timed(page, "/children/" + child, 200);
                        case "search" -> timed(page, "/search?q=" + enc(GIVEN[random.nextInt(GIVEN.length)] + " "
                                + FAMILY[random.nextInt(FAMILY.length)]), 200);
                        case "front-door queue" -> timed(page, "/front-door", 200);
                        case "case note" -> {
                            String form = timed("case note form", "/children/" + child + "/notes/new", 200);
                            if (form != null) {
                                think(thinkMs * 2); // typing takes longer than reading
                                writeNote(child, form);
                            }
                        }
                        default -> throw new IllegalStateException(page);
                    }
                    think(thinkMs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        void think(int mean) throws InterruptedException {
            if (mean > 0) Thread.sleep(mean / 2 + random.nextInt(mean));
        }

        /** The page's body when it answered {@code expected}, else null (and an error counted). */
        String timed(String page, String path, int expected) {
            long t = System.nanoTime();
            try {
                HttpResponse<String> r = get(path);
                boolean ok = r.statusCode() == expected;
                record(page, (System.nanoTime() - t) / 1000, ok);
                if (!ok) failure(page + " " + path + " answered " + r.statusCode() + " "
                        + r.headers().firstValue("Location").orElse(""));
                return ok ? r.body() : null;
            } catch (Exception e) {
                record(page, (System.nanoTime() - t) / 1000, false);
                failure(page + " " + path + ": " + e);
                return null;
            }
        }

        void writeNote(long child, String formPage) {
            Map<String, String> form = inputs(formPage);
            form.put("type", "HOME_VISIT");
            form.put("seen", "Child and mother at home");
            form.put("seenAlone", "YES");
            form.put("text", "Visited at home. Talked with the child about school and friends; the child showed me "
                    + "their room. Load test note " + n + ".");
            form.remove("action");
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            long t = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/children/" + child
                                + "/notes")).header("Cookie", cookie).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                String location = r.headers().firstValue("Location").orElse("");
                boolean ok = r.statusCode() == 302 && location.matches(".*/children/" + child + "/notes/\\d+");
                record("case note written", (System.nanoTime() - t) / 1000, ok);
                if (!ok) failure("case note on child " + child + " answered " + r.statusCode() + " " + location
                        + (r.statusCode() == 200 ? errorSummary(r.body()) : ""));
            } catch (Exception e) {
                record("case note written", (System.nanoTime() - t) / 1000, false);
                failure("case note on child " + child + ": " + e);
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static void failure(String what) {
        if (reportedFailures.incrementAndGet() <= 20) System.err.println("error: " + what);
    }

    static String errorSummary(String page) {
        Matcher m = Pattern.compile("govuk-error-summary__list\">(.{0,300})", Pattern.DOTALL).matcher(page);
        return m.find() ? " " + m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ") : "";
    }

    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");

    /** The form's text and hidden inputs as the browser would send them (the CSRF token, the date boxes). */
    static Map<String, String> inputs(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(page);
        while (m.find()) {
            String tag = m.group();
            Matcher name = NAME.matcher(tag);
            Matcher type = TYPE.matcher(tag);
            String kind = type.find() ? type.group(1) : "text";
            if (!name.find() || kind.equals("radio") || kind.equals("checkbox") || kind.equals("submit")) continue;
            Matcher value = VALUE.matcher(tag);
            form.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
        }
        return form;
    }

    static final Pattern CHILD_LINK = Pattern.compile("href=\"/children/(\\d+)\"");

    static List<Long> childrenOn(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = CHILD_LINK.matcher(page);
        while (m.find()) ids.add(Long.parseLong(m.group(1)));
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    /** Signs in through the form, as a browser does; the session cookie. */
    static String signIn(HttpClient http, String base, String user) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + base + "/login: " + login.statusCode());
        String form = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(login))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("could not sign in as " + user + ": " + r.statusCode() + " " + location);
        }
        return cookie(r);
    }

    static String cookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie from " + r.uri()));
    }

    /** Virtual threads where the JDK has them (21+), found by reflection so that this file also runs on 17. */
    static ExecutorService threads() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newCachedThreadPool();
        }
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) Thread.sleep(Math.min(1000, left / 1_000_000 + 1));
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }
}
