package io.waishi.local.bench;

import io.waishi.local.LocalStack;
import io.waishi.local.SampleOffice;
import io.waishi.local.SampleRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures, in one run on this machine, the ratios DESIGN.md §9 asks for and writes them to
 * {@code docs/benchmarks.md}:
 * <ol>
 *   <li>a GET at a fixed request rate directly on a service and through the gateway (open loop: requests
 *       are sent on schedule whatever the answers do, so a slow server cannot slow the load down);</li>
 *   <li>command → downstream effect (approve a delegation over HTTP → the planned activity's event,
 *       published by sister-city-service, read from Kafka) against a bare Kafka produce → consume round
 *       trip on the same broker.</li>
 * </ol>
 * Usage: {@code ./waishi bench [--rates 100,250,500] [--seconds 20] [--commands 100] [--output docs/benchmarks.md]}.
 */
public final class SuiteBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalStack stack;
    // HTTP/1.1, as browsers and partners reach the gateway and the gateway reaches the services.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8, daemon -> {
                Thread thread = new Thread(daemon, "bench-http");
                thread.setDaemon(true); // the program ends when the report is written
                return thread;
            })).build();

    private SuiteBenchmark(LocalStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = java.util.Arrays.stream(stringOption(args, "--rates", "100,250,500").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int seconds = intOption(args, "--seconds", 20);
        int commands = intOption(args, "--commands", 100);
        Path root = Path.of(System.getProperty("waishi.repo.root", ".")).toAbsolutePath().normalize();
        Path output = root.resolve(stringOption(args, "--output", "docs/benchmarks.md"));
        Path data = Files.createTempDirectory("waishi-bench-");
        System.out.printf("bench | starting the suite in %s (random ports)%n", data);
        try (LocalStack stack = LocalStack.builder().repoRoot(root).dataDir(data).randomPorts().quiet(true)
                .readinessTimeout(Duration.ofSeconds(240)).build().start()) {
            new SuiteBenchmark(stack).run(rates, seconds, commands, output);
        }
    }

    private void run(List<Integer> rates, int seconds, int commands, Path output) throws Exception {
        String partnerId = registerPartner();
        String path = "/api/sister-cities/partner-cities/" + partnerId;
        String token = stack.token("sister");
        String direct = stack.serviceUrl(LocalStack.SISTER_CITY) + path;
        String viaGateway = stack.gatewayUrl() + path;

        System.out.println("bench | warming up both paths");
        load(direct, token, rates.get(0), Math.max(10, seconds));
        load(viaGateway, token, rates.get(0), Math.max(10, seconds));
        List<Run[]> runs = new java.util.ArrayList<>();
        for (int rate : rates) {
            System.out.printf("bench | GET %s at %d req/s for %d s, direct then through the gateway%n", path, rate, seconds);
            runs.add(new Run[] {load(direct, token, rate, seconds), load(viaGateway, token, rate, seconds)});
        }

        System.out.printf("bench | %d approvals: command → activity event on Kafka%n", commands);
        LatencyRecorder effect = commandToEffect(partnerId, commands);
        System.out.printf("bench | %d bare Kafka round trips%n", commands);
        LatencyRecorder bare = bareKafkaRoundTrips(commands);

        String report = report(rates, seconds, commands, path, runs, effect, bare);
        Files.createDirectories(output.getParent());
        Files.writeString(output, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("bench | written to " + output);
    }

    record Run(int rate, LatencyRecorder latencies, double achievedRate) {
    }

    /** Sends GETs on a fixed schedule for {@code seconds} and waits for every answer. */
    private Run load(String url, String token, int rate, int seconds) throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder();
        int total = rate * seconds;
        CountDownLatch done = new CountDownLatch(total);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = i * periodNanos;
            scheduler.schedule(() -> {
                long sent = System.nanoTime();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    if (failure == null && response.statusCode() == 200) {
                        latencies.record(System.nanoTime() - sent);
                    } else {
                        latencies.error(failure != null ? failure.toString() : "HTTP " + response.statusCode());
                    }
                    done.countDown();
                });
            }, due, TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        scheduler.shutdownNow();
        return new Run(rate, latencies, latencies.count() / elapsed);
    }

    private LatencyRecorder commandToEffect(String partnerId, int commands) throws Exception {
        Map<String, Long> seen = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread partner = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                consumer.subscribe(List.of("waishi.sister-city.activities"));
                while (running.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        long at = System.nanoTime();
                        JsonNode data = JSON.readTree(record.value());
                        seen.putIfAbsent(data.get("origin").get("id").asString(), at);
                    }
                    if (!consumer.assignment().isEmpty()) {
                        assigned.countDown();
                    }
                }
            }
        }, "bench-partner-consumer");
        partner.start();
        assigned.await(30, TimeUnit.SECONDS);

        LatencyRecorder latencies = new LatencyRecorder();
        String travel = stack.serviceUrl(LocalStack.TRAVEL);
        SampleOffice office = new SampleOffice(travel, stack::token, commands + 10).open();
        String approval = JSON.writeValueAsString(SampleOffice.approval());
        for (int i = 0; i < commands + 10; i++) {
            SampleOffice.AcceptedFile file = office.acceptedFile(partnerId);
            String id = file.id();
            long sent = System.nanoTime();
            HttpResponse<String> approved = http.send(HttpRequest.newBuilder(
                            URI.create(travel + "/api/travel/delegations/" + id + "/approve"))
                    .header("Authorization", "Bearer " + stack.token("director"))
                    .header("If-Match", file.etag()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(approval)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (approved.statusCode() != 200) {
                throw new IllegalStateException("approve failed: " + approved.body());
            }
            Instant deadline = Instant.now().plusSeconds(30);
            while (!seen.containsKey(id) && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            Long at = seen.get(id);
            if (i >= 10) { // the first ten warm the path up
                if (at == null) {
                    latencies.error("no activity event for delegation " + id + " within 30 s");
                } else {
                    latencies.record(at - sent);
                }
            }
        }
        running.set(false);
        partner.join();
        return latencies;
    }

    private LatencyRecorder bareKafkaRoundTrips(int count) throws Exception {
        String topic = "bench.round-trip";
        LatencyRecorder latencies = new LatencyRecorder();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props);
                KafkaConsumer<String, String> consumer = consumer()) {
            producer.send(new ProducerRecord<>(topic, "warm", "up")).get();
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(50));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.poll(Duration.ofMillis(10));
            for (int i = 0; i < count + 10; i++) {
                String key = UUID.randomUUID().toString();
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, key, "{}"));
                boolean arrived = false;
                Instant deadline = Instant.now().plusSeconds(10);
                while (!arrived && Instant.now().isBefore(deadline)) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        arrived |= key.equals(record.key());
                    }
                }
                if (i >= 10) {
                    if (arrived) {
                        latencies.record(System.nanoTime() - sent);
                    } else {
                        latencies.error("record " + key + " not consumed within 10 s");
                    }
                }
            }
        }
        return latencies;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(props);
    }

    private String registerPartner() throws IOException, InterruptedException {
        HttpResponse<String> response = post(stack.serviceUrl(LocalStack.SISTER_CITY) + "/api/sister-cities/partner-cities",
                stack.token("sister"), SampleRequests.yorbaLinda());
        return JSON.readTree(response.body()).get("id").asString();
    }

    private HttpResponse<String> post(String url, String token, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String report(List<Integer> rates, int seconds, int commands, String path, List<Run[]> runs,
            LatencyRecorder effect, LatencyRecorder bare) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Figures from one run of `./waishi bench` (`io.waishi.local.bench.SuiteBenchmark`) on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(", Java ")
                .append(System.getProperty("java.version")).append(". The whole suite runs as processes on this one ")
                .append("machine (Kafka, Mongo wire server on H2, four services, gateway — each JVM with the local ")
                .append("stack's defaults, `-Xmx384m -XX:+UseSerialGC`) and so does the load generator: absolute ")
                .append("numbers are this machine's; the ratios measured in the same run are the point. Reproduce ")
                .append("with `./waishi bench` (options `--rates 100,250,500`, `--seconds`, `--commands`).\n\n");
        md.append("## GET through the gateway vs directly on the service\n\n");
        md.append("`GET /api/sister-cities/partner-cities/{id}` (a MongoDB read; the bearer token is checked by the ")
                .append("gateway and by the service), HTTP/1.1, open loop — requests leave on schedule whatever the ")
                .append("answers do, so a saturated server shows as latency and a lower achieved rate — for ")
                .append(seconds).append(" s per path and rate, after a warm-up of both paths.\n\n");
        md.append("| offered req/s | path | achieved req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
        for (Run[] pair : runs) {
            row(md, "direct (service)", pair[0]);
            row(md, "through the gateway", pair[1]);
        }
        md.append("\n| offered req/s | gateway overhead p50 ms | gateway overhead p99 ms | target p99 < 3 ms |\n")
                .append("|---|---|---|---|\n");
        for (Run[] pair : runs) {
            double p50 = pair[1].latencies().percentileMillis(50) - pair[0].latencies().percentileMillis(50);
            double p99 = pair[1].latencies().percentileMillis(99) - pair[0].latencies().percentileMillis(99);
            boolean saturated = pair[0].achievedRate() < pair[0].rate() * 0.95 || pair[0].latencies().errors() > 0;
            md.append(String.format("| %d | %+.2f | %+.2f | %s |%n", pair[0].rate(), p50, p99,
                    saturated ? "not measurable: the service alone does not sustain this rate here"
                            : p99 < 3 ? "met" : "**not met**"));
        }
        md.append("\n");
        md.append("Reading these on a 2-core machine: the load generator, the gateway, the service, Kafka and the ")
                .append("Mongo wire server share two cores, so every extra hop also competes for CPU with the hop it ")
                .append("measures; the tail (p99) includes the small JVMs' serial-GC pauses. Compare the rows of one ")
                .append("run, and repeat on production-like hardware before reading absolute numbers.\n\n");
        md.append("## Command → downstream effect vs a bare Kafka round trip\n\n");
        md.append("Command → effect: `POST /api/travel/delegations/{id}/approve` on travel-service until a partner ")
                .append("consumer reads sister-city-service's `activity.recorded` event for that delegation — the ")
                .append("write with its outbox, the relay, Kafka, sister-city-service's idempotent consumer and its ")
                .append("own outbox write and relay, and Kafka again. Bare round trip: produce (`acks=all`) → consume ")
                .append("of one record on the same broker. ").append(commands).append(" of each, after 10 warm-ups, ")
                .append("one at a time.\n\n");
        md.append("| measure | p50 ms | p99 ms | failures |\n|---|---|---|---|\n");
        md.append(String.format("| command → downstream effect | %.2f | %.2f | %d |%n", effect.percentileMillis(50),
                effect.percentileMillis(99), effect.errors()));
        md.append(String.format("| bare Kafka round trip | %.2f | %.2f | %d |%n", bare.percentileMillis(50),
                bare.percentileMillis(99), bare.errors()));
        md.append(String.format("%nRatio p50 %.1f×, p99 %.1f×; command → effect p99 target under 50 ms: %s.%n",
                effect.percentileMillis(50) / bare.percentileMillis(50),
                effect.percentileMillis(99) / bare.percentileMillis(99),
                effect.percentileMillis(99) < 50 ? "met" : "**not met**"));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Run run) {
        md.append(String.format("| %d | %s | %.0f | %.2f | %.2f | %d%s |%n", run.rate(), name, run.achievedRate(),
                run.latencies().percentileMillis(50), run.latencies().percentileMillis(99), run.latencies().errors(),
                run.latencies().firstError() == null ? "" : " (first: " + run.latencies().firstError() + ")"));
    }

    private static int intOption(String[] args, String name, int fallback) {
        String value = stringOption(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringOption(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
