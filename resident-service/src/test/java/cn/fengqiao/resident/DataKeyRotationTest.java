package cn.fengqiao.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.Person;
import cn.fengqiao.resident.service.DataKeyRotation;

/**
 * The runbook's data key rotation: the tests' usual key becomes the previous one and a new key the
 * current one. A person sealed under the previous key is found by ID number and kept unique while the
 * rotation has not reached them; the rotation seals and hashes them under the new key, after which
 * the previous key alone opens nothing of theirs, and a second rotation finds nothing left to do.
 * Afterwards everything is rotated back, for the other tests, which know only the usual key.
 */
@QuarkusTest
@TestProfile(DataKeyRotationTest.Rotated.class)
class DataKeyRotationTest {

    static final String PREVIOUS = "URIHQHLIE6tfxEGfxFU8ZGZfDQRBcniliaJRdlAv2gU="; // the tests' usual key
    static final String CURRENT = "OnyyvzolagozQfCUr3RfwVt62vqHk7CuqRMx9yEgfUY=";

    public static class Rotated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fengqiao.resident.data-key", CURRENT,
                    "fengqiao.resident.previous-data-keys", PREVIOUS,
                    "fengqiao.resident.rotate-at-start", "false");
        }
    }

    final PersonalDataCipher previousOnly = new PersonalDataCipher(PREVIOUS, Optional.empty());

    @Inject
    PersonalDataCipher cipher;

    @Inject
    DataKeyRotation rotation;

    @AfterEach
    void rotateBackForTheOtherTests() {
        rotation.rotate(new PersonalDataCipher(PREVIOUS, Optional.of(List.of(CURRENT))));
    }

    @Test
    void shouldFindAndKeepUniqueUnderBothKeysThenSealEverythingUnderTheNewOne() {
        String idNumber = PersonFixtures.idNumber(true);
        String phone = PersonFixtures.phone();
        String id = PersonResourceTest.register("officer", idNumber, phone, "wanyuan");
        sealUnderThePreviousKey(UUID.fromString(id), idNumber, phone);

        // not rotated yet: found by ID number, shown whole, and a second registration is refused
        PersonResourceTest.reader("officer")
                .queryParam("idNumber", idNumber)
                .get("/api/residents")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        assertShownWhole(id, idNumber, phone);
        PersonResourceTest.as("officer")
                .body(
                        "{\"idNumber\":\"%s\",\"name\":\"又一次\",\"householdType\":\"REGISTERED\",\"community\":\"wanyuan\"}"
                                .formatted(idNumber))
                .post("/api/residents")
                .then()
                .statusCode(409);

        assertThat(rotation.rotate()).as("records sealed again").isGreaterThanOrEqualTo(1);

        Person person = QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(UUID.fromString(id)));
        assertThat(person.idNumberLookup).isEqualTo(cipher.lookup(idNumber));
        assertThat(cipher.underCurrentKey(person.idNumberCipher)).isTrue();
        assertThat(cipher.underCurrentKey(person.phoneCipher)).isTrue();
        assertThatThrownBy(() -> previousOnly.decrypt(person.idNumberCipher))
                .as("the previous key alone opens nothing of theirs")
                .isInstanceOf(IllegalStateException.class);
        PersonResourceTest.reader("officer")
                .queryParam("idNumber", idNumber)
                .get("/api/residents")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id));
        assertShownWhole(id, idNumber, phone);
        assertThat(rotation.rotate()).as("a second rotation").isZero();
    }

    static void assertShownWhole(String id, String idNumber, String phone) {
        PersonResourceTest.reader("officer")
                .get("/api/residents/" + id)
                .then()
                .statusCode(200)
                .body("idNumber", equalTo(idNumber))
                .body("phone", equalTo(phone));
    }

    /** As a person registered before the rotation is stored: sealed and hashed under the previous key. */
    void sealUnderThePreviousKey(UUID id, String idNumber, String phone) {
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.findById(id);
            person.idNumberCipher = previousOnly.encrypt(idNumber);
            person.idNumberLookup = previousOnly.lookup(idNumber);
            person.phoneCipher = previousOnly.encrypt(phone);
        });
    }
}
