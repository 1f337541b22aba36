//! The plainest write: "these fields take these values". For records whose
//! edits are field by field with no rule tying one field to another (people,
//! goals, check-ins, shifts), one intent type serves them all, so each
//! record type needs no write enum of its own (and the save engine no extra
//! instance per enum: bundle size).

use serde_json::{Map, Value};

use super::save::Intent;
use super::Record;
use crate::time::Timestamp;

/// Sets each field to its value; on a version that already holds a value
/// the field is left out, and with nothing left there is nothing to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Fields(pub Map<String, Value>);

impl Fields {
    /// One field.
    pub fn one(field: &str, value: impl Into<Value>) -> Self {
        let mut map = Map::new();
        map.insert(field.to_string(), value.into());
        Fields(map)
    }
}

impl<R: Record> Intent<R> for Fields {
    fn changes(&self, base: &R, _now: Timestamp) -> Option<Map<String, Value>> {
        let stored = serde_json::to_value(base).unwrap_or(Value::Null);
        let changes: Map<String, Value> = self
            .0
            .iter()
            .filter(|(field, value)| stored.get(field.as_str()).unwrap_or(&Value::Null) != *value)
            .map(|(f, v)| (f.clone(), v.clone()))
            .collect();
        (!changes.is_empty()).then_some(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::decode::decode;
    use crate::team::model::Goal;
    use serde_json::json;

    #[test]
    fn only_fields_that_differ_are_written() {
        let goal: Goal =
            decode(json!({"id": "g", "progress": 40, "status": "active", "title": "A"})).unwrap();
        let now = Timestamp::from_millis(0.0).unwrap();
        let mut set = Map::new();
        set.insert("progress".into(), json!(60));
        set.insert("status".into(), json!("active"));
        set.insert("skill".into(), Value::Null);
        assert_eq!(
            Fields(set).changes(&goal, now),
            Some(json!({"progress": 60}).as_object().unwrap().clone())
        );
        assert_eq!(Fields::one("progress", 40).changes(&goal, now), None);
        assert_eq!(
            Fields::one("skill", "triage").changes(&goal, now),
            Some(json!({"skill": "triage"}).as_object().unwrap().clone())
        );
    }
}
