//! Pure logic of the case board. No Leptos here.

use super::model::{Case, Status};

/// How many cases stand in each status, in the board's order; cases whose
/// status is unknown are counted apart.
pub fn count_by_status(cases: &[Case]) -> (Vec<(Status, usize)>, usize) {
    let mut counts: Vec<(Status, usize)> = Status::ALL.iter().map(|s| (*s, 0)).collect();
    let mut unknown = 0;
    for case in cases {
        match case.status {
            Some(status) => {
                if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == status) {
                    slot.1 += 1;
                }
            }
            None => unknown += 1,
        }
    }
    (counts, unknown)
}

/// Cases open now (status is an open status).
pub fn open_count(cases: &[Case]) -> usize {
    cases
        .iter()
        .filter(|c| c.status.is_some_and(Status::is_open))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(status: Option<Status>) -> Case {
        Case {
            id: "x".into(),
            status,
            ..Default::default()
        }
    }

    #[test]
    fn counts_each_status_and_the_unknown() {
        let cases = vec![
            case(Some(Status::New)),
            case(Some(Status::New)),
            case(Some(Status::Waiting)),
            case(Some(Status::Resolved)),
            case(None),
        ];
        let (counts, unknown) = count_by_status(&cases);
        assert_eq!(
            counts,
            vec![
                (Status::New, 2),
                (Status::Triage, 0),
                (Status::Investigating, 0),
                (Status::Waiting, 1),
                (Status::Resolved, 1)
            ]
        );
        assert_eq!(unknown, 1);
        assert_eq!(open_count(&cases), 3);
    }
}
