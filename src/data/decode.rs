//! Tolerant decoding of backend records into domain types.
//!
//! The contract's rules: a missing or `null` field is "unknown" (every field
//! but `id` is an `Option`); a field of the wrong type, an unknown enumeration
//! value or a value out of its range makes that one record [`Damaged`], shown
//! with its id and what was wrong, while the rest of the page works.
//!
//! Contract: docs/contract.md (rules for every collection)

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

/// A domain type stored in one collection.
pub trait Record: DeserializeOwned + Serialize + Clone + PartialEq + 'static {
    /// The collection's name in the backend.
    const COLLECTION: &'static str;
    /// Every field of the collection, as the contract names them. Queries may
    /// only name these.
    const FIELDS: &'static [&'static str];

    fn id(&self) -> &str;

    /// The stored `version` (contract: 1 on create, raised by every write).
    /// Read through serde by default; a type may answer directly.
    fn version(&self) -> Option<i64> {
        serde_json::to_value(self)
            .ok()?
            .get("version")
            .and_then(Value::as_i64)
    }

    /// The stored `updated_at` (contract: set on every write), read through
    /// serde by default; a type may answer directly.
    fn updated_at(&self) -> Option<crate::time::Timestamp> {
        serde_json::to_value(self)
            .ok()?
            .get("updated_at")
            .and_then(Value::as_str)
            .and_then(|t| crate::time::Timestamp::parse(t).ok())
    }

    /// Rules serde cannot see (ranges such as `csat` 1..5).
    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

/// A record that does not fit the contract.
#[derive(Debug, Clone, PartialEq)]
pub struct Damaged {
    /// The record's id when it has a readable one.
    pub id: Option<String>,
    pub problem: String,
}

/// A collection as loaded: the good records and the damaged ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    pub records: Vec<T>,
    pub damaged: Vec<Damaged>,
}

impl<T> Default for Loaded<T> {
    fn default() -> Self {
        Loaded {
            records: Vec::new(),
            damaged: Vec::new(),
        }
    }
}

/// Decodes one record.
pub fn decode<T: Record>(value: Value) -> Result<T, Damaged> {
    let id = match value.get("id") {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    if !value.is_object() {
        return Err(Damaged {
            id,
            problem: "not a JSON object".into(),
        });
    }
    if !matches!(value.get("id"), Some(Value::String(s)) if !s.is_empty()) {
        return Err(Damaged {
            id,
            problem: "`id` must be a non-empty string".into(),
        });
    }
    let record: T = serde_json::from_value(value).map_err(|e| Damaged {
        id: id.clone(),
        problem: e.to_string(),
    })?;
    record.check().map_err(|problem| Damaged { id, problem })?;
    Ok(record)
}

/// Decodes a collection, keeping the good records in order.
pub fn decode_all<T: Record>(values: Vec<Value>) -> Loaded<T> {
    let mut loaded = Loaded::default();
    for value in values {
        match decode::<T>(value) {
            Ok(record) => loaded.records.push(record),
            Err(damaged) => loaded.damaged.push(damaged),
        }
    }
    loaded
}

/// Checks that an optional integer lies in `range`, naming the field.
pub fn check_range<N>(
    field: &str,
    value: Option<N>,
    range: std::ops::RangeInclusive<N>,
) -> Result<(), String>
where
    N: PartialOrd + std::fmt::Display + Copy,
{
    match value {
        Some(v) if !range.contains(&v) => Err(format!(
            "`{field}` is {v}, outside {}..{}",
            range.start(),
            range.end()
        )),
        _ => Ok(()),
    }
}
