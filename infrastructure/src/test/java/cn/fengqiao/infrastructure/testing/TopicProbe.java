package cn.fengqiao.infrastructure.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test helper against the real Kafka broker: reads a topic from "now" on (no consumer group, so it
 * never disturbs the services' offsets) and writes CloudEvents the way the services do.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final java.util.ArrayDeque<ConsumerRecord<String, String>> pending = new java.util.ArrayDeque<>();

    private TopicProbe(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, not at the first poll
    }

    /** Starts reading the topic at its current end. */
    public static TopicProbe fromNow(String topic) {
        return new TopicProbe(topic);
    }

    /** Every record matching within the time given (waits the whole time: use it to prove absence or count). */
    public List<ConsumerRecord<String, String>> collect(
            Predicate<ConsumerRecord<String, String>> match, Duration during) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline || !pending.isEmpty()) {
            ConsumerRecord<String, String> r = next(deadline);
            if (r != null && match.test(r)) {
                found.add(r);
            }
        }
        return found;
    }

    /**
     * The first record matching, waiting at most the time given. Records read past it stay for the
     * next call, so two awaits in a row see every record once.
     */
    public Optional<ConsumerRecord<String, String>> await(
            Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline || !pending.isEmpty()) {
            ConsumerRecord<String, String> r = next(deadline);
            if (r != null && match.test(r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    // The next record read, or null when none came before the deadline.
    private ConsumerRecord<String, String> next(long deadline) {
        if (pending.isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(pending::add);
        }
        return pending.poll();
    }

    @Override
    public void close() {
        consumer.close();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends a binary-mode CloudEvent, as an outbox relay would (use the same id twice for a duplicate delivery). */
    public static void sendCloudEvent(String topic, String id, String type, String subject, String data) {
        send(
                topic,
                subject,
                data,
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        id,
                        "ce_type",
                        type,
                        "ce_source",
                        "/test",
                        "ce_subject",
                        subject,
                        "content-type",
                        "application/json"));
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test record to " + topic, e);
        }
    }

    /**
     * Commits the end of every partition of the topic for the group, so its consumers start after what is
     * on the topic now. Only while no consumer of the group runs; a topic that does not exist yet is left.
     */
    public static void skipToTheEnd(String group, String topic) {
        try (Admin admin = admin()) {
            if (!admin.listTopics().names().get().contains(topic)) {
                return;
            }
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            endOffsets(admin, topic).forEach((p, end) -> ends.put(p, new OffsetAndMetadata(end)));
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not move " + group + " to the end of " + topic, e);
        }
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        return Admin.create(props);
    }

    /** Where each partition of the topic ends now. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get()
                .get(topic)
                .partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }

    /** Waits until the consumer group has committed every record now on the topic (it has caught up). */
    public static void awaitCaughtUp(String group, String topic, Duration timeout) {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> ends = endOffsets(admin, topic);
            Set<TopicPartition> partitions = ends.keySet();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get();
                long behind = partitions.stream()
                        .mapToLong(p -> ends.get(p)
                                - Optional.ofNullable(committed.get(p))
                                        .map(OffsetAndMetadata::offset)
                                        .orElse(0L))
                        .filter(l -> l > 0)
                        .sum();
                if (behind == 0) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "consumer group " + group + " is still " + behind + " records behind on " + topic);
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not read the offsets of " + group, e);
        }
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private static String bootstrap() {
        return Optional.ofNullable(System.getenv("FENGQIAO_KAFKA_BOOTSTRAP")).orElse("localhost:9092");
    }
}
