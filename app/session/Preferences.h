#pragma once
// app/session/Preferences: the user's settings (QSettings) and the Edit → Preferences dialog that edits them:
// language (applies at restart), colour map and automatic range preset for new panes, default compute device,
// the comparison's upscale mode, the length of the recent files list and whether the window geometry and dock layout
// are kept across runs. Plain functions read them; the dialog owns only its widgets.
#include <QDialog>
#include <QStringList>

#include "core/Resample.h"
#include "widgets/Colormap.h"
#include "widgets/Histogram.h"

class QCheckBox;
class QComboBox;
class QMainWindow;
class QSpinBox;

namespace xrs::app {

namespace prefs {

// Language codes of the embedded translations (:/i18n/xray-studio_<code>.qm), English first.
QStringList availableLanguages();
// "English", "日本語", "Deutsch", else the locale's own name.
QString languageName(const QString& code);
QString language();  // "" = system locale
void setLanguage(const QString& code);

widgets::Colormap defaultColormap();
void setDefaultColormap(widgets::Colormap map);
widgets::AutoRange defaultAutoRange();
void setDefaultAutoRange(widgets::AutoRange range);
Interpolation comparisonUpscale();
void setComparisonUpscale(Interpolation how);
int recentFileCount();  // 0..30, default 10 (app/browser/RecentFiles keeps the list and its menu)
void setRecentFileCount(int n);
QStringList recentFiles();  // newest first, at most recentFileCount()
void addRecentFile(const QString& path);
bool keepWindowLayout();  // default on
void setKeepWindowLayout(bool on);

// Window geometry and dock state: saved on close, restored at start when keepWindowLayout() is on.
void saveWindowLayout(const QMainWindow& window);
bool restoreWindowLayout(QMainWindow& window);  // false when nothing was saved (or the preference is off)

// Stable identifiers for settings and session files.
QString autoRangeId(widgets::AutoRange range);
widgets::AutoRange autoRangeFromId(const QString& id, widgets::AutoRange fallback = widgets::AutoRange::Percentile035);
widgets::Colormap colormapFromId(const QString& id, widgets::Colormap fallback = widgets::Colormap::Grey);
QString upscaleId(Interpolation how);
Interpolation upscaleFromId(const QString& id);

}  // namespace prefs

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Writes the settings; true when the language changed (it applies at restart).
    bool save();

    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_language = nullptr;  // Qt children
    QComboBox* m_colormap = nullptr;
    QComboBox* m_autoRange = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_upscale = nullptr;
    QSpinBox* m_recent = nullptr;
    QCheckBox* m_keepLayout = nullptr;
};

}  // namespace xrs::app
