//! Every text a person reads, from Project Fluent message catalogues
//! (<https://projectfluent.org>, the FTL syntax) under `crates/i18n/locales/<lang>/`.
//!
//! One catalogue per area (`common`, `signin`, `reset`, …) in each language of [`Lang`];
//! they are compiled into the binary. English is complete by definition, and a test fails
//! when any other language lacks a message, has one English doesn't, or uses different
//! placeholders (`$name`).
//!
//! The language of the request being served is task-local: the web layer runs each request
//! inside [`scope`], and [`t`] / [`tr`] read it. Messages sent to someone are rendered in
//! their language with [`with_lang`]. Outside both, English.
//!
//! Adding a language: a variant in [`Lang`] (code, native name, direction, formats), a
//! folder `locales/<code>/` with every area's file, and the catalogue test will say what
//! is missing.

use std::sync::OnceLock;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

mod format;
pub use format::{format_date, format_datetime, format_number};

/// A language Latchkey is translated into. Codes are BCP 47 primary language subtags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (`en`), the source language and the fallback.
    #[default]
    En,
    /// German (`de`).
    De,
    /// French (`fr`).
    Fr,
    /// Spanish (`es`).
    Es,
    /// Arabic (`ar`), laid out right to left.
    Ar,
}

impl Lang {
    /// Every language, English first; the order of the language picker.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ar];

    /// The BCP 47 code: `en`, `de`, `fr`, `es`, `ar`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as the picker lists it ("Deutsch", "العربية").
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction for HTML's `dir`: `rtl` for Arabic, else `ltr`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// The language a code names: a BCP 47 tag whose primary subtag is one of ours, in any
    /// case (`de`, `de-CH`, `AR`). `None` for anything else.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best of our languages for an HTTP `Accept-Language` header (RFC 9110 §12.5.4),
    /// by its quality values; `None` when it names none of them.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        // Each range with its weight (`q`, 1 when absent; unreadable counts as 0, which
        // RFC 9110 says means "not acceptable"); the highest weight wins, then the order.
        let mut ranges: Vec<(&str, f32)> = accept_language
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let q = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0));
                (!tag.is_empty() && q > 0.0).then_some((tag, q))
            })
            .collect();
        ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranges.into_iter().find_map(|(tag, _)| Lang::parse(tag))
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The catalogue areas; each language has one `locales/<code>/<area>.ftl` per area.
pub const AREAS: [&str; 13] = [
    "common",
    "signin",
    "reset",
    "setup",
    "account",
    "messages",
    "errors",
    "admin",
    "admin_users",
    "admin_policy",
    "helpdesk",
    "expiry",
    "campaigns",
];

macro_rules! catalogue {
    ($code:literal) => {
        [
            include_str!(concat!("../locales/", $code, "/common.ftl")),
            include_str!(concat!("../locales/", $code, "/signin.ftl")),
            include_str!(concat!("../locales/", $code, "/reset.ftl")),
            include_str!(concat!("../locales/", $code, "/setup.ftl")),
            include_str!(concat!("../locales/", $code, "/account.ftl")),
            include_str!(concat!("../locales/", $code, "/messages.ftl")),
            include_str!(concat!("../locales/", $code, "/errors.ftl")),
            include_str!(concat!("../locales/", $code, "/admin.ftl")),
            include_str!(concat!("../locales/", $code, "/admin_users.ftl")),
            include_str!(concat!("../locales/", $code, "/admin_policy.ftl")),
            include_str!(concat!("../locales/", $code, "/helpdesk.ftl")),
            include_str!(concat!("../locales/", $code, "/expiry.ftl")),
            include_str!(concat!("../locales/", $code, "/campaigns.ftl")),
        ]
    };
}

/// The FTL sources of `lang`, one per area in the order of [`AREAS`].
pub fn sources(lang: Lang) -> [&'static str; 13] {
    match lang {
        Lang::En => catalogue!("en"),
        Lang::De => catalogue!("de"),
        Lang::Fr => catalogue!("fr"),
        Lang::Es => catalogue!("es"),
        Lang::Ar => catalogue!("ar"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 5] {
    static BUNDLES: OnceLock<[Bundle; 5]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

/// One language's bundle. A message that doesn't parse is left out (and the catalogue
/// test fails); it never stops the server.
fn bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: they'd end up in emails, SMS and
    // attribute values; pages set `dir` and the browser's bidi algorithm does the rest.
    b.set_use_isolating(false);
    for src in sources(lang) {
        let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(res, _)| res);
        b.add_resource_overriding(res);
    }
    b
}

tokio::task_local! {
    static CURRENT: Lang;
}

/// The language of the request or message being made; English outside [`scope`] and
/// [`with_lang`].
pub fn current() -> Lang {
    CURRENT.try_with(|l| *l).unwrap_or_default()
}

/// Runs `f` (a request's handling) with `lang` as the [`current`] language.
pub async fn scope<F: std::future::Future>(lang: Lang, f: F) -> F::Output {
    CURRENT.scope(lang, f).await
}

/// Runs `f` with `lang` as the [`current`] language: for a message rendered in its
/// recipient's language.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(lang, f)
}

/// The message `key` in the [`current`] language.
pub fn t(key: &str) -> String {
    tr_in(current(), key, &[])
}

/// The message `key` in the [`current`] language with its placeholders filled:
/// `tr("sent-to", &[("masked", masked.into())])`.
pub fn tr(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(current(), key, args)
}

/// The message `key` (or `key.attribute`) in `lang`, placeholders filled from `args`.
/// A message missing in `lang` comes in English; missing there too, the key itself
/// (the catalogue test prevents both).
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::En, key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format_in(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let b = &bundles()[lang.index()];
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = b.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    let mut errors = vec![];
    let s = b.format_pattern(pattern, Some(&fa), &mut errors);
    Some(s.into_owned())
}

#[cfg(test)]
mod tests;
