//! Pieces every case view shows the same way (the board's cards, the table,
//! the filters, the case page, notices): the localised names of statuses,
//! categories, partner teams and fields, the SLA line and the owner. Thin:
//! the rules are in `sla`, `filters` and `writes`.

use std::collections::HashMap;

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::model::{Case, Category, PartnerTeam, Status};
use super::sla::{clock, Clock, SlaPolicy, Target};
use crate::i18n::{text, Arg, I18n};
use crate::platform;
use crate::time::Timestamp;

/// A load of records: its state and, once there, what it brought.
pub type Load<R> = LocalResource<Result<crate::data::Loaded<R>, crate::data::DataError>>;

/// The SLA policies, loaded once per view: the load (for its state) and the
/// policies it brought (none until then, or when it failed: the defaults
/// of `sla` apply).
pub fn use_sla_policies() -> (Load<SlaPolicy>, Memo<Vec<SlaPolicy>>) {
    let policies = crate::ui::use_records::<SlaPolicy>(crate::data::ListParams::default());
    let sla = Memo::new(move |_| {
        policies
            .get()
            .and_then(Result::ok)
            .map(|l| l.records)
            .unwrap_or_default()
    });
    (policies, sla)
}

/// The message id of a status's name.
pub fn status_label(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::New) => "status-new",
        Some(Status::Triage) => "status-triage",
        Some(Status::Investigating) => "status-investigating",
        Some(Status::Waiting) => "status-waiting",
        Some(Status::Resolved) => "status-resolved",
        None => "status-unknown",
    }
}

/// The message id of a category's name.
pub fn category_label(category: Category) -> &'static str {
    match category {
        Category::AccountSecurity => "category-account_security",
        Category::HarmfulContent => "category-harmful_content",
        Category::HighProfile => "category-high_profile",
        Category::LegalRequest => "category-legal_request",
        Category::PlatformBug => "category-platform_bug",
        Category::Crisis => "category-crisis",
        Category::Other => "category-other",
    }
}

/// The message id of a partner team's name.
pub fn partner_label(team: PartnerTeam) -> &'static str {
    match team {
        PartnerTeam::Policy => "partner-policy",
        PartnerTeam::Legal => "partner-legal",
        PartnerTeam::Engineering => "partner-engineering",
        PartnerTeam::Trust => "partner-trust",
        PartnerTeam::Product => "partner-product",
        PartnerTeam::Marketing => "partner-marketing",
        PartnerTeam::Comms => "partner-comms",
    }
}

/// The message id of a case field's name (conflict notices name fields in
/// the reader's language, never by their contract names).
pub fn field_label(field: &str) -> &'static str {
    match field {
        "title" => "column-title",
        "description" => "field-description",
        "status" => "column-status",
        "priority" => "filter-priority",
        "region" => "filter-region",
        "category" => "filter-category",
        "language" => "filter-language",
        "owner_id" => "filter-owner",
        "partner_teams" => "filter-partner",
        "incident_id" => "field-incident",
        "sensitive" => "label-sensitive",
        "tags" => "label-tags",
        "created_at" => "column-created",
        "first_response_at" => "field-first-response",
        "resolved_at" => "field-resolved",
        "reopened_count" => "field-reopened",
        "csat" => "field-csat",
        "updated_at" => "column-updated",
        _ => "field-other",
    }
}

/// Fields by their names in the reader's language, joined for a sentence.
pub fn field_names(i18n: &I18n, fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| i18n.tr(field_label(f)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The SLA line of a case: time left, or overdue by, or met/missed.
pub fn sla_line(
    i18n: I18n,
    case: &Case,
    sla: &[SlaPolicy],
    now: Timestamp,
) -> Option<(&'static str, String)> {
    let shown = clock(case, sla, now)?;
    let (state, message, minutes) = match shown {
        Clock::Running {
            target: Target::FirstResponse,
            left_minutes,
        } => ("running", "sla-first-left", left_minutes),
        Clock::Running {
            target: Target::Resolution,
            left_minutes,
        } => ("running", "sla-resolve-left", left_minutes),
        Clock::Overdue {
            target: Target::FirstResponse,
            by_minutes,
        } => ("overdue", "sla-first-overdue", by_minutes),
        Clock::Overdue {
            target: Target::Resolution,
            by_minutes,
        } => ("overdue", "sla-resolve-overdue", by_minutes),
        Clock::Stopped { met: true } => ("met", "sla-met", 0.0),
        Clock::Stopped { met: false } => ("missed", "sla-missed", 0.0),
    };
    let time = platform::duration(minutes, &i18n.tag());
    Some((state, i18n.tr_args(message, &[("time", Arg::from(time))])))
}

/// The owner as shown: a name, "unassigned", or the bare id when the person
/// is not (yet) known.
pub fn owner_view(owner_id: Option<String>, names: Memo<HashMap<String, String>>) -> impl IntoView {
    move || match owner_id
        .as_ref()
        .filter(|id| !id.is_empty())
        .map(|id| (id, names.with(|n| n.get(id).cloned())))
    {
        Some((_, Some(name))) => EitherOf3::A(view! { <bdi class="owner">{name}</bdi> }),
        None => EitherOf3::B(
            view! { <span class="owner unassigned">{text("filter-unassigned")}</span> },
        ),
        Some((id, None)) => EitherOf3::C(view! { <code class="owner">{id.clone()}</code> }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::Case;
    use crate::data::Record;

    #[test]
    fn every_case_field_a_person_can_change_has_a_name() {
        for field in Case::FIELDS
            .iter()
            .filter(|f| !matches!(**f, "id" | "version"))
        {
            assert_ne!(field_label(field), "field-other", "{field}");
        }
    }
}
