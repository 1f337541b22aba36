//! Windowing for long lists with rows of one fixed height: which rows to put
//! in the DOM for a scroll position. Pure.

/// The rows `[start, end)` to render, with `overscan` extra rows above and
/// below the visible ones, for a list of `total` rows of `row_height` pixels
/// scrolled to `scroll_top` in a viewport `viewport` pixels high.
pub fn visible_range(
    scroll_top: f64,
    viewport: f64,
    row_height: f64,
    total: usize,
    overscan: usize,
) -> (usize, usize) {
    if total == 0 || row_height <= 0.0 {
        return (0, 0);
    }
    let first = (scroll_top.max(0.0) / row_height).floor() as usize;
    let shown = (viewport.max(0.0) / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan).min(total);
    let end = (first + shown + overscan).min(total);
    (start.min(end), end)
}

#[cfg(test)]
mod tests {
    use super::visible_range;

    #[test]
    fn top_middle_and_end_of_a_long_list() {
        // 5,000 rows of 40 px in a 400 px viewport: 11 rows seen, 5 spare each side.
        assert_eq!(visible_range(0.0, 400.0, 40.0, 5000, 5), (0, 16));
        assert_eq!(visible_range(4000.0, 400.0, 40.0, 5000, 5), (95, 116));
        assert_eq!(visible_range(199_600.0, 400.0, 40.0, 5000, 5), (4985, 5000));
        // Scrolled past the end (the list just shrank under a filter).
        assert_eq!(visible_range(1e9, 400.0, 40.0, 3, 5), (3, 3));
    }

    #[test]
    fn short_and_degenerate_lists() {
        assert_eq!(visible_range(0.0, 400.0, 40.0, 3, 5), (0, 3));
        assert_eq!(visible_range(0.0, 400.0, 40.0, 0, 5), (0, 0));
        assert_eq!(visible_range(-50.0, 400.0, 0.0, 10, 5), (0, 0));
    }
}
