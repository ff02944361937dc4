package id.warga.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatesTests {

    @Test
    void roundsPercentagesToOneDecimalAndLeavesAnEmptyBaseUndefined() {
        assertThat(Rates.percent(2, 3)).isEqualTo(66.7);
        assertThat(Rates.percent(1, 8)).isEqualTo(12.5);
        assertThat(Rates.percent(0, 0)).isNull();
        assertThat(Rates.percent(null, 10)).isNull();
    }

    @Test
    void givesTheWilsonIntervalOfAProportion() {
        // 10 of 100: Wilson 95% is 5.5%–17.4%
        Interval interval = Rates.wilson(10, 100);
        assertThat(interval.low()).isEqualTo(5.5);
        assertThat(interval.high()).isEqualTo(17.4);
        // none of 20 still leaves room up to 16.1%
        assertThat(Rates.wilson(0, 20)).isEqualTo(new Interval(0.0, 16.1));
        assertThat(Rates.wilson(3, 0)).isNull();
    }
}
