//! Signing in, where the backend signs people in itself
//! (`Provider::can_sign_in`) and no portal hands the app a token: a form
//! over the page when there is no token or the backend refused it, and who
//! is signed in, with "Sign out", in the header. The token is kept in
//! memory only (the provider's); nothing here writes it anywhere.
//!
//! - The page beneath stays mounted (inert while the form is up), so
//!   nothing typed there is lost; focus goes into the form and back.
//! - A 401 or 403 to any request brings the form back through the
//!   provider's hook: no page knows which backend is behind it.
//! - Signing out forgets the token and the service worker's kept answers
//!   (the next person never finds the last one's data on this device);
//!   so does signing in, since the kept answers of an earlier token can
//!   never be given to a new one.
//!
//! The rules ([`check`], [`after_refusal`], [`split_around`]) are plain Rust,
//! tested on the host; the views are thin.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::data::{AppProvider, DataError};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;

use super::{error_message, DataEpoch};

/// Why the sign-in form is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Nobody is signed in (the start, or after "Sign out").
    SignedOut,
    /// The backend refused the token: the session ended.
    Expired,
}

/// The form after the backend refused a request: up, saying the session
/// ended, unless it is up already (then it keeps what it says).
pub fn after_refusal(now: Option<Ask>) -> Option<Ask> {
    now.or(Some(Ask::Expired))
}

/// What is wrong with the form as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    EmailMissing,
    EmailInvalid,
    PasswordMissing,
}

impl Problem {
    /// The message saying it.
    pub fn key(self) -> &'static str {
        match self {
            Problem::EmailMissing => "sign-in-email-missing",
            Problem::EmailInvalid => "sign-in-email-invalid",
            Problem::PasswordMissing => "sign-in-password-missing",
        }
    }

    /// Whether it is the email's (else the password's).
    pub fn is_email(self) -> bool {
        !matches!(self, Problem::PasswordMissing)
    }
}

/// The form's problems, the email's first: an email is something@something
/// with no spaces (around it they are ignored); a password is anything but
/// nothing (spaces are characters of a password).
pub fn check(email: &str, password: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let email = email.trim();
    if email.is_empty() {
        problems.push(Problem::EmailMissing);
    } else {
        let well_formed = match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.is_empty()
                    && !domain.contains('@')
                    && !email.chars().any(char::is_whitespace)
            }
            None => false,
        };
        if !well_formed {
            problems.push(Problem::EmailInvalid);
        }
    }
    if password.is_empty() {
        problems.push(Problem::PasswordMissing);
    }
    problems
}

/// A character no message holds, to find where a variable landed.
pub const MARK: &str = "\u{E000}";

/// `formatted` (a message formatted with [`MARK`] as one variable) as the
/// text before and after the variable, without the isolation marks around
/// it: the variable then goes in an element of its own (`<bdi>`), in the
/// place each language puts it. Without the mark: all of it before.
pub fn split_around(formatted: &str, mark: &str) -> (String, String) {
    let (before, after) = formatted.split_once(mark).unwrap_or((formatted, ""));
    (
        before.trim_end_matches('\u{2068}').to_string(),
        after.trim_start_matches('\u{2069}').to_string(),
    )
}

/// Who is signed in and whether the form is up (all `Copy`). In context
/// only where the app signs people in itself.
#[derive(Clone, Copy)]
pub struct Session {
    /// Who signed in through the form (`None`: nobody, or a token from
    /// config.json nobody is named for).
    pub name: RwSignal<Option<String>>,
    /// Why the form is up; `None`: it is not.
    pub asking: RwSignal<Option<Ask>>,
    /// Whose pages are shown (the provider's person of the token; empty
    /// signed out): the app builds its pages anew when it changes, so what
    /// one person typed (a new case's form, kept under their own key)
    /// never stays on the screen for the next.
    pub person: RwSignal<String>,
    /// Where focus was when the form came up.
    back: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl Session {
    /// Puts the form up for `why`, remembering where focus was (quietly
    /// nothing once the app is gone).
    fn ask(&self, why: Ask) {
        if self.asking.try_get_untracked().flatten().is_none() {
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            self.back.try_set_value(active);
        }
        self.asking.try_set(Some(why));
    }

    /// The backend refused the token.
    fn refused(&self) {
        let Some(now) = self.asking.try_get_untracked() else {
            return;
        };
        let then = after_refusal(now);
        if let (None, Some(why)) = (now, then) {
            self.name.try_set(None);
            self.ask(why);
        }
    }

    /// `name` signed in: the form goes, focus goes back.
    fn signed_in(&self, name: String) {
        self.name.try_set(Some(name));
        self.asking.try_set(None);
        let back = self.back.try_get_value().flatten();
        self.back.try_set_value(None);
        // After the form is gone and the header shows the name. Nothing
        // focused before (the start): the page's start, as on any load.
        set_timeout(
            move || match back {
                Some(el) if el.is_connected() && el.tag_name() != "BODY" => {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
                // "Sign out" is drawn anew with the name.
                Some(el) if el.class_name() == "sign-out" => platform::focus(".sign-out"),
                _ => {}
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Sets up signing in for the shell: `None` (nothing changes) where the
/// backend has no sign-in of its own or the app is embedded (the portal
/// hands the token over; a 401 says to sign in there). Otherwise the form
/// is up from the start without a token, and comes back on any 401 or 403.
pub fn provide_session(provider: &AppProvider, embedded: bool) -> Option<Session> {
    if embedded || !provider.can_sign_in() {
        return None;
    }
    let session = Session {
        name: RwSignal::new(None),
        asking: RwSignal::new(None),
        person: RwSignal::new(provider.person()),
        back: StoredValue::new_local(None),
    };
    if !provider.has_token() {
        session.ask(Ask::SignedOut);
    }
    provider.on_unauthorized(Arc::new(move || session.refused()));
    provide_context(session);
    Some(session)
}

/// Use once in the shell, beside the page it covers: the sign-in form while
/// the session asks for it. Ids for tests and tools: `#sign-in`,
/// `#sign-in-email`, `#sign-in-password`, `#sign-in-submit`.
#[component]
pub fn SignInDialog(provider: AppProvider, session: Session, epoch: DataEpoch) -> impl IntoView {
    let i18n = use_i18n();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let error = RwSignal::new(None::<DataError>);
    let busy = RwSignal::new(false);
    let email = NodeRef::<leptos::html::Input>::new();
    let password = NodeRef::<leptos::html::Input>::new();
    let feed = use_context::<super::feed::Feed>();
    // Focus into the form whenever it comes up.
    Effect::new(move |_| {
        if session.asking.get().is_some() {
            problems.set(Vec::new());
            error.set(None);
            set_timeout(
                || platform::focus("#sign-in-email"),
                std::time::Duration::ZERO,
            );
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = |field: NodeRef<leptos::html::Input>| {
            field.get_untracked().map(|f| f.value()).unwrap_or_default()
        };
        let (identity, secret) = (typed(email), typed(password));
        let found = check(&identity, &secret);
        error.set(None);
        problems.set(found.clone());
        if let Some(first) = found.first() {
            platform::focus(if first.is_email() {
                "#sign-in-email"
            } else {
                "#sign-in-password"
            });
            return;
        }
        busy.set(true);
        let provider = provider.clone();
        // Signing in again as the same person (a session that ended): the
        // pages stay as they are, with what was typed and the notices of
        // refused writes and their Retry; only the stream of changes
        // follows the new token (and pages catch up when it is back).
        let before = provider.has_token().then(|| provider.person());
        spawn_local(async move {
            match provider.sign_in(identity.trim(), &secret).await {
                Ok(signed) => {
                    let same = before.as_deref() == Some(provider.person().as_str());
                    // A new token: the answers kept for an earlier one can
                    // never be given to it; they go from this device first.
                    platform::forget_kept_answers().await;
                    if let Some(field) = password.get_untracked() {
                        field.set_value("");
                    }
                    busy.try_set(false);
                    session.signed_in(signed.name);
                    session.person.try_set(provider.person());
                    match (same, feed) {
                        (true, Some(feed)) => feed.restart(),
                        _ => epoch.try_bump(),
                    }
                }
                Err(e) => {
                    busy.try_set(false);
                    error.try_set(Some(e));
                }
            }
        });
    };
    let problem = move |email_field: bool| {
        Signal::derive(move || {
            problems
                .get()
                .into_iter()
                .find(|p| p.is_email() == email_field)
        })
    };
    let (email_problem, password_problem) = (problem(true), problem(false));
    move || {
        session.asking.get().map(|why| {
            let (why_attr, note) = match why {
                Ask::SignedOut => ("signed-out", "sign-in-note"),
                Ask::Expired => ("expired", "sign-in-expired"),
            };
            view! {
                // Focusable, so a click beside the form keeps the keys here:
                // no shortcut of the page beneath runs while it is up.
                <div class="sign-in-layer" data-why=why_attr tabindex="-1"
                    on:keydown=|ev: leptos::ev::KeyboardEvent| ev.stop_propagation()>
                    <section id="sign-in" class="sign-in" role="dialog" aria-modal="true"
                        aria-labelledby="sign-in-title" aria-describedby="sign-in-note">
                        <h2 id="sign-in-title">{text("sign-in-title")}</h2>
                        <p id="sign-in-note">{text(note)}</p>
                        // No field has a `name` and the method is POST: were
                        // the handler ever gone, the browser would put nothing
                        // typed here into the address, history or a log.
                        <form method="post" novalidate on:submit=submit.clone()>
                            <SignInField id="sign-in-email" label="sign-in-email" kind="email"
                                autocomplete="username" field=email problem=email_problem />
                            <SignInField id="sign-in-password" label="sign-in-password" kind="password"
                                autocomplete="current-password" field=password problem=password_problem />
                            <p class="sign-in-error" role="alert" data-testid="sign-in-error">
                                {move || error.get().map(|e| error_message(&i18n, &e))}
                            </p>
                            <button type="submit" id="sign-in-submit" class="primary"
                                aria-disabled=move || busy.get().to_string()>
                                {move || i18n.tr(if busy.get() { "sign-in-busy" } else { "sign-in-submit" })}
                            </button>
                        </form>
                    </section>
                </div>
            }
        })
    }
}

/// One field of the form, its label and its problem (`<id>-error`, tied to
/// the field by `aria-describedby`).
#[component]
fn SignInField(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    field: NodeRef<leptos::html::Input>,
    problem: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:invalid=move || problem.get().is_some()>
            <label for=id>{text(label)}</label>
            // An email is left-to-right text, also in Arabic.
            <input id=id type=kind node_ref=field autocomplete=autocomplete
                autocapitalize="none" spellcheck="false" dir="auto"
                aria-invalid=move || problem.get().is_some().to_string()
                aria-describedby=move || problem.get().map(|_| described.clone()) />
            {move || problem.get().map(|p| {
                view! { <p class="field-error" id=error_id.clone() role="alert">{i18n.tr(p.key())}</p> }
            })}
        </div>
    }
}

/// Use in the header: who is signed in (`.signed-in-name`, as text) and
/// "Sign out" (`.sign-out`), once someone signed in through the form.
#[component]
pub fn SignedInAs(provider: AppProvider, session: Session, epoch: DataEpoch) -> impl IntoView {
    let i18n = use_i18n();
    let sign_out = move |_| {
        provider.sign_out();
        session.ask(Ask::SignedOut);
        session.name.set(None);
        session.person.set(provider.person());
        // The pages load again without a token: the earlier person's data
        // leaves the page too.
        epoch.bump();
        spawn_local(async {
            platform::forget_kept_answers().await;
        });
    };
    move || {
        session.name.get().map(|name| {
            let parts = move || {
                split_around(
                    &i18n.tr_args("signed-in-as", &[("name", Arg::from(MARK))]),
                    MARK,
                )
            };
            view! {
                <div class="session">
                    <span>{move || parts().0}<bdi class="signed-in-name">{name}</bdi>{move || parts().1}</span>
                    <button type="button" class="sign-out" on:click=sign_out.clone()>{text("sign-out")}</button>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::catalogue::strip_isolation;
    use crate::i18n::{Catalogue, Locale};

    #[test]
    fn the_form_asks_for_an_email_and_a_password() {
        use Problem::*;
        assert_eq!(check("ada@example.com", "hunter22"), vec![]);
        assert_eq!(check("  ada@example.com\t", "x"), vec![], "spaces around");
        assert_eq!(check("", ""), vec![EmailMissing, PasswordMissing]);
        assert_eq!(check("   ", "pw"), vec![EmailMissing]);
        assert_eq!(check("ada@example.com", ""), vec![PasswordMissing]);
        // A password of spaces is a password.
        assert_eq!(check("ada@example.com", "   "), vec![]);
        for bad in [
            "ada",
            "@example.com",
            "ada@",
            "ada@@example.com",
            "a@b@c",
            "ada lovelace@example.com",
        ] {
            assert_eq!(check(bad, "pw"), vec![EmailInvalid], "{bad}");
        }
        assert_eq!(check("ada", ""), vec![EmailInvalid, PasswordMissing]);
        assert!(EmailInvalid.is_email() && EmailMissing.is_email());
        assert!(!PasswordMissing.is_email());
    }

    #[test]
    fn a_refusal_brings_the_form_up_once_and_keeps_what_it_says() {
        assert_eq!(after_refusal(None), Some(Ask::Expired));
        // Up since the start (nobody signed in): it still says so.
        assert_eq!(after_refusal(Some(Ask::SignedOut)), Some(Ask::SignedOut));
        assert_eq!(after_refusal(Some(Ask::Expired)), Some(Ask::Expired));
    }

    #[test]
    fn the_name_goes_where_each_language_puts_it() {
        let name = "Ada";
        let expected: [(&str, &str, &str); 8] = [
            ("en", "Signed in as ", ""),
            ("de", "Angemeldet als ", ""),
            ("fr", "Session ouverte\u{A0}: ", ""),
            ("es", "Sesión iniciada como ", ""),
            ("tr", "Oturum açan: ", ""),
            ("ar", "تم تسجيل الدخول باسم ", ""),
            ("pt-BR", "Conectado como ", ""),
            ("ja", "", "としてログイン中"),
        ];
        for (tag, before, after) in expected {
            let locale = Locale::of(tag);
            let path = format!(
                "{}/public/locales/{}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                locale.tag()
            );
            let source = std::fs::read_to_string(path).unwrap();
            let catalogue = Catalogue::parse(locale, &source).unwrap();
            let marked = catalogue.format("signed-in-as", &[("name", Arg::from(MARK))]);
            let (b, a) = split_around(&marked, MARK);
            assert_eq!(
                (b.as_str(), a.as_str()),
                (before, after),
                "{}",
                locale.tag()
            );
            // Put back together, it is the message with the name.
            let whole = catalogue.format("signed-in-as", &[("name", Arg::from(name))]);
            assert_eq!(format!("{b}{name}{a}"), strip_isolation(&whole));
        }
        // A name in the middle, and a message without the variable.
        assert_eq!(
            split_around("x \u{2068}\u{E000}\u{2069} y", MARK),
            ("x ".to_string(), " y".to_string())
        );
        assert_eq!(
            split_around("plain", MARK),
            ("plain".to_string(), String::new())
        );
    }
}
