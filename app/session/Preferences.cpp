// app/session/Preferences: settings and the preferences dialog (see the header).
#include "Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "app/ComputeDevices.h"

namespace xrs::app {

namespace prefs {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kColormap = QStringLiteral("display/colormap");
const QString kAutoRange = QStringLiteral("display/autoRange");
const QString kUpscale = QStringLiteral("comparison/upscale");
const QString kRecentCount = QStringLiteral("recent/count");
const QString kRecentFiles = QStringLiteral("browser/recentFiles");  // the list of app/browser/RecentFiles
const QString kKeepLayout = QStringLiteral("window/keepLayout");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
constexpr int kMaxRecent = 30;
}  // namespace

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("xray-studio_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString code = f.mid(12, f.size() - 12 - 3);  // between "xray-studio_" and ".qm"
        if (!codes.contains(code)) codes.append(code);
    }
    return codes;
}

QString languageName(const QString& code)
{
    if (code == QLatin1String("en")) return QStringLiteral("English");
    if (code == QLatin1String("ja")) return QStringLiteral("日本語");
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : native;
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}
void setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code);
}

QString autoRangeId(widgets::AutoRange range)
{
    switch (range) {
        case widgets::AutoRange::Percentile035:
            return QStringLiteral("p0.35");
        case widgets::AutoRange::Percentile1:
            return QStringLiteral("p1");
        case widgets::AutoRange::MinMax:
            return QStringLiteral("minmax");
    }
    return {};
}

widgets::AutoRange autoRangeFromId(const QString& id, widgets::AutoRange fallback)
{
    for (const auto r :
         {widgets::AutoRange::Percentile035, widgets::AutoRange::Percentile1, widgets::AutoRange::MinMax})
        if (autoRangeId(r) == id) return r;
    return fallback;
}

widgets::Colormap colormapFromId(const QString& id, widgets::Colormap fallback)
{
    for (const widgets::Colormap map : widgets::allColormaps())
        if (widgets::colormapId(map) == id) return map;
    return fallback;
}

QString upscaleId(Interpolation how)
{
    return how == Interpolation::Bicubic ? QStringLiteral("bicubic") : QStringLiteral("nearest");
}

Interpolation upscaleFromId(const QString& id)
{
    return id == QLatin1String("bicubic") ? Interpolation::Bicubic : Interpolation::Nearest;
}

widgets::Colormap defaultColormap()
{
    return colormapFromId(QSettings().value(kColormap).toString());
}
void setDefaultColormap(widgets::Colormap map)
{
    QSettings().setValue(kColormap, widgets::colormapId(map));
}
widgets::AutoRange defaultAutoRange()
{
    return autoRangeFromId(QSettings().value(kAutoRange).toString());
}
void setDefaultAutoRange(widgets::AutoRange range)
{
    QSettings().setValue(kAutoRange, autoRangeId(range));
}
Interpolation comparisonUpscale()
{
    return upscaleFromId(QSettings().value(kUpscale).toString());
}
void setComparisonUpscale(Interpolation how)
{
    QSettings().setValue(kUpscale, upscaleId(how));
}

int recentFileCount()
{
    return std::clamp(QSettings().value(kRecentCount, 10).toInt(), 0, kMaxRecent);
}
void setRecentFileCount(int n)
{
    QSettings().setValue(kRecentCount, std::clamp(n, 0, kMaxRecent));
    QSettings().setValue(kRecentFiles, recentFiles());  // trimmed to the new length
}

QStringList recentFiles()
{
    return QSettings().value(kRecentFiles).toStringList().mid(0, recentFileCount());
}

void addRecentFile(const QString& path)
{
    QStringList files = QSettings().value(kRecentFiles).toStringList();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(kRecentFiles, files.mid(0, recentFileCount()));
}

bool keepWindowLayout()
{
    return QSettings().value(kKeepLayout, true).toBool();
}
void setKeepWindowLayout(bool on)
{
    QSettings().setValue(kKeepLayout, on);
}

void saveWindowLayout(const QMainWindow& window)
{
    if (!keepWindowLayout()) return;
    QSettings settings;
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState());
}

bool restoreWindowLayout(QMainWindow& window)
{
    if (!keepWindowLayout()) return false;
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) return false;
    window.restoreState(settings.value(kState).toByteArray());
    return true;
}

}  // namespace prefs

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : prefs::availableLanguages()) m_language->addItem(prefs::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs::language())));
    m_language->setToolTip(tr("Applies when X-ray Studio starts again"));

    m_colormap = new QComboBox(this);
    m_colormap->setObjectName(QStringLiteral("colormap"));
    for (const widgets::Colormap map : widgets::allColormaps())
        m_colormap->addItem(widgets::colormapName(map), widgets::colormapId(map));
    m_colormap->setCurrentIndex(m_colormap->findData(widgets::colormapId(prefs::defaultColormap())));

    m_autoRange = new QComboBox(this);
    m_autoRange->setObjectName(QStringLiteral("autoRange"));
    for (const auto r :
         {widgets::AutoRange::Percentile035, widgets::AutoRange::Percentile1, widgets::AutoRange::MinMax})
        m_autoRange->addItem(widgets::autoRangeName(r), prefs::autoRangeId(r));
    m_autoRange->setCurrentIndex(m_autoRange->findData(prefs::autoRangeId(prefs::defaultAutoRange())));

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    ComputeDevices::instance().attach(m_device, ComputeDevices::instance().preferred());

    m_upscale = new QComboBox(this);
    m_upscale->setObjectName(QStringLiteral("upscale"));
    m_upscale->addItem(tr("Nearest"), prefs::upscaleId(Interpolation::Nearest));
    m_upscale->addItem(tr("Bicubic"), prefs::upscaleId(Interpolation::Bicubic));
    m_upscale->setCurrentIndex(m_upscale->findData(prefs::upscaleId(prefs::comparisonUpscale())));

    m_recent = new QSpinBox(this);
    m_recent->setObjectName(QStringLiteral("recentCount"));
    m_recent->setRange(0, 30);
    m_recent->setValue(prefs::recentFileCount());

    m_keepLayout = new QCheckBox(tr("Restore the window size and dock layout at start"), this);
    m_keepLayout->setObjectName(QStringLiteral("keepLayout"));
    m_keepLayout->setChecked(prefs::keepWindowLayout());

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Colour map of new panes:"), m_colormap);
    form->addRow(tr("&Automatic range of new panes:"), m_autoRange);
    form->addRow(tr("Compute &device:"), m_device);
    form->addRow(tr("Comparison &upscaling:"), m_upscale);
    form->addRow(tr("&Recent files listed:"), m_recent);
    form->addRow(m_keepLayout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool PreferencesDialog::save()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != prefs::language();
    prefs::setLanguage(language);
    prefs::setDefaultColormap(prefs::colormapFromId(m_colormap->currentData().toString()));
    prefs::setDefaultAutoRange(prefs::autoRangeFromId(m_autoRange->currentData().toString()));
    if (const QString device = m_device->currentData().toString(); !device.isEmpty())
        ComputeDevices::setPreferred(device);
    prefs::setComparisonUpscale(prefs::upscaleFromId(m_upscale->currentData().toString()));
    prefs::setRecentFileCount(m_recent->value());
    prefs::setKeepWindowLayout(m_keepLayout->isChecked());
    return languageChanged;
}

}  // namespace xrs::app
