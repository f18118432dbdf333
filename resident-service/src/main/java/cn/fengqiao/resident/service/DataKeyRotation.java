package cn.fengqiao.resident.service;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.NewbornApplication;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.domain.Venue;

/**
 * After a data key rotation (a new FENGQIAO_RESIDENT_DATA_KEY, the old one in
 * FENGQIAO_RESIDENT_PREVIOUS_DATA_KEYS): seals every stored ID and phone number again under the new
 * key and stores the ID numbers' lookup hashes under it, in batches of their own transactions, while
 * the service goes on serving (it reads both keys meanwhile). When it logs that nothing depends on a
 * previous key any more, the previous keys can be removed from the configuration.
 */
@ApplicationScoped
public class DataKeyRotation {

    private static final Logger LOG = Logger.getLogger(DataKeyRotation.class);
    static final int BATCH = 200;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    EntityManager entities;

    @ConfigProperty(name = "fengqiao.resident.rotate-at-start")
    boolean rotateAtStart;

    void onStart(@Observes StartupEvent event) {
        if (cipher.rotating() && rotateAtStart) {
            Thread worker = new Thread(this::rotateLogged, "data-key-rotation");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void rotateLogged() {
        try {
            long rotated = rotate();
            LOG.infof(
                    "data key rotation: %d records sealed again under the current key; none depends on a previous"
                            + " key any more, FENGQIAO_RESIDENT_PREVIOUS_DATA_KEYS can go",
                    rotated);
        } catch (RuntimeException e) {
            // the next start tries again; meanwhile both keys keep working
            LOG.errorf("data key rotation stopped, it starts again with the service: %s", e.toString());
        }
    }

    /** Seals again whatever a previous key sealed; answers how many records changed. */
    public long rotate() {
        return rotate(cipher);
    }

    /** The same with other keys (a test rotates back with them). */
    public long rotate(PersonalDataCipher keys) {
        return rotate(Person.class, p -> p.id, p -> rotate(p, keys))
                + rotate(Venue.class, v -> v.id, v -> rotate(v, keys))
                + rotate(NewbornApplication.class, a -> a.id, a -> rotate(a, keys));
    }

    /**
     * Walks one table by id, a batch per transaction. A batch that meets an officer's edit of the same
     * record (its version moved on) is rolled back and tried again, reading the record anew.
     */
    private <T> long rotate(Class<T> type, Function<T, UUID> idOf, Predicate<T> rotateOne) {
        long rotated = 0;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: this is the least
        while (true) {
            Batch batch = batch(type, idOf, rotateOne, after);
            rotated += batch.changed();
            if (batch.ids().size() < BATCH) {
                return rotated;
            }
            after = batch.ids().get(batch.ids().size() - 1);
        }
    }

    private record Batch(List<UUID> ids, long changed) {}

    private <T> Batch batch(Class<T> type, Function<T, UUID> idOf, Predicate<T> rotateOne, UUID after) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    List<T> records = entities.createQuery(
                                    "FROM " + type.getSimpleName() + " WHERE id > :after ORDER BY id", type)
                            .setParameter("after", after)
                            .setMaxResults(BATCH)
                            .getResultList();
                    long changed = 0;
                    for (T record : records) {
                        changed += rotateOne.test(record) ? 1 : 0; // changes the record: written at commit
                    }
                    return new Batch(records.stream().map(idOf).toList(), changed);
                });
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.infof("data key rotation: a %s batch met an edit, again: %s", type.getSimpleName(), e.toString());
            }
        }
    }

    private static boolean rotate(Person person, PersonalDataCipher cipher) {
        if (cipher.underCurrentKey(person.idNumberCipher) && cipher.underCurrentKey(person.phoneCipher)) {
            return false;
        }
        String idNumber = cipher.decrypt(person.idNumberCipher);
        person.idNumberCipher = cipher.encrypt(idNumber);
        person.idNumberLookup = cipher.lookup(idNumber);
        person.phoneCipher = cipher.encrypt(cipher.decrypt(person.phoneCipher));
        return true;
    }

    private static boolean rotate(Venue venue, PersonalDataCipher cipher) {
        if (cipher.underCurrentKey(venue.personInChargePhone)) {
            return false;
        }
        venue.personInChargePhone = cipher.encrypt(cipher.decrypt(venue.personInChargePhone));
        return true;
    }

    private static boolean rotate(NewbornApplication application, PersonalDataCipher cipher) {
        if (cipher.underCurrentKey(application.fatherIdCipher) && cipher.underCurrentKey(application.motherIdCipher)) {
            return false;
        }
        application.fatherIdCipher = cipher.encrypt(cipher.decrypt(application.fatherIdCipher));
        application.motherIdCipher = cipher.encrypt(cipher.decrypt(application.motherIdCipher));
        return true;
    }
}
