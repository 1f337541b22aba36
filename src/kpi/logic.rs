//! The statistics every KPI is built from, exactly as kpis.md defines them.
//! No Leptos here.

/// The p-th percentile by the nearest-rank method: sort ascending, take the
/// value at 1-based rank ceil(p / 100 * n). `None` for no values ("no data",
/// never 0).
pub fn percentile(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() || !(0.0..=100.0).contains(&p) {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// The arithmetic mean; `None` for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(values.iter().sum::<f64>() / values.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles_by_hand() {
        // n = 5: p50 -> rank ceil(2.5) = 3; p90 -> ceil(4.5) = 5; p20 -> ceil(1) = 1.
        let v = [40.0, 10.0, 50.0, 20.0, 30.0];
        assert_eq!(percentile(&v, 50.0), Some(30.0));
        assert_eq!(percentile(&v, 90.0), Some(50.0));
        assert_eq!(percentile(&v, 20.0), Some(10.0));
        // n = 4: p50 -> rank 2 (no interpolation between 2 and 3).
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0], 50.0), Some(2.0));
        // p0 takes the smallest, p100 the largest.
        assert_eq!(percentile(&v, 0.0), Some(10.0));
        assert_eq!(percentile(&v, 100.0), Some(50.0));
        assert_eq!(percentile(&[7.0], 90.0), Some(7.0));
    }

    #[test]
    fn no_values_is_no_data() {
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(mean(&[]), None);
    }

    #[test]
    fn means() {
        assert_eq!(mean(&[1.0, 2.0, 6.0]), Some(3.0));
    }
}
