package id.warta.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkBenchTest {

    @Test
    void theMedianRunIsTheMiddleOneByTimeWhateverTheOrder() {
        SparkBench.Result slow = new SparkBench.Result(50_000, 171.9);
        SparkBench.Result middle = new SparkBench.Result(50_000, 163.2);
        SparkBench.Result fast = new SparkBench.Result(50_000, 150.4);
        assertThat(SparkBench.median(List.of(slow, fast, middle))).isEqualTo(middle);
        assertThat(SparkBench.median(List.of(fast, middle, slow))).isEqualTo(middle);
        assertThat(SparkBench.median(List.of(fast))).isEqualTo(fast);
    }

    @Test
    void ofTwoRunsTheFasterCounts() {
        SparkBench.Result slow = new SparkBench.Result(50_000, 229.5);
        SparkBench.Result fast = new SparkBench.Result(50_000, 214.6);
        assertThat(SparkBench.median(List.of(slow, fast))).isEqualTo(fast);
    }
}
