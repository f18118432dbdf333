package cn.fengqiao.gateway.config;

import java.time.Duration;
import java.util.stream.LongStream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * What deploy/observability's alerts and dashboard expect of every app's metrics (the services get
 * the same from the infrastructure module, which the gateway does not use): an {@code application} label, and request latencies as a histogram with fixed buckets,
 * which Prometheus can add up across replicas. Twelve buckets from 5 ms to the gateway's 30 s
 * timeout, instead of Micrometer's seventy, keep the series per endpoint few.
 */
@Singleton
public class MeterFilters {

    static final long[] BUCKET_MILLIS = {5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000};

    @Produces
    @Singleton
    MeterFilter applicationLabel(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(io.micrometer.core.instrument.Tags.of("application", application));
    }

    @Produces
    @Singleton
    MeterFilter requestLatencyBuckets() {
        double[] buckets = LongStream.of(BUCKET_MILLIS)
                .mapToDouble(ms -> Duration.ofMillis(ms).toNanos())
                .toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(buckets)
                        .build()
                        .merge(config);
            }
        };
    }
}
