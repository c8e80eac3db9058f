//! What the pages show of a third-party human check.

/// A third-party widget (hCaptcha, Turnstile) as the start page shows it.
#[derive(Clone, Debug)]
pub struct ProviderView {
    /// The provider's script, loaded by the page.
    pub script: &'static str,
    /// The class of the element the script turns into the widget.
    pub class: &'static str,
    /// The site key (public).
    pub site_key: String,
}
