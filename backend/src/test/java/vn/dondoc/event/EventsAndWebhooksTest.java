package vn.dondoc.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.notification.MutableClock;
import vn.dondoc.security.KeycloakTokenTest;

/**
 * The outbox, the pull feed and the webhooks end to end: changes made through the API with real
 * tokens, webhooks received by a real HTTP server on loopback, the dispatcher run by the test with
 * the clock moved past each retry time. Events are only ever recorded at the real time (the clock
 * moves only for dispatching), so the feed's gap rule never sees an event from the future.
 */
@QuarkusTest
class EventsAndWebhooksTest {

    private static final String SECRET = "whsec_thu-nghiem-dondoc-0123456789";

    @Inject
    EventFixtures fx;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    OverdueEvents overdue;

    @Inject
    MutableClock clock;

    private final String admin = KeycloakTokenTest.userToken("quantri");
    private final String coordinator = KeycloakTokenTest.userToken("theodoi.sct");
    private final String docsys = KeycloakTokenTest.docsysToken();
    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new Receiver(0);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        receiver.stop();
        fx.cleanUp();
    }

    /** One request the receiver got, and what it answered. */
    record Received(String eventId, String type, long sequence, Long taskId, long timestamp, String signature, String body,
            int answered) {
    }

    /** A webhook receiver on loopback that answers with {@link #answer} and keeps every request. */
    static final class Receiver {
        final List<Received> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger answer = new AtomicInteger(200);
        final HttpServer server;

        Receiver(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                JsonPath json = JsonPath.from(body);
                int status = answer.get();
                requests.add(new Received(exchange.getRequestHeaders().getFirst("Dondoc-Event-Id"), json.getString("type"),
                        json.getLong("sequence"), json.get("taskId") == null ? null : json.getLong("taskId"),
                        Long.parseLong(exchange.getRequestHeaders().getFirst("Dondoc-Timestamp")),
                        exchange.getRequestHeaders().getFirst("Dondoc-Signature"), body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String url() {
            return "http://127.0.0.1:" + port() + "/hook";
        }

        void stop() {
            server.stop(0);
        }

        /** Requests answered 2xx, by event id. */
        Map<String, Integer> accepted() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            requests.stream().filter(r -> r.answered() / 100 == 2).forEach(r -> counts.merge(r.eventId(), 1, Integer::sum));
            return counts;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private long createTask(long directiveId, String code, LocalDate due, long... leadUnits) {
        StringBuilder units = new StringBuilder();
        for (long u : leadUnits) {
            units.append(units.isEmpty() ? "" : ",").append(u);
        }
        return given().auth().oauth2(coordinator).contentType("application/json")
                .body("{\"directiveId\":" + directiveId + ",\"code\":\"" + code + "\",\"content\":\"Xây dựng kế hoạch chuyển đổi số "
                        + code + "\",\"kind\":\"DEADLINE\",\"dueDate\":\"" + due + "\",\"leadUnitIds\":[" + units + "]}")
                .post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void moveDueDate(long taskId, LocalDate due) {
        JsonPath task = given().auth().oauth2(coordinator).get("/api/v1/tasks/" + taskId).then().statusCode(200).extract().jsonPath();
        given().auth().oauth2(coordinator).contentType("application/json")
                .body("{\"code\":\"" + task.getString("code") + "\",\"content\":\"" + task.getString("content")
                        + "\",\"kind\":\"DEADLINE\",\"dueDate\":\"" + due + "\",\"version\":" + task.getLong("version") + "}")
                .put("/api/v1/tasks/" + taskId).then().statusCode(200);
    }

    private long subscribe(String url, String types) {
        return given().auth().oauth2(admin).contentType("application/json")
                .body("{\"url\":\"" + url + "\",\"description\":\"Hệ thống quản lý văn bản (thử nghiệm)\",\"eventTypes\":" + types
                        + ",\"secret\":\"" + SECRET + "\"}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Map<String, Object>> deliveries(long subscription) {
        return given().auth().oauth2(admin).queryParam("size", 200).get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private Map<String, Object> deliveryOf(long subscription, String eventId) {
        return deliveries(subscription).stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst().orElseThrow();
    }

    /** Runs the dispatcher until the condition holds (a gap left by another test's rollback settles within seconds). */
    private void dispatchUntil(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            dispatcher.dispatchDue();
            if (done.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 15 s: " + what + "; received " + receiver.requests);
            }
            sleep(200);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the feed after a cursor to its end, {@code limit} per page; returns the events and the last cursor. */
    private List<Map<String, Object>> readFeed(String[] cursor, int limit) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            var request = given().auth().oauth2(docsys).queryParam("limit", limit);
            if (cursor[0] != null) {
                request.queryParam("after", cursor[0]);
            }
            JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("events");
            assertTrue(items.size() <= limit);
            events.addAll(items);
            cursor[0] = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return events;
            }
            if (items.isEmpty()) {
                sleep(200); // held behind a recent gap
            }
        }
    }

    // ---- tests --------------------------------------------------------------------------------------

    @Test
    void webhooksAreSignedOrderedPerTaskRetriedAndDeliveredOnceByEventId() throws Exception {
        String tag = EventFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm sự kiện " + tag);
        long directive = fx.directive(tag);
        long subscription = subscribe(receiver.url(), "[\"TASK_CREATED\",\"TASK_ASSIGNED\",\"DUE_DATE_CHANGED\"]");

        long taskA = createTask(directive, "EV-A-" + tag, LocalDate.of(2031, 6, 30), unit);
        long taskB = createTask(directive, "EV-B-" + tag, LocalDate.of(2031, 7, 31), unit);
        moveDueDate(taskA, LocalDate.of(2031, 9, 30));
        dispatchUntil(() -> receiver.accepted().size() == 5, "five events delivered");

        // Signed with the subscription's secret over timestamp + "." + body; the header id is the body's id.
        for (Received r : receiver.requests) {
            assertEquals(WebhookSignature.sign(SECRET, r.timestamp(), r.body()), r.signature());
            assertTrue(r.signature().matches("v1=[0-9a-f]{64}"));
            assertEquals(r.eventId(), JsonPath.from(r.body()).getString("id"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - r.timestamp()) < 120);
        }
        assertEquals(List.of("TASK_CREATED", "TASK_ASSIGNED", "DUE_DATE_CHANGED"),
                receiver.requests.stream().filter(r -> r.taskId() == taskA).map(Received::type).toList());
        assertEquals(List.of("TASK_CREATED", "TASK_ASSIGNED"),
                receiver.requests.stream().filter(r -> r.taskId() == taskB).map(Received::type).toList());
        assertEquals(5, receiver.requests.size());
        // The due date change names the unit and both dates.
        JsonPath change = JsonPath.from(receiver.requests.stream().filter(r -> r.type().equals("DUE_DATE_CHANGED")).findFirst()
                .orElseThrow().body());
        assertEquals("EV" + tag, change.getString("unitCode"));
        assertEquals("2031-06-30", change.getString("payload.previousDueDate"));
        assertEquals("2031-09-30", change.getString("payload.newDueDate"));

        // The receiver fails: two more changes of task A; the second waits for the first.
        receiver.answer.set(500);
        moveDueDate(taskA, LocalDate.of(2031, 10, 31));
        moveDueDate(taskA, LocalDate.of(2031, 11, 30));
        dispatchUntil(() -> receiver.requests.size() == 6, "the first change attempted");
        dispatcher.dispatchDue();
        assertEquals(6, receiver.requests.size(), "not retried before its time, the later change not sent before it");
        Received first = receiver.requests.get(5);
        assertEquals("DUE_DATE_CHANGED", first.type());
        assertEquals("2031-10-31", JsonPath.from(first.body()).getString("payload.newDueDate"));
        Map<String, Object> failed = deliveryOf(subscription, first.eventId());
        assertEquals("PENDING", failed.get("status"));
        assertEquals(1, failed.get("attempts"));
        assertEquals(500, failed.get("lastStatusCode"));
        assertEquals("HTTP 500", failed.get("lastError"));
        assertNotNull(failed.get("nextAttemptAt"));
        String secondId = deliveries(subscription).stream().filter(d -> !d.get("eventId").equals(first.eventId())
                && "PENDING".equals(d.get("status"))).map(d -> (String) d.get("eventId")).findFirst().orElseThrow();
        assertEquals(0, deliveryOf(subscription, secondId).get("attempts"));

        // The receiver is down: the retry 31 s later fails to connect.
        int port = receiver.port();
        receiver.stop();
        clock.set(Instant.now().plusSeconds(31));
        dispatcher.dispatchDue();
        Map<String, Object> down = deliveryOf(subscription, first.eventId());
        assertEquals(2, down.get("attempts"));
        assertNull(down.get("lastStatusCode"));
        assertTrue(((String) down.get("lastError")).contains("ConnectException"), String.valueOf(down.get("lastError")));
        assertEquals("PENDING", down.get("status"));

        // It comes back on the same port: after the next wait both go out, in order, each once.
        List<Received> before = new ArrayList<>(receiver.requests);
        receiver = new Receiver(port);
        clock.set(Instant.now().plusSeconds(31 + 61));
        dispatcher.dispatchDue();
        assertEquals(List.of(first.eventId(), secondId), receiver.requests.stream().map(Received::eventId).toList());
        receiver.requests.addAll(0, before);
        Map<String, Integer> accepted = receiver.accepted();
        assertEquals(7, accepted.size());
        assertTrue(accepted.values().stream().allMatch(n -> n == 1), "each event accepted once: " + accepted);
        dispatcher.dispatchDue();
        assertEquals(8, receiver.requests.size(), "nothing sent again");
        assertEquals("DELIVERED", deliveryOf(subscription, first.eventId()).get("status"));

        // The delivery log shows every attempt; a manual replay sends the same event id again.
        long firstDelivery = ((Number) deliveryOf(subscription, first.eventId()).get("id")).longValue();
        JsonPath detail = given().auth().oauth2(admin)
                .get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries/" + firstDelivery).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(java.util.Arrays.asList(500, null, 200), detail.getList("attempts.statusCode"));
        assertEquals(first.eventId(), detail.getString("event.id"));
        given().auth().oauth2(admin).post("/api/v1/webhook-subscriptions/" + subscription + "/deliveries/" + firstDelivery + "/replay")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        dispatcher.dispatchDue();
        assertEquals(first.eventId(), receiver.requests.get(receiver.requests.size() - 1).eventId());
        assertEquals(9, receiver.requests.size());
    }

    @Test
    void aDeliveryIsRetriedForAtLeastADayThenGivenUpWithoutBlockingTheTask() {
        String tag = EventFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm thử lại " + tag);
        long directive = fx.directive(tag);
        long task = createTask(directive, "EV-R-" + tag, LocalDate.of(2031, 6, 30), unit);
        long subscription = subscribe(receiver.url(), "[\"DUE_DATE_CHANGED\"]");
        receiver.answer.set(503);
        moveDueDate(task, LocalDate.of(2031, 8, 31));
        moveDueDate(task, LocalDate.of(2031, 9, 30));
        dispatchUntil(() -> receiver.requests.size() == 1, "first attempt");
        String firstId = receiver.requests.get(0).eventId();
        Instant start = Instant.now();
        // Retries keep going: the waits double up to an hour; nearly a day later it is still pending.
        int attempts = 1;
        for (long hours : new long[] { 1, 6, 12, 23 }) {
            clock.set(start.plus(Duration.ofHours(hours)));
            dispatcher.dispatchDue();
            attempts++;
            Map<String, Object> d = deliveryOf(subscription, firstId);
            assertEquals("PENDING", d.get("status"), "still retried after " + hours + " h");
            assertEquals(attempts, d.get("attempts"));
        }
        assertTrue(receiver.requests.stream().allMatch(r -> r.eventId().equals(firstId)), "the later change waits");
        // A day after the first attempt it is given up, and the next change of the task is no longer held back.
        clock.set(start.plus(Duration.ofHours(24)).plusSeconds(5));
        dispatcher.dispatchDue();
        assertEquals("FAILED", deliveryOf(subscription, firstId).get("status"));
        assertFalse(receiver.requests.get(receiver.requests.size() - 1).eventId().equals(firstId), "the next one tried at once");
        receiver.answer.set(200);
        clock.set(start.plus(Duration.ofHours(24)).plusSeconds(40));
        dispatcher.dispatchDue();
        Received last = receiver.requests.get(receiver.requests.size() - 1);
        assertFalse(last.eventId().equals(firstId));
        assertEquals(200, last.answered());
        JsonPath list = given().auth().oauth2(admin).get("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, list.getInt("failedDeliveries"));
        assertEquals(0, list.getInt("pendingDeliveries"));
    }

    @Test
    void twoDispatchersAtOnceSendEachEventOnceAndInOrder() throws Exception {
        String tag = EventFixtures.tag();
        long unit1 = fx.unit(tag + "1", "Sở Thử nghiệm song song 1 " + tag);
        long unit2 = fx.unit(tag + "2", "Sở Thử nghiệm song song 2 " + tag);
        long directive = fx.directive(tag);
        subscribe(receiver.url(), "[\"TASK_CREATED\",\"TASK_ASSIGNED\"]");
        List<Long> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(createTask(directive, "EV-P" + i + "-" + tag, LocalDate.of(2031, 5, 10 + i), unit1, unit2));
        }
        // Two instances' passes at the same moment, again and again until all 12 are in.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            while (receiver.accepted().size() < 12 && System.nanoTime() < deadline) {
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return dispatcher.dispatchDue();
                    }));
                }
                start.countDown();
                for (var run : runs) {
                    run.get();
                }
                sleep(100);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(12, receiver.requests.size(), "each event sent once: " + receiver.requests);
        assertEquals(12, receiver.accepted().size());
        for (long task : tasks) {
            assertEquals(List.of("TASK_CREATED", "TASK_ASSIGNED", "TASK_ASSIGNED"),
                    receiver.requests.stream().filter(r -> r.taskId() == task).map(Received::type).toList());
        }
    }

    @Test
    void theFeedReturnsEveryEventOnceInOrderAcrossPages() {
        // Everything so far, in pages of 500: strictly increasing, each id once.
        String[] cursor = { null };
        List<Map<String, Object>> history = readFeed(cursor, 500);
        assertAscendingAndUnique(history);

        String tag = EventFixtures.tag();
        long unit1 = fx.unit(tag + "1", "Sở Thử nghiệm luồng 1 " + tag);
        long unit2 = fx.unit(tag + "2", "Sở Thử nghiệm luồng 2 " + tag);
        long directive = fx.directive(tag);
        List<Long> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tasks.add(createTask(directive, "EV-F" + i + "-" + tag, LocalDate.of(2031, 3 + i, 15), unit1, unit2));
        }
        moveDueDate(tasks.get(1), LocalDate.of(2031, 12, 31));

        // From the last cursor, two per page: the 11 new events of these tasks, once each, in order.
        List<Map<String, Object>> fresh = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (fresh.stream().filter(e -> tasks.contains(taskId(e))).count() < 11 && System.nanoTime() < deadline) {
            fresh.addAll(readFeed(cursor, 2));
            sleep(100);
        }
        assertAscendingAndUnique(fresh);
        List<Map<String, Object>> mine = fresh.stream().filter(e -> tasks.contains(taskId(e))).toList();
        assertEquals(11, mine.size(), "events: " + mine);
        for (int i = 0; i < 3; i++) {
            long id = tasks.get(i);
            List<String> types = mine.stream().filter(e -> taskId(e) == id).map(e -> (String) e.get("type")).toList();
            List<String> expected = new ArrayList<>(List.of("TASK_CREATED", "TASK_ASSIGNED", "TASK_ASSIGNED"));
            if (i == 1) {
                expected.addAll(List.of("DUE_DATE_CHANGED", "DUE_DATE_CHANGED"));
            }
            assertEquals(expected, types);
        }
        Set<String> historyIds = new HashSet<>();
        history.forEach(e -> historyIds.add((String) e.get("id")));
        assertTrue(fresh.stream().noneMatch(e -> historyIds.contains(e.get("id"))), "no event served twice");
        // Nothing new: an empty page, the same cursor.
        String end = cursor[0];
        JsonPath empty = given().auth().oauth2(docsys).queryParam("after", end).get("/api/v1/events").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(empty.getList("events").stream().noneMatch(e -> tasks.contains(taskId((Map<String, Object>) e))));
        given().auth().oauth2(docsys).queryParam("after", "abc").get("/api/v1/events").then().statusCode(400);
        given().auth().oauth2(docsys).queryParam("limit", 501).get("/api/v1/events").then().statusCode(400);
    }

    @Test
    void theLifecycleOfAnAssignmentIsToldEventByEvent() {
        String[] cursor = { null };
        readFeed(cursor, 500);
        String tag = EventFixtures.tag();
        long directive = fx.directive(tag);
        long sct = fx.unitId("SCT");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long task = createTask(directive, "EV-L-" + tag, today.plusDays(30), sct);
        long part = given().auth().oauth2(coordinator).get("/api/v1/tasks/" + task).then().statusCode(200).extract().jsonPath()
                .getLong("assignments[0].id");
        String officer = KeycloakTokenTest.userToken("chuyenvien.sct");
        String head = KeycloakTokenTest.userToken("giamdoc.sct");
        String leader = KeycloakTokenTest.userToken("lanhdao");

        long extension = given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("requestedDueDate", today.plusDays(60).toString(), "reason", "Chờ ý kiến thẩm định của Bộ Công Thương"))
                .post("/api/v1/assignments/" + part + "/extension-requests").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(leader).contentType("application/json")
                .body(Map.of("decision", "APPROVE", "note", "Đồng ý gia hạn", "version", 0))
                .post("/api/v1/extension-requests/" + extension + "/decision").then().statusCode(200);
        Map<String, Object> draft = new java.util.HashMap<>(Map.of("workDone", "Đã xây dựng dự thảo kế hoạch", "results",
                "Dự thảo gửi xin ý kiến các sở", "percentComplete", 60, "claimsCompletion", false));
        long report = given().auth().oauth2(officer).contentType("application/json").body(draft)
                .post("/api/v1/assignments/" + part + "/reports").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(head).post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        int version = given().auth().oauth2(coordinator).get("/api/v1/reports/" + report).then().extract().path("version");
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("comment", "Đề nghị bổ sung tiến độ chi tiết", "version", version))
                .post("/api/v1/reports/" + report + "/return").then().statusCode(200);
        version = given().auth().oauth2(officer).get("/api/v1/reports/" + report).then().extract().path("version");
        draft.put("percentComplete", 100);
        draft.put("claimsCompletion", true);
        draft.put("version", version);
        given().auth().oauth2(officer).contentType("application/json").body(draft).put("/api/v1/reports/" + report).then()
                .statusCode(200);
        given().auth().oauth2(head).post("/api/v1/reports/" + report + "/submit").then().statusCode(200);
        version = given().auth().oauth2(coordinator).get("/api/v1/reports/" + report).then().extract().path("version");
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("comment", "Tiếp nhận", "version", version))
                .post("/api/v1/reports/" + report + "/accept").then().statusCode(200);

        List<Map<String, Object>> mine = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (mine.size() < 9 && System.nanoTime() < deadline) {
            readFeed(cursor, 100).stream().filter(e -> taskId(e) == task).forEach(mine::add);
            sleep(100);
        }
        assertEquals(List.of("TASK_CREATED", "TASK_ASSIGNED", "DUE_DATE_CHANGED", "EXTENSION_DECIDED", "REPORT_SUBMITTED",
                "REPORT_RETURNED", "REPORT_SUBMITTED", "REPORT_ACCEPTED", "ASSIGNMENT_COMPLETED"),
                mine.stream().map(e -> e.get("type")).toList());
        assertTrue(mine.stream().skip(1).allMatch(e -> "SCT".equals(e.get("unitCode")) && ((Number) e.get("assignmentId"))
                .longValue() == part));
        JsonPath decided = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(mine.get(3)).toString());
        assertEquals("APPROVED", decided.getString("payload.extensionRequest.decision"));
        assertEquals(today.plusDays(60).toString(), decided.getString("payload.extensionRequest.approvedDueDate"));
        JsonPath completed = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(mine.get(8)).toString());
        assertEquals("COMPLETED", completed.getString("payload.assignment.status"));
        assertEquals(100, completed.getInt("payload.assignment.percentComplete"));
    }

    @Test
    void aChangeThatFailsAfterRecordingItsEventLeavesNoEvent() throws Exception {
        String tag = EventFixtures.tag();
        long lead = fx.unit(tag + "L", "Sở Thử nghiệm chủ trì " + tag);
        long b = fx.unit(tag + "B", "Sở Thử nghiệm phối hợp B " + tag);
        long c = fx.unit(tag + "C", "Sở Thử nghiệm phối hợp C " + tag);
        long directive = fx.directive(tag);
        long task = createTask(directive, "EV-T-" + tag, LocalDate.of(2031, 8, 15), lead);
        long version = given().auth().oauth2(coordinator).get("/api/v1/tasks/" + task).then().extract().jsonPath().getLong("version");
        // Two coordinators re-plan the same version at once: each adds a unit (an event), one of them then fails its
        // version check at flush (409) or before, and its transaction, event included, is rolled back.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (long unit : new long[] { b, c }) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(coordinator).contentType("application/json")
                            .body("{\"leadUnitIds\":[" + lead + "],\"coordinatingUnitIds\":[" + unit + "],\"version\":" + version + "}")
                            .put("/api/v1/tasks/" + task + "/assignments").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
            String winner = "EV" + tag + (statuses.get(0) == 200 ? "B" : "C");
            assertEquals(List.of("TASK_CREATED:null", "TASK_ASSIGNED:EV" + tag + "L", "TASK_ASSIGNED:" + winner),
                    fx.eventsOf(task));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEventIsWrittenInTheTransactionOfItsChangeAndBecameOverdueOnce() {
        String tag = EventFixtures.tag();
        long unit = fx.unit(tag, "Sở Thử nghiệm quá hạn " + tag);
        long directive = fx.directive(tag);
        LocalDate today = LocalDate.of(2031, 4, 10);
        LocalDate due = today.minusDays(1);
        long assignment = fx.quietAssignment(directive, unit, "EV-O-" + tag, due);
        String key = "OVERDUE:" + assignment + ":" + due;

        // The pass inside a transaction that rolls back: no event.
        QuarkusTransaction.begin();
        try {
            assertTrue(overdue.record(today) >= 1);
            assertEquals(1, fx.events(key));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, fx.events(key));

        // Committed: one event; the next days add none for the same due date.
        assertTrue(overdue.record(today) >= 1);
        assertEquals(1, fx.events(key));
        assertEquals(0, overdue.record(today));
        overdue.record(today.plusDays(3));
        assertEquals(1, fx.events(key));
        // An extended deadline that passes again is told again.
        LocalDate extended = today.plusDays(5);
        fx.moveDueDate(assignment, extended);
        overdue.record(today.plusDays(2));
        assertEquals(0, fx.events("OVERDUE:" + assignment + ":" + extended));
        overdue.record(extended.plusDays(1));
        assertEquals(1, fx.events("OVERDUE:" + assignment + ":" + extended));
    }

    @Test
    void subscriptionsAreValidatedVersionedAndNeverShowTheSecret() {
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"url\":\"ftp://vanban.hatinh.gov.vn/hook\",\"eventTypes\":[\"TASK_CREATED\"],\"secret\":\"" + SECRET + "\"}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("url"));
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"url\":\"https://vanban.hatinh.gov.vn/hook\",\"eventTypes\":[],\"secret\":\"ngan\"}")
                .post("/api/v1/webhook-subscriptions").then().statusCode(400);
        long id = subscribe("https://vanban.hatinh.gov.vn/hook", "[\"REPORT_SUBMITTED\",\"ASSIGNMENT_OVERDUE\"]");
        String body = given().auth().oauth2(admin).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(200)
                .body("eventTypes", org.hamcrest.Matchers.contains("REPORT_SUBMITTED", "ASSIGNMENT_OVERDUE"))
                .body("secretHint", org.hamcrest.Matchers.equalTo("…6789")).extract().asString();
        assertFalse(body.contains(SECRET));
        String update = "{\"url\":\"https://vanban.hatinh.gov.vn/hook2\",\"eventTypes\":[\"TASK_CREATED\"],\"active\":false,\"version\":";
        given().auth().oauth2(admin).contentType("application/json").body(update + "0}").put("/api/v1/webhook-subscriptions/" + id)
                .then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false))
                .body("secretHint", org.hamcrest.Matchers.equalTo("…6789"));
        given().auth().oauth2(admin).contentType("application/json").body(update + "0}").put("/api/v1/webhook-subscriptions/" + id)
                .then().statusCode(409);
        given().auth().oauth2(admin).delete("/api/v1/webhook-subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(admin).get("/api/v1/webhook-subscriptions/" + id).then().statusCode(404);
    }

    private static long taskId(Map<String, Object> event) {
        Object id = event.get("taskId");
        return id == null ? -1 : ((Number) id).longValue();
    }

    private static void assertAscendingAndUnique(List<Map<String, Object>> events) {
        Set<String> ids = new HashSet<>();
        long previous = -1;
        for (Map<String, Object> e : events) {
            long seq = ((Number) e.get("sequence")).longValue();
            assertTrue(seq > previous, "sequence " + seq + " after " + previous);
            previous = seq;
            assertTrue(ids.add((String) e.get("id")), "event " + e.get("id") + " served twice");
        }
    }
}
