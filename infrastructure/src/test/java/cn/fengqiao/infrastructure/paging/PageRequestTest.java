package cn.fengqiao.infrastructure.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.problem.ProblemException;

/** Plain unit test: page sizes are capped so no caller can ask for a whole table; nonsense is refused. */
class PageRequestTest {

    @Test
    void shouldCapTheSizeAtTheMaximum() {
        assertThat(new PageRequest(0, 5000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(3, 25).size()).isEqualTo(25);
        assertThat(new PageRequest(3, 25).page()).isEqualTo(3);
        assertThat(new PageRequest().size()).isEqualTo(PageRequest.DEFAULT_SIZE);
    }

    @Test
    void shouldRefuseASizeBelowOneAndANegativePage() {
        assertThatThrownBy(() -> new PageRequest(0, 0).size()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new PageRequest(0, -7).size()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new PageRequest(-1, 20).page()).isInstanceOf(ProblemException.class);
    }
}
