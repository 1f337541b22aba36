//! Helpers for host tests of records.

use super::Record;

/// The record's `FIELDS` list and its struct name exactly the same fields, so
/// queries can only use fields that exist and every field is decoded.
pub fn assert_fields_match<R: Record + Default>() {
    let value = serde_json::to_value(R::default()).expect("a default record serialises");
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut fields = R::FIELDS.to_vec();
    keys.sort_unstable();
    fields.sort_unstable();
    assert_eq!(
        keys,
        fields,
        "{}: FIELDS and the struct differ",
        R::COLLECTION
    );
}
