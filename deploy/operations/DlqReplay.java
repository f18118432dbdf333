import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Replays a service's dead-letter topic ({@code <service>.dlq}): every record the service gave up on
 * goes back to the topic it came from, with its own key, value and CloudEvents headers (the
 * dead-letter-* headers dropped). Every consumer of that topic sees it again; those that applied it
 * already skip it by its event id (the inbox), so a replay never applies anything twice.
 *
 * <p>Each dead letter is replayed once: the consumer group {@code <service>.dlq-replay} remembers how
 * far the last replay went. Only what is on the topic when the replay starts is replayed, and an offset
 * is committed only after Kafka acknowledged the record's copy.
 *
 * <pre>
 * java -cp "$KAFKA_HOME/libs/*" DlqReplay.java patrol-service [--dry-run] [client.properties]
 * </pre>
 *
 * Kafka's address comes from FENGQIAO_KAFKA_BOOTSTRAP (default localhost:9092); a cluster's TLS and
 * SASL settings from the optional properties file. deploy/README.md shows both.
 */
public class DlqReplay {

    static final String DEAD_LETTER = "dead-letter-";

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: DlqReplay <service> [--dry-run] [client.properties]");
            System.exit(2);
        }
        String service = args[0];
        boolean dryRun = List.of(args).contains("--dry-run");
        Properties client = new Properties();
        client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("FENGQIAO_KAFKA_BOOTSTRAP", "localhost:9092"));
        for (String arg : args) {
            if (arg.endsWith(".properties")) {
                try (FileInputStream in = new FileInputStream(arg)) {
                    client.load(in);
                }
            }
        }
        Map<String, Integer> replayed = replay(service + ".dlq", service + ".dlq-replay", client, dryRun);
        int total = replayed.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%s %d dead letters of %s.dlq%s%n", dryRun ? "would replay" : "replayed", total, service,
                replayed.isEmpty() ? "" : ": " + replayed);
    }

    /** Replays what is on the dead-letter topic now; answers the records per topic they went back to. */
    static Map<String, Integer> replay(String deadLetters, String group, Properties client, boolean dryRun)
            throws Exception {
        Properties consumerProps = new Properties();
        consumerProps.putAll(client);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Properties producerProps = new Properties();
        producerProps.putAll(client);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Map<String, Integer> replayed = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(deadLetters).forEach(p -> partitions.add(new TopicPartition(deadLetters, p.partition())));
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived after the start: the next replay's
                    }
                    String origin = header(record, DEAD_LETTER + "topic");
                    System.out.printf("%s@%d: event %s (%s) back to %s; it failed with: %s%n",
                            deadLetters, record.offset(), header(record, "ce_id"), header(record, "ce_type"), origin,
                            header(record, DEAD_LETTER + "reason"));
                    if (origin == null) {
                        System.out.println("  no dead-letter-topic header: left alone");
                        continue;
                    }
                    if (!dryRun) {
                        ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(origin, record.key(), record.value());
                        for (Header header : record.headers()) {
                            if (!header.key().startsWith(DEAD_LETTER)) {
                                copy.headers().add(header);
                            }
                        }
                        producer.send(copy).get(); // acknowledged before the offset moves on
                        consumer.commitSync(Map.of(
                                new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                    replayed.merge(origin, 1, Integer::sum);
                }
            }
        }
        return replayed;
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
