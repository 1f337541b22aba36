//! The geometry of the dashboard's charts: axis tops and ticks, and the
//! bins of a distribution. Pure, host-tested; `kpi::charts` draws the SVG.

/// The smallest "round" number (1, 2 or 5 times a power of ten) at or
/// above `max`; 1 when there is nothing above 0.
pub fn nice_ceiling(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(max.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|v| *v >= max * (1.0 - 1e-12))
        .unwrap_or(10.0 * power)
}

/// The axis for values up to `max`: four equal round steps from 0 (so
/// counts get whole-number ticks), the last at or above `max`.
pub fn ticks(max: f64) -> [f64; 5] {
    let step = nice_ceiling(max / 4.0);
    [0.0, step, step * 2.0, step * 3.0, step * 4.0]
}

/// One bar of a distribution: values in `[from, to)` (the last bin also
/// holds its upper edge).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

/// `bins` bins of equal width from the lower of 0 and the smallest value to
/// a round number at or above the largest; every value in exactly one bin.
pub fn histogram(sorted: &[f64], bins: usize) -> Vec<Bin> {
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    let bins = bins.max(1);
    let low = first.min(0.0);
    let width = nice_ceiling((last - low) / bins as f64);
    let mut out: Vec<Bin> = (0..bins)
        .map(|i| Bin {
            from: low + width * i as f64,
            to: low + width * (i + 1) as f64,
            count: 0,
        })
        .collect();
    for v in sorted {
        let i = (((v - low) / width).floor().max(0.0) as usize).min(bins - 1);
        out[i].count += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round_numbers_at_or_above_the_largest_value() {
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(10.0), 10.0);
        assert_eq!(nice_ceiling(12.0), 20.0);
        assert_eq!(nice_ceiling(430.0), 500.0);
        assert_eq!(nice_ceiling(0.3), 0.5);
        assert_eq!(ticks(20.0), [0.0, 5.0, 10.0, 15.0, 20.0]);
        // Counts up to 6: steps of 2, not 2.5.
        assert_eq!(ticks(6.0), [0.0, 2.0, 4.0, 6.0, 8.0]);
        assert_eq!(ticks(17.0), [0.0, 5.0, 10.0, 15.0, 20.0]);
        assert_eq!(ticks(0.0), [0.0, 1.0, 2.0, 3.0, 4.0]);
    }

    #[test]
    fn every_value_falls_in_exactly_one_bin() {
        // 0..95 over 10 bins: width round(9.5) = 10.
        let values: Vec<f64> = vec![0.0, 5.0, 9.99, 10.0, 55.0, 95.0];
        let bins = histogram(&values, 10);
        assert_eq!(bins.len(), 10);
        assert_eq!(
            bins[0],
            Bin {
                from: 0.0,
                to: 10.0,
                count: 3
            }
        );
        assert_eq!(bins[1].count, 1);
        assert_eq!(bins[5].count, 1);
        assert_eq!(bins[9].count, 1);
        assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), values.len());
        // Times out of order (negative) get bins of their own.
        let bins = histogram(&[-30.0, 10.0], 4);
        assert_eq!(bins[0].from, -30.0);
        assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), 2);
        assert!(histogram(&[], 10).is_empty());
    }
}
