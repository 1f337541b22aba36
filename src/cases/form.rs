//! The case page: every field, edit with validation and clear messages,
//! a new case with a client-made id, owner from the team, link to an
//! incident, the "responded" action, and the two-leads conflict. What the
//! person typed is kept in the browser until saved or discarded. Thin: the
//! rules are in `draft` and `logic`.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use super::draft::{differing_fields, CaseDraft, KeptDraft, DESCRIPTION_MAX, TITLE_MAX};
use super::filters::parse_key;
use super::history::CaseEvent;
use super::model::{Case, Category, PartnerTeam, Priority, Status};
use super::notes::{change_history, CaseHistory};
use super::parts::{category_label, field_names, partner_label, sla_line, status_label};
use super::sla::SlaPolicy;
use super::writes::{Action, CaseWrite};
use crate::data::decode::decode;
use crate::data::save::{Creation, Event, Intent, Retry};
use crate::data::{AppProvider, DataError, ListParams, Record};
use crate::i18n::{text, use_i18n, Arg};
use crate::incidents::model::Incident;
use crate::platform;
use crate::regions::Region;
use crate::team::model::Person;
use crate::time::Timestamp;
use crate::ui::{error_message, use_me, use_records, use_saver_with_history, ErrorPanel, Loading};

/// The page of one case, `/cases/:id`.
#[component]
pub fn CasePage() -> impl IntoView {
    let params = use_params_map();
    let provider = use_context::<AppProvider>();
    let state = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        let provider = provider.clone();
        async move {
            match provider {
                Some(p) => p.get::<Case>(&id).await,
                None => Err(DataError::Config("no data provider".into())),
            }
        }
    });
    view! {
        <section class="case-page" aria-labelledby="case-heading">
            <BackLink />
            {move || match state.get() {
                None => EitherOf4::A(view! { <Loading /> }),
                Some(Err(error)) => EitherOf4::B(view! { <ErrorPanel error on_retry=move |_| state.refetch() /> }),
                Some(Ok(Err(damaged))) => EitherOf4::C(view! {
                    <h1 id="case-heading">{text("case-damaged")}</h1>
                    <p class="error-panel" data-damaged-id=damaged.id.clone()><bdi lang="en">{damaged.problem}</bdi></p>
                }),
                Some(Ok(Ok(case))) => EitherOf4::D(view! { <CaseForm base=Some(case) /> }),
            }}
        </section>
    }
}

/// The new-case page, `/cases/new`.
#[component]
pub fn NewCasePage() -> impl IntoView {
    view! {
        <section class="case-page" aria-labelledby="case-heading">
            <BackLink />
            <CaseForm base=None />
        </section>
    }
}

#[component]
fn BackLink() -> impl IntoView {
    view! { <p class="back"><a href=platform::app_href("/cases")>{text("back-to-cases")}</a></p> }
}

/// Where a form stands.
#[derive(Clone)]
#[allow(clippy::large_enum_variant)]
enum FormState {
    Idle,
    Saving,
    Saved,
    NothingToSave,
    /// Not saved: why, and the writes to try again.
    Failed {
        error: DataError,
        retry: Option<Box<Retry<Case, CaseWrite>>>,
    },
    /// Someone else saved first: their version, the fields they changed
    /// (`None` when not known: a kept draft restored over a newer version),
    /// and the fields where applying mine on top replaces theirs.
    Conflict {
        current: Case,
        theirs: Option<Vec<&'static str>>,
        overlap: Vec<&'static str>,
        intents: Vec<CaseWrite>,
    },
}

/// The form over one case (`base`), or a new one (`None`).
#[component]
fn CaseForm(base: Option<Case>) -> impl IntoView {
    let i18n = use_i18n();
    let provider = use_context::<AppProvider>();
    let navigate = use_navigate();
    let storage_key = super::draft::draft_key(
        &provider.as_ref().map(|p| p.person()).unwrap_or_default(),
        base.as_ref().map_or("new", |c| c.id.as_str()),
    );
    let fresh = base.as_ref().map(CaseDraft::from_case).unwrap_or_default();
    let kept = platform::load(&storage_key)
        .and_then(|s| KeptDraft::restore(&s, base.as_ref(), platform::now()))
        .filter(|k| k.draft != fresh);
    let restored = RwSignal::new(kept.is_some());
    let description_since = StoredValue::new(kept.as_ref().and_then(|k| k.description_since));
    let kept_id = kept
        .as_ref()
        .and_then(|k| k.new_id.clone().zip(k.new_created_at));
    // What the person changed: only those fields are written.
    let touched = RwSignal::new(kept.as_ref().map(|k| k.touched.clone()).unwrap_or_default());
    let base_version = StoredValue::new(
        kept.as_ref()
            .and_then(|k| k.base_version)
            .or(base.as_ref().and_then(|b| b.version)),
    );
    let stale = kept
        .as_ref()
        .zip(base.as_ref())
        .is_some_and(|(k, b)| k.is_stale(b));
    let draft = RwSignal::new(kept.map(|k| k.draft).unwrap_or_else(|| fresh.clone()));
    let edit = move || CaseWrite::Edit {
        draft: Box::new(draft.get_untracked()),
        touched: touched.get_untracked(),
    };
    // Restored over a version someone saved since: say so before anything
    // is written, with the fields applying mine would write.
    let initial = match base.as_ref().filter(|_| stale) {
        Some(current) => FormState::Conflict {
            current: current.clone(),
            theirs: None,
            overlap: edit()
                .changes(current, platform::now())
                .map(|c| {
                    Case::FIELDS
                        .iter()
                        .copied()
                        .filter(|f| c.contains_key(*f))
                        .collect()
                })
                .unwrap_or_default(),
            intents: vec![edit()],
        },
        None => FormState::Idle,
    };
    let base = RwSignal::new(base);
    let is_new = base.with_untracked(Option::is_none);
    let tried = RwSignal::new(false);
    let state = RwSignal::new(initial);
    let revealed = RwSignal::new(false);
    let new_id = StoredValue::new(kept_id);
    let creation = StoredValue::new_local(Creation::default());
    let problems = Memo::new(move |_| draft.with(CaseDraft::validate));
    let pristine = Memo::new(move |_| {
        let fresh = base.with(|b| b.as_ref().map(CaseDraft::from_case).unwrap_or_default());
        draft.with(|d| *d == fresh)
    });

    // Keep what was typed until it is saved or discarded.
    let keep = {
        let key = storage_key.clone();
        move || {
            let kept = KeptDraft {
                draft: draft.get_untracked(),
                touched: touched.get_untracked(),
                base_version: base_version.get_value(),
                written_at: Some(platform::now()),
                new_id: new_id.get_value().map(|(id, _)| id),
                new_created_at: new_id.get_value().map(|(_, at)| at),
                description_since: description_since.get_value(),
            }
            .at_rest();
            if pristine.get_untracked() && kept.new_id.is_none() {
                platform::forget(&key);
            } else if let Ok(json) = serde_json::to_string(&kept) {
                platform::store(&key, &json);
            }
        }
    };
    {
        let keep = keep.clone();
        Effect::new(move |_| {
            draft.track();
            touched.track();
            keep();
        });
    }

    let people = use_records::<Person>(ListParams::default());
    let incidents = use_records::<Incident>(ListParams::default());
    let policies = use_records::<SlaPolicy>(ListParams::default());

    // Every write of this page goes through the save engine, and each one
    // that lands leaves a `change` event in the case's history.
    let recorded = RwSignal::new(Vec::<CaseEvent>::new());
    let saver =
        use_saver_with_history::<Case, CaseWrite>(
            change_history(use_me()),
            move |event| match event {
                Event::Shown(_) => {}
                Event::Saving { saving: true, .. } => {
                    state.try_set(FormState::Saving);
                }
                Event::Saving { saving: false, .. } => {
                    if matches!(state.try_get_untracked(), Some(FormState::Saving)) {
                        state.try_set(FormState::Saved);
                    }
                }
                Event::Saved(saved) => {
                    // What is now stored is no longer an unsaved change; what the
                    // person typed meanwhile stays in the form.
                    let stored = CaseDraft::from_case(&saved);
                    let still = draft
                        .try_with_untracked(|d| differing_fields(d, &stored))
                        .unwrap_or_default();
                    touched.try_update(|t| t.retain(|f| still.contains(f)));
                    base_version.try_set_value(saved.version);
                    base.try_set(Some(saved));
                }
                // Shown in the history at once.
                // Only this case's (what was answered is not taken on trust).
                Event::Recorded(value) => {
                    let own = base
                        .try_with_untracked(|b| b.as_ref().map(|c| c.id.clone()))
                        .flatten();
                    if let (Ok(event), Some(own)) = (decode::<CaseEvent>(value), own) {
                        if crate::cases::history::belongs(&event, &own) {
                            recorded.try_update(|r| r.push(event));
                        }
                    }
                }
                Event::Conflict(conflict) => match conflict.current {
                    Some(current) => {
                        state.try_set(FormState::Conflict {
                            current,
                            theirs: Some(conflict.theirs),
                            overlap: conflict.overlap,
                            intents: conflict.intents,
                        });
                    }
                    None => {
                        state.try_set(FormState::Failed {
                            error: DataError::Conflict { current: None },
                            retry: None,
                        });
                    }
                },
                Event::Queued { .. } => {
                    state.try_set(FormState::Failed {
                        error: DataError::Queued,
                        retry: None,
                    });
                }
                Event::Failed { error, retry, .. } => {
                    // A retry only where one can help.
                    let retry = error.retryable().then(|| Box::new(retry));
                    state.try_set(FormState::Failed { error, retry });
                }
            },
        );
    // A failed save tried again, wanting what the form holds now.
    let again = move |mut retry: Retry<Case, CaseWrite>| {
        for attempt in retry.attempts.iter_mut() {
            if matches!(attempt.intent(), CaseWrite::Edit { .. }) {
                *attempt = attempt.clone().with_intent(edit());
            }
        }
        retry
    };
    let write = move |on: &Case, intent: CaseWrite| {
        if let Some(saver) = saver {
            saver.submit(on, intent);
        }
    };

    let submit = {
        let provider = provider.clone();
        let key = storage_key.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            tried.set(true);
            let d = draft.get_untracked();
            if let Some((field, _)) = d.validate().first() {
                platform::focus(&format!("[data-field='{field}']"));
                return;
            }
            // The backend's clock where known: a viewer whose clock runs
            // ahead must not stamp cases from the future.
            let now = provider
                .as_ref()
                .map_or_else(platform::now, |p| p.server_now());
            match base.get_untracked() {
                Some(b) => {
                    if let FormState::Failed {
                        retry: Some(retry), ..
                    } = state.get_untracked()
                    {
                        // Saving again after a failure is its retry, with
                        // what was typed since: a first try that landed
                        // unseen is recognised, not a conflict with myself.
                        if let Some(saver) = saver {
                            saver.retry(&b, again(*retry));
                        }
                    } else if edit().changes(&b, now).is_none() {
                        state.set(FormState::NothingToSave);
                    } else {
                        write(&b, edit());
                    }
                }
                None => {
                    let Some(provider) = provider.clone() else {
                        return;
                    };
                    // One id per new case, kept across retries, and the
                    // same record sent on every try: a retry after a lost
                    // answer cannot make a second case.
                    let (id, born) = new_id
                        .get_value()
                        .unwrap_or_else(|| (format!("case-{}", platform::random_id()), now));
                    new_id.set_value(Some((id.clone(), born)));
                    keep();
                    let case = d.new_case(id, born);
                    state.set(FormState::Saving);
                    let navigate = navigate.clone();
                    let key = key.clone();
                    let creation = creation.get_value();
                    spawn_local(async move {
                        match creation.create(&provider, &case).await {
                            Ok(saved) => {
                                platform::forget(&key);
                                navigate(
                                    &crate::url::case_path(&saved.id),
                                    NavigateOptions {
                                        replace: true,
                                        ..Default::default()
                                    },
                                );
                            }
                            Err(error) => {
                                state.try_set(FormState::Failed { error, retry: None });
                            }
                        }
                    });
                }
            }
        }
    };

    let discard = move |_| {
        draft
            .set(base.with_untracked(|b| b.as_ref().map(CaseDraft::from_case).unwrap_or_default()));
        touched.set(Default::default());
        base_version.set_value(base.with_untracked(|b| b.as_ref().and_then(|c| c.version)));
        restored.set(false);
        tried.set(false);
        state.set(FormState::Idle);
        // Discarded: whatever comes next is another case, with its own id.
        new_id.set_value(None);
        creation.set_value(Creation::default());
        description_since.set_value(None);
    };

    // The person changed `field` (the name the contract gives it).
    let touch = move |field: &'static str| {
        if field == "description" && description_since.get_value().is_none() {
            description_since.set_value(Some(platform::now()));
        }
        touched.update(|t| {
            t.insert(field.to_string());
        });
    };

    let error_for = move |field: &'static str| {
        move || {
            if !tried.get() {
                return None;
            }
            problems.with(|p| p.iter().find(|(f, _)| *f == field).map(|(_, m)| *m))
        }
    };

    // One labelled control per field, with its error below it.
    let field = move |key: &'static str, label: &'static str, control: AnyView| {
        let err = error_for(key);
        view! {
            <div class="field" class:invalid=move || err().is_some()>
                <label for=format!("f-{key}")>{text(label)}</label>
                {control}
                {move || err().map(|m| view! { <p class="field-error" id=format!("err-{key}") data-error-for=key>{text(m)}</p> })}
            </div>
        }
    };
    let invalid = move |key: &'static str| move || error_for(key)().is_some().to_string();
    let described = move |key: &'static str| move || error_for(key)().map(|_| format!("err-{key}"));
    let text_input = move |key: &'static str,
                           max: usize,
                           get: fn(&CaseDraft) -> String,
                           set: fn(&mut CaseDraft, String)| {
        view! {
            <input type="text" id=format!("f-{key}") data-field=key maxlength=max
                aria-invalid=invalid(key) aria-describedby=described(key)
                prop:value=move || draft.with(get)
                on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| set(d, v)); touch(key); } />
        }
        .into_any()
    };
    let choice = move |key: &'static str,
                       options: Vec<(String, String)>,
                       required: bool,
                       get: fn(&CaseDraft) -> String,
                       set: fn(&mut CaseDraft, &str)| {
        view! {
            <select id=format!("f-{key}") data-field=key aria-invalid=invalid(key) aria-describedby=described(key)
                prop:value=move || draft.with(get)
                on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| set(d, &v)); touch(key); }>
                <option value="">{if required { text("choose") } else { text("none") }}</option>
                {options.into_iter().map(|(v, label)| view! { <option value=v.clone() selected=move || draft.with(get) == v>{label}</option> }).collect_view()}
            </select>
        }
        .into_any()
    };
    let translated = move |keys: Vec<(&'static str, &'static str)>| {
        keys.into_iter()
            .map(|(k, m)| (k.to_string(), i18n.tr(m)))
            .collect::<Vec<_>>()
    };
    let plain = |keys: Vec<&'static str>| {
        keys.into_iter()
            .map(|k| (k.to_string(), k.to_string()))
            .collect::<Vec<_>>()
    };

    let status_field = move || {
        field(
            "status",
            "column-status",
            choice(
                "status",
                translated(
                    Status::ALL
                        .iter()
                        .map(|s| (s.key(), status_label(Some(*s))))
                        .collect(),
                ),
                true,
                |d| d.status.map(|s| s.key().to_string()).unwrap_or_default(),
                |d, v| d.status = parse_key(&Status::ALL, Status::key, v),
            ),
        )
    };
    let priority_field = field(
        "priority",
        "filter-priority",
        choice(
            "priority",
            plain(Priority::ALL.iter().map(|p| p.key()).collect()),
            true,
            |d| d.priority.map(|p| p.key().to_string()).unwrap_or_default(),
            |d, v| d.priority = parse_key(&Priority::ALL, Priority::key, v),
        ),
    );
    let region_field = field(
        "region",
        "filter-region",
        choice(
            "region",
            plain(Region::ALL.iter().map(|r| r.key()).collect()),
            true,
            |d| d.region.map(|r| r.key().to_string()).unwrap_or_default(),
            |d, v| d.region = parse_key(&Region::ALL, Region::key, v),
        ),
    );
    let category_field = move || {
        field(
            "category",
            "filter-category",
            choice(
                "category",
                translated(
                    Category::ALL
                        .iter()
                        .map(|c| (c.key(), category_label(*c)))
                        .collect(),
                ),
                true,
                |d| d.category.map(|c| c.key().to_string()).unwrap_or_default(),
                |d, v| d.category = parse_key(&Category::ALL, Category::key, v),
            ),
        )
    };
    let owner_field = move || {
        let mut options: Vec<(String, String)> = people
            .get()
            .and_then(Result::ok)
            .map(|l| {
                l.records
                    .into_iter()
                    .filter(|p| p.active != Some(false))
                    .map(|p| (p.id.clone(), p.name.unwrap_or(p.id)))
                    .collect()
            })
            .unwrap_or_default();
        crate::sort::sort_by(&mut options, |a, b| a.1.cmp(&b.1));
        let current = draft.with_untracked(|d| d.owner_id.clone());
        if !current.is_empty() && !options.iter().any(|(id, _)| *id == current) {
            options.push((current.clone(), current));
        }
        field(
            "owner_id",
            "filter-owner",
            choice(
                "owner_id",
                options,
                false,
                |d| d.owner_id.clone(),
                |d, v| d.owner_id = v.to_string(),
            ),
        )
    };
    let incident_field = move || {
        let mut list: Vec<Incident> = incidents
            .get()
            .and_then(Result::ok)
            .map(|l| l.records)
            .unwrap_or_default();
        crate::sort::sort_by_key(&mut list, |i| std::cmp::Reverse(i.started_at));
        let mut options: Vec<(String, String)> = list
            .into_iter()
            .map(|i| {
                let label = format!("{} ({})", i.title.unwrap_or_default(), i.id);
                (i.id, label)
            })
            .collect();
        let current = draft.with_untracked(|d| d.incident_id.clone());
        if !current.is_empty() && !options.iter().any(|(id, _)| *id == current) {
            options.push((current.clone(), current));
        }
        field(
            "incident_id",
            "field-incident",
            choice(
                "incident_id",
                options,
                false,
                |d| d.incident_id.clone(),
                |d, v| d.incident_id = v.to_string(),
            ),
        )
    };
    let partners = PartnerTeam::ALL
        .into_iter()
        .map(|team| view! {
            <label class="check">
                <input type="checkbox" data-partner=team.key()
                    prop:checked=move || draft.with(|d| d.partner_teams.contains(&team))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|d| { if on { d.partner_teams.insert(team); } else { d.partner_teams.remove(&team); } });
                        touch("partner_teams");
                    } />
                " " {text(partner_label(team))}
            </label>
        })
        .collect_view();
    let hide_description = base.with_untracked(|b| b.as_ref().is_some_and(Case::hides_description));
    let description = move || {
        if hide_description && !revealed.get() {
            Either::Left(view! {
                <p class="hidden-note">{text("sensitive-hidden")}</p>
                <button type="button" class="reveal" on:click=move |_| revealed.set(true)>{text("reveal")}</button>
            })
        } else {
            Either::Right(view! {
                <textarea id="f-description" data-field="description" rows="6" maxlength=DESCRIPTION_MAX dir="auto"
                    aria-invalid=invalid("description") aria-describedby=described("description")
                    prop:value=move || draft.with(|d| d.description.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.description = v); touch("description"); }></textarea>
            })
        }
    };

    let respond_now = move |_| {
        if let Some(b) = base.get_untracked() {
            write(&b, CaseWrite::Act(Action::Respond));
        }
    };
    let now = platform::now();
    let facts = move || {
        base.get().map(|b| {
            let at = |t: Option<Timestamp>| {
                t.map(|t| platform::date_time(t, i18n.zone(), Some(&i18n.tag()))).unwrap_or_else(|| "—".into())
            };
            let sla = policies.get().and_then(Result::ok).and_then(|l| sla_line(i18n, &b, &l.records, now));
            let can_respond = b.first_response_at.is_none() && b.status.is_some_and(Status::is_open);
            view! {
                {sla.map(|(state, line)| view! { <p class="sla" data-sla=state>{line}</p> })}
                <dl class="facts">
                    <dt>{text("field-id")}</dt><dd><code>{b.id.clone()}</code></dd>
                    <dt>{text("column-created")}</dt><dd>{at(b.created_at)}</dd>
                    <dt>{text("field-first-response")}</dt><dd data-fact="first_response_at">{at(b.first_response_at)}</dd>
                    <dt>{text("field-resolved")}</dt><dd data-fact="resolved_at">{at(b.resolved_at)}</dd>
                    <dt>{text("field-reopened")}</dt><dd data-fact="reopened_count">{b.reopened_count.unwrap_or(0)}</dd>
                    <dt>{text("field-csat")}</dt><dd>{b.csat.map(|c| c.to_string()).unwrap_or_else(|| "—".into())}</dd>
                    <dt>{text("column-updated")}</dt><dd>{at(b.updated_at)}</dd>
                    <dt>{text("field-version")}</dt><dd data-fact="version">{b.version.unwrap_or(0)}</dd>
                </dl>
                {can_respond.then(|| view! {
                    <button type="button" data-action="responded" on:click=respond_now>{text("mark-responded")}</button>
                })}
            }
        })
    };

    let state_view = move || match state.get() {
        FormState::Idle => None,
        FormState::Saving => {
            Some(view! { <p role="status" data-state="saving">{text("saving")}</p> }.into_any())
        }
        FormState::Saved => {
            Some(view! { <p role="status" data-state="saved">{text("saved")}</p> }.into_any())
        }
        FormState::NothingToSave => Some(
            view! { <p role="status" data-state="unchanged">{text("nothing-to-save")}</p> }
                .into_any(),
        ),
        FormState::Failed { error, retry } => Some(
            view! {
                <div class="error-panel" role="alert" data-state="failed">
                    <p>{i18n.tr("form-not-saved")} " " {error_message(&i18n, &error)}</p>
                    {retry.map(|retry| view! {
                        <button type="button" data-action="retry" on:click=move |_| {
                            if let (Some(saver), Some(b)) = (saver, base.get_untracked()) {
                                saver.retry(&b, again(*retry.clone()));
                            }
                        }>{text("retry")}</button>
                    })}
                </div>
            }
            .into_any(),
        ),
        FormState::Conflict {
            current,
            theirs,
            overlap,
            intents,
        } => {
            let reload = current.clone();
            let names = field_names(&i18n, &overlap);
            let said = match &theirs {
                Some(fields) => i18n.tr_args(
                    "conflict-title",
                    &[("fields", Arg::from(field_names(&i18n, fields)))],
                ),
                None => i18n.tr_args(
                    "draft-stale",
                    &[
                        (
                            "from",
                            Arg::Number(base_version.get_value().unwrap_or(0) as f64),
                        ),
                        ("to", Arg::Number(current.version.unwrap_or(0) as f64)),
                    ],
                ),
            };
            Some(view! {
                <div class="error-panel conflict" role="alert" data-state="conflict"
                    data-fields=theirs.map(|t| t.join(",")).unwrap_or_default()>
                    <p>{said}</p>
                    {(!overlap.is_empty()).then(|| view! {
                        <p data-overlap=overlap.join(",")>{i18n.tr_args("conflict-overlap", &[("fields", Arg::from(names))])}</p>
                    })}
                    <button type="button" data-action="reload" on:click=move |_| {
                        draft.set(CaseDraft::from_case(&reload));
                        touched.set(Default::default());
                        base_version.set_value(reload.version);
                        base.set(Some(reload.clone()));
                        state.set(FormState::Idle);
                    }>{text("conflict-reload-form")}</button>
                    " "
                    <button type="button" data-action="apply" on:click=move |_| {
                        // Mine on their version: the fields recomputed on it.
                        let intents: Vec<CaseWrite> = intents
                            .iter()
                            .map(|i| match i {
                                CaseWrite::Edit { .. } => edit(),
                                other => other.clone(),
                            })
                            .collect();
                        base.set(Some(current.clone()));
                        if let Some(saver) = saver {
                            saver.submit_all(&current, intents);
                        }
                    }>{text("conflict-apply")}</button>
                </div>
            }.into_any())
        }
    };

    let names = Signal::derive(move || {
        people
            .get()
            .and_then(Result::ok)
            .map(|l| {
                l.records
                    .into_iter()
                    .map(|p| {
                        let name = p.name.clone().unwrap_or_else(|| p.id.clone());
                        (p.id, name)
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let history = base
        .with_untracked(|b| b.as_ref().map(|c| c.id.clone()))
        .map(|case_id| {
            view! { <CaseHistory case_id case=Signal::derive(move || base.get()) recorded names /> }
        });

    let heading = move || {
        if is_new {
            Either::Left(text("new-case"))
        } else {
            Either::Right(
                view! { <bdi>{base.with(|b| b.as_ref().and_then(|c| c.title.clone()).unwrap_or_default())}</bdi> },
            )
        }
    };
    let summary = move || {
        (tried.get() && problems.with(|p| !p.is_empty())).then(|| {
            view! {
                <div class="error-panel" role="alert" data-state="invalid">
                    <p>{text("form-invalid")}</p>
                </div>
            }
        })
    };

    view! {
        <h1 id="case-heading" dir="auto">{heading}</h1>
        {move || restored.get().then(|| view! {
            <p class="notice" role="status" data-state="restored">
                {text("draft-restored")} " "
                <button type="button" class="link" data-action="discard" on:click=discard>{text("discard")}</button>
            </p>
        })}
        {facts}
        {move || base.with(|b| b.as_ref().filter(|c| c.incident_id.as_deref().is_none_or(str::is_empty)).map(|c| {
            let href = platform::app_href(&format!("/incidents/new?from_case={}", crate::url::encode(&c.id)));
            view! { <p class="escalate"><a class="button" data-action="escalate" href=href>{text("escalate-case")}</a></p> }
        }))}
        <form class="case-form" novalidate on:submit=submit>
            {summary}
            {field("title", "column-title", text_input("title", TITLE_MAX, |d| d.title.clone(), |d, v| d.title = v))}
            <div class="field">
                <label for="f-description">{text("field-description")}</label>
                {description}
                {move || error_for("description")().map(|m| view! { <p class="field-error" id="err-description" data-error-for="description">{text(m)}</p> })}
            </div>
            <div class="field-row">
                {status_field}
                {priority_field}
                {region_field}
                {category_field}
            </div>
            <div class="field-row">
                {field("language", "filter-language", text_input("language", 35, |d| d.language.clone(), |d, v| d.language = v))}
                {owner_field}
                {incident_field}
            </div>
            <fieldset class="partners">
                <legend>{text("filter-partner")}</legend>
                {partners}
            </fieldset>
            {field("tags", "field-tags", text_input("tags", 500, |d| d.tags.clone(), |d, v| d.tags = v))}
            <label class="check">
                <input type="checkbox" data-field="sensitive"
                    prop:checked=move || draft.with(|d| d.sensitive)
                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.sensitive = on); touch("sensitive"); } />
                " " {text("field-sensitive")}
            </label>
            {state_view}
            <p class="form-actions">
                <button type="submit" class="primary" data-action="save" disabled=move || matches!(state.get(), FormState::Saving)>
                    {move || if is_new { i18n.tr("create-case") } else { i18n.tr("save-case") }}
                </button>
                {move || (!pristine.get()).then(|| view! { <span class="unsaved" data-state="unsaved">{text("unsaved-changes")}</span> })}
            </p>
        </form>
        {history}
    }
}
