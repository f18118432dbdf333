package cn.fengqiao.infrastructure.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain unit test: page sizes are clamped so no caller can ask for a whole table. */
class PageRequestTest {

    @Test
    void shouldClampTheSizeBetweenOneAndTheMaximum() {
        assertThat(new PageRequest(0, 5000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(0, 0).size()).isEqualTo(1);
        assertThat(new PageRequest(0, -7).size()).isEqualTo(1);
        assertThat(new PageRequest(3, 25).size()).isEqualTo(25);
        assertThat(new PageRequest(3, 25).page()).isEqualTo(3);
    }
}
