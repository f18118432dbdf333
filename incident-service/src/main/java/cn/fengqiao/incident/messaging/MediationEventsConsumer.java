package cn.fengqiao.incident.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

import cn.fengqiao.incident.service.ObservedDisputeService;
import cn.fengqiao.infrastructure.inbox.Inbox;

/** Reads mediation-events once per event (the inbox drops redeliveries): disputes opened, closed and referred. */
@ApplicationScoped
public class MediationEventsConsumer {

    public static final String CHANNEL = "mediation-events";

    @Inject
    Inbox inbox;

    @Inject
    ObservedDisputeService disputes;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, event -> {
            switch (event.type()) {
                case DisputeOpened.TYPE -> disputes.opened(event.dataAs(DisputeOpened.class));
                case DisputeClosed.TYPE -> {
                    DisputeClosed closed = event.dataAs(DisputeClosed.class);
                    disputes.ended(closed.disputeId(), closed.outcome(), closed.closedAt());
                }
                case DisputeReferred.TYPE -> {
                    DisputeReferred referred = event.dataAs(DisputeReferred.class);
                    disputes.ended(referred.disputeId(), "REFERRED", referred.referredAt());
                }
                default -> {} // agreements and follow-ups are mediation's own business
            }
        });
    }
}
