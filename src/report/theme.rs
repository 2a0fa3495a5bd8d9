//! The color theme, decided once by the CLI and passed to every renderer.

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
    /// Secondary text (paths, gutters).
    pub dim: Style,
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
            deleted: Style::new(),
            inserted: Style::new(),
            enabled: false,
        }
    }
}
