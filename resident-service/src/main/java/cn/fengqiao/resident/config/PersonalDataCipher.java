package cn.fengqiao.resident.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
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
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec dataKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(@ConfigProperty(name = "fengqiao.resident.data-key") String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key);
        if (key.length != 32) {
            throw new IllegalStateException("fengqiao.resident.data-key must be 32 bytes in base64 (AES-256)");
        }
        this.dataKey = new SecretKeySpec(key, "AES");
        this.lookupKey =
                new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "fengqiao lookup key"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
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
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // a wrong key or a changed ciphertext: never return something made up
            throw new IllegalStateException("a stored personal number cannot be decrypted", e);
        }
    }

    /** The keyed hash an ID number is found by. */
    public String lookup(String value) {
        return HexFormat.of().formatHex(hmac(lookupKey, value));
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
