//! The color theme, decided once by the CLI and passed to every renderer.

use crate::findings::Severity;
use annotate_snippets::Renderer;
use annotate_snippets::renderer::{AnsiColor, Effects, Style as AnsiStyle};
use owo_colors::Style;

/// Styles for each part of a report. With colors off every style is plain and prints no
/// escape byte.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// `error` labels.
    pub error: Style,
    /// `warning` labels.
    pub warning: Style,
    /// `info` labels.
    pub info: Style,
    /// Emphasis (rule ids, counts).
    pub strong: Style,
    /// Secondary text (source lists).
    pub dim: Style,
    /// The `=` and `|` gutter of excerpts, as the excerpt renderer draws it.
    pub gutter: Style,
    /// Words only in the first sentence of a diff.
    pub deleted: Style,
    /// Words only in the second sentence of a diff.
    pub inserted: Style,
    /// True when the styles emit escape codes.
    pub enabled: bool,
}

impl Theme {
    /// The colored theme.
    pub fn colored() -> Theme {
        Theme {
            error: Style::new().red().bold(),
            warning: Style::new().yellow().bold(),
            info: Style::new().cyan().bold(),
            strong: Style::new().bold(),
            dim: Style::new().dimmed(),
            gutter: Style::new().blue().bold(),
            deleted: Style::new().red(),
            inserted: Style::new().green(),
            enabled: true,
        }
    }

    /// No colors at all.
    pub fn plain() -> Theme {
        Theme {
            error: Style::new(),
            warning: Style::new(),
            info: Style::new(),
            strong: Style::new(),
            dim: Style::new(),
            gutter: Style::new(),
            deleted: Style::new(),
            inserted: Style::new(),
            enabled: false,
        }
    }

    /// The style of a severity label.
    pub fn severity(&self, severity: Severity) -> Style {
        match severity {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Info => self.info,
        }
    }

    /// The excerpt renderer in the same colors (annotate-snippets styles with `anstyle`,
    /// so the theme carries both): plain when colors are off, so it prints no escape byte.
    pub fn excerpt_renderer(&self) -> Renderer {
        if !self.enabled {
            return Renderer::plain();
        }
        let bold = |c: AnsiColor| AnsiStyle::new().fg_color(Some(c.into())).effects(Effects::BOLD);
        Renderer::styled()
            .error(bold(AnsiColor::Red))
            .warning(bold(AnsiColor::Yellow))
            .info(bold(AnsiColor::Cyan))
            .note(bold(AnsiColor::Cyan))
            .line_num(bold(AnsiColor::Blue))
            .context(bold(AnsiColor::Blue))
    }
}
