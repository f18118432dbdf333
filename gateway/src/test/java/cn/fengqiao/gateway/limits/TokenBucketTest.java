package cn.fengqiao.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token bucket with a hand-driven clock. */
class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAdmitABurstThenOneRequestPerRefillAndSayHowLongToWait() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.isFull(SECOND / 2)).isFalse();
        assertThat(bucket.isFull(10 * SECOND)).isTrue();
    }

    @Test
    void shouldTakeBackAGivenBackTokenButNeverHoldMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        assertThat(bucket.take(0)).isZero();
        bucket.giveBack();
        assertThat(bucket.take(0)).isZero();
        bucket.giveBack();
        bucket.giveBack();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isPositive();
    }

    @Test
    void shouldTellWhatIsLeftAndWhenItIsFullAgain() {
        TokenBucket bucket = new TokenBucket(2, 4, 0);
        assertThat(bucket.remaining(0)).isEqualTo(4);
        assertThat(bucket.secondsUntilFull(0)).isZero();
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.remaining(0)).isEqualTo(1);
        assertThat(bucket.secondsUntilFull(0)).isEqualTo(2);
        assertThat(bucket.remaining(SECOND)).isEqualTo(3);
        assertThat(bucket.secondsUntilFull(SECOND)).isEqualTo(1);
    }
}
