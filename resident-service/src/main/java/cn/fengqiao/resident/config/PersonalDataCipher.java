package cn.fengqiao.resident.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encryption at rest of ID and phone numbers: AES-256-GCM with a fresh 12-byte nonce per value
 * (stored as nonce ‖ ciphertext ‖ tag), and a keyed lookup hash (HMAC-SHA256 under a key derived
 * from the data key) so an ID number can be found and kept unique without storing it in clear.
 * The key comes from configuration ({@code FENGQIAO_RESIDENT_DATA_KEY}, 32 bytes in base64).
 *
 * <p>Rotating it: the new key becomes the data key and the old one goes to
 * {@code FENGQIAO_RESIDENT_PREVIOUS_DATA_KEYS}. New values are sealed with the new key; stored values
 * open with whichever key sealed them (GCM's tag tells a wrong key with certainty), and an ID number is
 * looked up under every key, until {@link cn.fengqiao.resident.service.DataKeyRotation} has sealed
 * and hashed every stored value again under the new key.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** The data key and its lookup key; the first pair is the current one. */
    private record Key(SecretKeySpec data, SecretKeySpec lookup) {}

    private final List<Key> keys = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(
            @ConfigProperty(name = "fengqiao.resident.data-key") String base64Key,
            @ConfigProperty(name = "fengqiao.resident.previous-data-keys") Optional<List<String>> previousKeys) {
        keys.add(key(base64Key));
        previousKeys.orElse(List.of()).forEach(previous -> keys.add(key(previous)));
    }

    private static Key key(String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key.strip());
        if (key.length != 32) {
            throw new IllegalStateException("a resident data key must be 32 bytes in base64 (AES-256)");
        }
        return new Key(
                new SecretKeySpec(key, "AES"),
                new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "fengqiao lookup key"), "HmacSHA256"));
    }

    /** Whether previous keys are configured: stored values may still depend on them. */
    public boolean rotating() {
        return keys.size() > 1;
    }

    public byte[] encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(0).data(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        for (Key key : keys) {
            String plain = open(stored, key);
            if (plain != null) {
                return plain;
            }
        }
        // no key opens it, or it was changed: never return something made up
        throw new IllegalStateException("a stored personal number cannot be decrypted");
    }

    /** Whether the value is absent or sealed with the current key (nothing to rotate). */
    public boolean underCurrentKey(byte[] stored) {
        return stored == null || open(stored, keys.get(0)) != null;
    }

    private static String open(byte[] stored, Key key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.data(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            return null; // another key's, or changed
        }
    }

    /** The keyed hash an ID number is stored and found by, under the current key. */
    public String lookup(String value) {
        return HexFormat.of().formatHex(hmac(keys.get(0).lookup(), value));
    }

    /** The hashes an ID number may be stored under: the current key's first, then the previous keys'. */
    public List<String> lookups(String value) {
        return keys.stream()
                .map(key -> HexFormat.of().formatHex(hmac(key.lookup(), value)))
                .toList();
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
