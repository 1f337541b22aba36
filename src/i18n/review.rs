//! A native-speaker review of the catalogues, kept by host tests: the rules
//! that can be checked mechanically, so that what it fixed does not come
//! back. French punctuation with its no-break spaces and one apostrophe;
//! words it took out; wording it asked for (prepositions before a date or a
//! time, unambiguous warnings about losing edits, a count's label); one word
//! per concept (layout and saved view, goals and targets, owner and lead,
//! status and case, SLA); and the `[many]` forms of French and Spanish.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// Where a variable stands in a message's text, in these tests.
const VAR: char = '\u{FFFC}';

/// The catalogues the review covered (by tag, their file names), and English.
const REVIEWED: [&str; 8] = ["en", "de", "fr", "es", "tr", "ar", "pt-BR", "ja"];

fn source(locale: &str) -> String {
    let path = format!(
        "{}/public/locales/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        locale
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One message (or attribute) of a catalogue, as text.
struct Message {
    key: String,
    /// Every way it can read, one per combination of variants, with each
    /// variable as [`VAR`].
    texts: Vec<String>,
    /// Its selects: each variant's name and text.
    selects: Vec<Vec<(String, String)>>,
}

impl Message {
    /// All its texts, one a line (for searching).
    fn text(&self) -> String {
        self.texts.join("\n")
    }

    /// The text of variant `name` in each select that has one.
    fn variant(&self, name: &str) -> Vec<&str> {
        self.selects
            .iter()
            .flat_map(|s| s.iter().filter(|(n, _)| n == name))
            .map(|(_, text)| text.as_str())
            .collect()
    }
}

fn renderings(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = vec![String::new()];
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                out.iter_mut().for_each(|s| s.push_str(value));
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                let mut next = Vec::new();
                for s in &out {
                    for v in variants {
                        for r in renderings(&v.value) {
                            next.push(format!("{s}{r}"));
                        }
                    }
                }
                out = next;
            }
            ast::PatternElement::Placeable { .. } => out.iter_mut().for_each(|s| s.push(VAR)),
        }
    }
    out
}

/// Every select of a pattern, nested ones too: each variant's name (or
/// number) with its renderings.
pub(super) fn selects(pattern: &ast::Pattern<&str>, out: &mut Vec<Vec<(String, String)>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = element
        {
            out.push(
                variants
                    .iter()
                    .map(|v| {
                        let name = match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        (name, renderings(&v.value).join("\n"))
                    })
                    .collect(),
            );
            for v in variants {
                selects(&v.value, out);
            }
        }
    }
}

fn messages(locale: &str) -> Vec<Message> {
    let resource = FluentResource::try_new(source(locale)).expect("valid Fluent");
    let mut out = Vec::new();
    for entry in resource.entries() {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let value = m.value.iter().map(|v| (m.id.name.to_string(), v));
        let attributes = m
            .attributes
            .iter()
            .map(|a| (format!("{}.{}", m.id.name, a.id.name), &a.value));
        for (key, pattern) in value.chain(attributes) {
            let mut found = Vec::new();
            selects(pattern, &mut found);
            out.push(Message {
                key,
                texts: renderings(pattern),
                selects: found,
            });
        }
    }
    assert!(out.len() > 40, "{}: {} messages", locale, out.len());
    out
}

fn message<'a>(messages: &'a [Message], locale: &str, key: &str) -> &'a Message {
    messages
        .iter()
        .find(|m| m.key == key)
        .unwrap_or_else(|| panic!("{}: no message {key}", locale))
}

/// Arabic without its short vowels and other marks (so that a check does not
/// depend on how fully a word is vowelled), lower case elsewhere.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}'))
        .collect::<String>()
        .to_lowercase()
}

/// The words of a text, folded; anything not a letter or digit separates.
fn words(text: &str) -> Vec<String> {
    folded(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `text` holds `phrase` as whole words (folded).
fn has_phrase(text: &str, phrase: &str) -> bool {
    let text: Vec<char> = folded(text).chars().collect();
    let phrase: Vec<char> = folded(phrase).chars().collect();
    (0..text.len().saturating_sub(phrase.len()) + 1).any(|at| {
        text.len() >= phrase.len()
            && text[at..at + phrase.len()] == phrase[..]
            && (at == 0 || !text[at - 1].is_alphanumeric())
            && text
                .get(at + phrase.len())
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Shows [`VAR`] as `{…}` in failure messages.
fn shown(text: &str) -> String {
    text.replace(VAR, "{…}")
}

#[test]
fn french_punctuation_keeps_its_no_break_spaces() {
    let mut wrong = Vec::new();
    for m in messages("fr") {
        for text in &m.texts {
            let chars: Vec<char> = text.chars().collect();
            for (at, c) in chars.iter().enumerate() {
                let before = at.checked_sub(1).map(|b| chars[b]);
                let after = chars.get(at + 1).copied();
                // A time (09:30) or an address (https://) is not punctuation.
                let inside_a_token = *c == ':'
                    && before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(|a| a.is_ascii_digit() || a == '/');
                let wanted = match c {
                    ':' | '»' if !inside_a_token => Some(('\u{A0}', true)),
                    ';' | '?' | '!' => Some(('\u{202F}', true)),
                    '«' => Some(('\u{A0}', false)),
                    _ => None,
                };
                let Some((space, is_before)) = wanted else {
                    continue;
                };
                let next_to = if is_before { before } else { after };
                if next_to != Some(space) {
                    wrong.push(format!(
                        "{}: {:?} wants U+{:04X} {} it, has {:?}: {}",
                        m.key,
                        c,
                        u32::from(space),
                        if is_before { "before" } else { "after" },
                        next_to,
                        shown(text)
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_french_message_has_a_plain_space_before_high_punctuation() {
    let mut wrong = Vec::new();
    for m in messages("fr") {
        for text in &m.texts {
            for pair in [" :", " ;", " ?", " !"] {
                if text.contains(pair) {
                    wrong.push(format!("{}: {pair:?} in {}", m.key, shown(text)));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn french_uses_the_typographic_apostrophe_throughout() {
    let straight: Vec<_> = messages("fr")
        .iter()
        .filter(|m| m.text().contains('\''))
        .map(|m| format!("{}: {}", m.key, shown(&m.text())))
        .collect();
    assert!(straight.is_empty(), "' instead of ’: {straight:#?}");
}

/// Wording the review took out: `(locale, key or "*" for every message,
/// text, whole words only, why)`.
#[rustfmt::skip]
const TAKEN_OUT: &[(&str, &str, &str, bool, &str)] = &[
    ("ar", "*", "مزعج", false, "‘annoying’ trivialises what analysts see"),
    ("ar", "conflict-reload-form", "يتجاهل", false, "‘ignores’: the edits are lost"),
    ("ar", "discard", "تجاهل", false, "‘ignore’: the button deletes the draft"),
    ("tr", "discard", "Vazgeç", true, "‘cancel’: the button deletes the draft"),
    ("tr", "*", "nöbet", false, "on-call duty: a shift is a vardiya"),
    ("es", "conflict-reload-form", "su versión", true, "whose version?"),
    ("es", "conflict-overlap", "la suya", true, "whose change?"),
    ("es", "check-in-notes", "responsables", true, "the owner's word, not the lead's"),
    ("de", "field-sensitive", "aufgedeckt", false, "hidden until *you* show it"),
    ("de", "role-manager", "Management", true, "names a department, not a role"),
    ("fr", "*", "garde", true, "on-call duty: a shift is a créneau"),
    ("fr", "*", "gardes", true, "on-call duty: a shift is a créneau"),
    ("fr", "*", "entretien", true, "sounds like a performance review"),
    ("fr", "*", "entretiens", true, "sounds like a performance review"),
    ("fr", "filter-owner", "responsable", true, "the lead's word"),
    ("fr", "export-owner", "responsable", true, "the lead's word"),
    // Whose changes are lost, said without a pronoun that could be either
    // person's (the adversarial review after the native-speaker one).
    ("fr", "conflict-overlap", "leur", true, "whose change?"),
    ("fr", "conflict-reload-form", "leur", true, "whose version?"),
    ("fr", "record-conflict", "Sa", true, "the record's version, or theirs?"),
    ("de", "record-conflict", "andere Fassung", false, "whose version?"),
    // One register per catalogue: formal, like the rest of it.
    ("de", "*", "deine", true, "du in a catalogue that says Sie"),
    ("de", "*", "Sieh", true, "du in a catalogue that says Sie"),
    ("es", "*", "tu", true, "tú in a catalogue that says usted"),
    ("es", "*", "Revísala", true, "tú in a catalogue that says usted"),
    ("es", "*", "pulsa", true, "tú in a catalogue that says usted"),
];

#[test]
fn wording_the_review_took_out_does_not_come_back() {
    let mut back = Vec::new();
    for locale in REVIEWED {
        let all = messages(locale);
        for (l, key, taken, whole, why) in TAKEN_OUT {
            if *l != locale {
                continue;
            }
            for m in all.iter().filter(|m| *key == "*" || m.key == *key) {
                let text = m.text();
                let found = if *whole {
                    has_phrase(&text, taken)
                } else {
                    folded(&text).contains(&folded(taken))
                };
                if found {
                    back.push(format!(
                        "{} {}: {taken:?} ({why}): {}",
                        locale,
                        m.key,
                        shown(&text)
                    ));
                }
            }
        }
    }
    assert!(back.is_empty(), "{back:#?}");
}

/// Wording the review asked for: `(locale, key, text the message holds,
/// why)`; `{}` stands for the variable, Arabic is compared without vowels.
#[rustfmt::skip]
const ASKED_FOR: &[(&str, &str, &str, &str)] = &[
    ("es", "conflict-reload-form", "la versión de la otra persona", "whose version"),
    ("es", "conflict-reload-form", "se perderán", "say the edits are lost"),
    ("es", "conflict-overlap", "la otra persona", "whose change"),
    ("ar", "conflict-reload-form", "ستُفقد", "say the edits are lost"),
    ("ar", "field-sensitive", "صادم", "disturbing, not annoying"),
    ("fr", "field-sensitive", "potentiellement choquants", "not a verdict"),
    ("de", "field-sensitive", "bis Sie sie einblenden", "you reveal it"),
    ("de", "startup-error-hint", "Bitten Sie ", "an imperative, not ‘bitte’"),
    // A preposition before a date or a time.
    ("de", "detected-at", "erkannt am {}", "a date"),
    ("de", "last-refreshed", " um {}", "a time"),
    ("fr", "detected-at", "détecté le {}", "a date"),
    ("fr", "last-refreshed", " à {}", "a time"),
    ("es", "detected-at", "detectado el {}", "a date"),
    ("es", "last-refreshed", " a las {}", "a time"),
    ("ar", "detected-at", "اكتُشفت في {}", "a date"),
    ("ar", "last-refreshed", " في {}", "a time"),
    ("tr", "detected-at", "{} tarihinde", "a date"),
    // A count's label ("Reopened: 2").
    ("de", "field-reopened", "Wiedereröffnungen", "a count"),
    ("fr", "field-reopened", "Réouvertures", "a count"),
    ("es", "field-reopened", "Reaperturas", "a count"),
    ("tr", "field-reopened", "Yeniden açılma sayısı", "a count"),
    ("ar", "field-reopened", "مرات إعادة الفتح", "a count"),
    // A status line says how long is left, it does not give orders.
    ("tr", "sla-first-left", "kaldı", "time left"),
    ("tr", "sla-resolve-left", "kaldı", "time left"),
    ("es", "sla-first-left", "quedan {} para", "time left"),
    ("es", "sla-resolve-left", "quedan {} para", "time left"),
    // The button deletes the restored draft.
    ("tr", "discard", "Değişiklikleri at", "throw the changes away"),
];

#[test]
fn wording_the_review_asked_for_stays() {
    let mut missing = Vec::new();
    for locale in REVIEWED {
        let all = messages(locale);
        for (l, key, wanted, why) in ASKED_FOR {
            if *l != locale {
                continue;
            }
            let text = message(&all, locale, key).text();
            let wanted = wanted.replace("{}", &VAR.to_string());
            if !folded(&text).contains(&folded(&wanted)) {
                missing.push(format!(
                    "{} {key}: wants {:?} ({why}), has {:?}",
                    locale,
                    shown(&wanted),
                    shown(&text)
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn french_says_potentially_before_shocking_every_time() {
    for m in messages("fr") {
        let text = folded(&m.text());
        assert_eq!(
            text.matches("choquant").count(),
            text.matches("potentiellement choquant").count(),
            "{}: {}",
            m.key,
            shown(&text)
        );
    }
}

/// The messages about saved views, and the word each language uses for a
/// saved view (any of the forms).
const SAVED_VIEW_KEYS: [&str; 4] = ["save-view", "saved-views", "view-name", "delete-view"];

fn saved_view_words(locale: &str) -> &'static [&'static str] {
    match locale {
        "en" => &["view"],
        "de" => &["ansicht"],
        "fr" => &["vue"],
        "es" => &["vista"],
        "tr" => &["görünüm"],
        "ar" => &["العرض", "العروض"],
        "pt-BR" => &["visualização", "visualizações"],
        "ja" => &["ビュー"],
        other => panic!("no saved view's word for {other}"),
    }
}

#[test]
fn the_layout_and_a_saved_view_are_different_words() {
    for locale in REVIEWED {
        let all = messages(locale);
        let layout = message(&all, locale, "layout-label").text();
        let stems = saved_view_words(locale);
        for key in SAVED_VIEW_KEYS {
            let text = folded(&message(&all, locale, key).text());
            // One word for a saved view, everywhere.
            assert!(
                stems.iter().any(|s| text.contains(&folded(s))),
                "{} {key}: {text:?} does not use the saved view's word {stems:?}",
                locale
            );
            // And none of the layout's words in it.
            for word in words(&layout).iter().filter(|w| w.chars().count() >= 3) {
                assert!(
                    !text.contains(word.as_str()),
                    "{} {key}: {text:?} uses the layout's word {word:?}",
                    locale
                );
            }
        }
        assert!(
            !stems.iter().any(|s| folded(&layout).contains(&folded(s))),
            "{} layout-label {layout:?} is the saved view's word",
            locale
        );
    }
}

/// A word meaning a person's goal, in each language but English (where
/// goals and targets are different words already).
fn is_goal_word(locale: &str, word: &str) -> bool {
    match locale {
        "en" => false,
        "de" => matches!(word, "ziel" | "ziele" | "zielen"),
        "fr" => word.starts_with("objectif"),
        "es" => matches!(word, "meta" | "metas"),
        "tr" => word.starts_with("hedef"),
        "ar" => {
            let word = word.strip_prefix('و').unwrap_or(word);
            let word = word.strip_prefix("ال").unwrap_or(word);
            matches!(word, "هدف" | "أهداف" | "هدفا" | "هدفان" | "هدفين")
        }
        "pt-BR" => word.starts_with("objetivo"),
        // Written without spaces: the word is inside a longer run.
        "ja" => word.contains("目標"),
        other => panic!("no goal's word for {other}"),
    }
}

#[test]
fn goals_and_targets_are_different_words() {
    // Turkish says "hedef değer" for a target value and "hedef süre" for a
    // target time: phrases of their own.
    let phrases_of_their_own = ["hedef değer", "hedef süre"];
    for locale in REVIEWED {
        for m in messages(locale) {
            let mut text = folded(&m.text());
            for phrase in phrases_of_their_own {
                text = text.replace(phrase, " ");
            }
            let goal_words: Vec<_> = words(&text)
                .into_iter()
                .filter(|w| is_goal_word(locale, w))
                .collect();
            let about_goals = m.key.contains("goal");
            assert!(
                about_goals || goal_words.is_empty(),
                "{} {}: {goal_words:?} is the word for a goal: {}",
                locale,
                m.key,
                shown(&text)
            );
            let names_goals = m.key.starts_with("goals-")
                || m.key.starts_with("kpi-goals")
                || ["team-nav-goals", "goal-new", "goal-not-added"].contains(&m.key.as_str());
            assert!(
                locale == "en" || !names_goals || !goal_words.is_empty(),
                "{} {}: does not use the word for a goal: {}",
                locale,
                m.key,
                shown(&text)
            );
        }
    }
}

#[test]
fn in_french_the_owner_is_not_the_leads_word() {
    // "Responsable" belongs to the lead ("responsable d’équipe") and to the
    // incident commander ("responsable d’incident"); an owner is "attribué".
    for m in messages("fr") {
        let mut text = folded(&m.text());
        for phrase in [
            "responsables d’équipe",
            "responsable d’équipe",
            "responsable d’incident",
        ] {
            text = text.replace(phrase, " ");
        }
        assert!(
            !has_phrase(&text, "responsable") && !has_phrase(&text, "responsables"),
            "fr {}: {}",
            m.key,
            shown(&text)
        );
    }
}

#[test]
fn in_arabic_a_status_is_not_a_case_and_the_sla_has_one_name() {
    let all = messages("ar");
    for key in [
        "column-status",
        "change-status",
        "export-status",
        "incident-status-label",
        "event-kind-status_change",
        "status-entry-failed",
        "goal-status",
    ] {
        let text = folded(&message(&all, "ar", key).text());
        assert!(
            !text.contains("الحالة") && text.contains("الوضع"),
            "ar {key}: a status is الوضع, الحالة is a case: {text}"
        );
    }
    for key in [
        "column-sla",
        "sla-title",
        "sla-met",
        "sla-missed",
        "sla-defaults-loading",
        "sla-defaults-failed",
        "kpi-sla_first_response",
        "kpi-sla_resolution",
    ] {
        let text = folded(&message(&all, "ar", key).text());
        assert!(
            text.contains("مستوى الخدمة"),
            "ar {key}: the SLA is مستوى الخدمة: {text}"
        );
    }
    for m in &all {
        assert!(
            !m.text().contains("اتفاقية"),
            "ar {}: the SLA is مستوى الخدمة everywhere: {}",
            m.key,
            m.text()
        );
    }
}

/// The plural nouns a French, Spanish or Portuguese `[many]` form may put "de" (d’)
/// before: "1 000 000 de dossiers", never before an adjective
/// ("1 000 000 d’ouverts"). A new message may need its noun here.
fn nouns(locale: &str) -> &'static [&'static str] {
    match locale {
        "fr" => &[
            "actions",
            "cas",
            "créneaux",
            "dossiers",
            "enregistrements",
            "événements",
            "heures",
            "incidents",
            "modifications",
            "objectifs",
            "personnes",
            "points",
        ],
        "es" => &[
            "acciones",
            "cambios",
            "casos",
            "eventos",
            "horas",
            "incidentes",
            "metas",
            "personas",
            "registros",
            "reuniones",
            "turnos",
        ],
        "pt-BR" => &[
            "alterações",
            "casos",
            "check",
            "eventos",
            "horas",
            "incidentes",
            "itens",
            "objetivos",
            "pessoas",
            "registros",
            "turnos",
        ],
        _ => &[],
    }
}

/// The word after "de" or "d’" straight after a variable, if any:
/// "{…} de dossiers" -> "dossiers", "{…} d’heures" -> "heures".
fn after_de(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(VAR) {
        let rest = &text[at + VAR.len_utf8()..];
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let rest = if let Some(r) = rest.strip_prefix("de ") {
            r
        } else if let Some(r) = rest.strip_prefix("d’").or_else(|| rest.strip_prefix("d'")) {
            r
        } else {
            continue;
        };
        found.push(
            rest.split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_string(),
        );
    }
    found
}

/// The word straight after a variable: "{…} dossiers ouverts" -> "dossiers".
fn after_variable(text: &str) -> Vec<String> {
    text.match_indices(VAR)
        .filter_map(|(at, _)| text[at + VAR.len_utf8()..].strip_prefix(' '))
        .map(|rest| {
            rest.split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[test]
fn french_spanish_and_portuguese_many_forms_put_de_before_a_noun_only() {
    let mut wrong = Vec::new();
    for locale in ["fr", "es", "pt-BR"] {
        let nouns = nouns(locale);
        for m in messages(locale) {
            for select in &m.selects {
                let many = select.iter().find(|(n, _)| n == "many");
                let other = select.iter().find(|(n, _)| n == "other");
                let (Some((_, many)), Some((_, other))) = (many, other) else {
                    continue;
                };
                for word in after_de(many) {
                    if !nouns.contains(&word.as_str()) {
                        wrong.push(format!(
                            "{} {}: [many] puts “de” before {word:?}, not a noun: {}",
                            locale,
                            m.key,
                            shown(many)
                        ));
                    }
                }
                for noun in after_variable(other) {
                    if nouns.contains(&noun.as_str()) && !after_de(many).contains(&noun) {
                        wrong.push(format!(
                            "{} {}: [many] wants “de” before {noun:?}: {}",
                            locale,
                            m.key,
                            shown(many)
                        ));
                    }
                }
            }
            // No variant but [many] puts "de" between a number and its noun.
            for name in ["one", "other"] {
                for text in m.variant(name) {
                    if !after_de(text).is_empty() {
                        wrong.push(format!(
                            "{} {} [{name}]: “de” after the number: {}",
                            locale,
                            m.key,
                            shown(text)
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
