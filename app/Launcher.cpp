// app/Launcher: command-line options and the startup sequence of xray-studio.
#include "Launcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "MainWindow.h"
#include "Translations.h"
#include "session/SessionUi.h"

namespace xrs::app {

namespace {
// Time for the window manager to map the window and for every pane to paint once before the grab.
constexpr int kSettleMs = 400;
}  // namespace

void protectSessionOption(int argc, char** argv)
{
    static std::vector<std::string> renamed;  // argv points into it
    renamed.reserve(std::size_t(std::max(argc, 0)));
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--") break;
        if (arg == "--session" || arg.starts_with("--session=")) {
            renamed.push_back("--session-file" + std::string(arg.substr(9)));
            argv[i] = renamed.back().data();
        }
    }
}

std::optional<LaunchOptions> parseLaunchOptions(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Launcher", "X-ray Studio: viewing, fusion, denoising and CT reconstruction."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("Launcher", "TIFF or HDF5 files (or TIFF folders) to open."),
                                 QStringLiteral("[files...]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("Launcher", "Run `xrs demo DIR` and show its videos."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QApplication::translate("Launcher", "Show an existing `xrs demo` output folder in the comparison layout."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Launcher", "When everything is shown, save the window as a PNG and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-ms"),
                                       QApplication::translate("Launcher", "Quit after N milliseconds."),
                                       QStringLiteral("N"));
    QStringList languages;
    for (const auto& [code, name] : availableLanguages()) languages << code;
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("Launcher", "User-interface language (%1).").arg(languages.join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    const QCommandLineOption session(
        QStringList{QStringLiteral("session"), QStringLiteral("session-file")},
        QApplication::translate("Launcher", "Open a saved session (File \u2192 Save Session)."), QStringLiteral("FILE"));
    parser.addOptions({demo, compare, screenshot, quitAfter, lang, session});
    parser.process(arguments);  // handles --help/--version and unknown options (prints, exits)

    LaunchOptions options;
    options.files = parser.positionalArguments();
    options.demoDir = parser.value(demo);
    options.compareDir = parser.value(compare);
    options.sessionFile = parser.value(session);
    options.screenshot = parser.value(screenshot);
    options.language = parser.value(lang);
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options.quitAfterMs < 0) {
            if (error) *error = QApplication::translate("Launcher", "--quit-after-ms needs a number of milliseconds");
            return std::nullopt;
        }
    }
    return options;
}

Launcher::Launcher(MainWindow& window, LaunchOptions options, QObject* parent)
    : QObject(parent), m_window(&window), m_options(std::move(options))
{
    connect(this, &Launcher::ready, this, &Launcher::onReady);
}

void Launcher::start()
{
    // Scripts must never hang on a modal dialog.
    if (!m_options.screenshot.isEmpty() || m_options.quitAfterMs >= 0) m_window->setDialogsEnabled(false);
    if (m_options.quitAfterMs >= 0) {
        QTimer::singleShot(m_options.quitAfterMs, this, [this] { QCoreApplication::exit(m_ok ? 0 : 1); });
    }
    if (!m_options.sessionFile.isEmpty()) {
        const auto restored = openSession(*m_window, m_options.sessionFile);
        m_ok = restored && restored->missing.isEmpty() && restored->failed.isEmpty();
    }
    for (const QString& file : m_options.files) m_ok = m_window->openFile(file) && m_ok;
    if (!m_options.compareDir.isEmpty()) m_ok = m_window->openComparison(m_options.compareDir) && m_ok;

    if (m_options.demoDir.isEmpty()) {
        emit ready(m_ok);
        return;
    }
    connect(m_window, &MainWindow::demoFinished, this, [this](bool ok) { emit ready(m_ok && ok); },
            Qt::SingleShotConnection);
    m_window->runDemo(m_options.demoDir);
}

void Launcher::onReady(bool ok)
{
    m_ok = ok;
    if (m_options.screenshot.isEmpty()) return;
    // Let the panes created last get exposed and painted before grabbing.
    QTimer::singleShot(kSettleMs, this, &Launcher::takeScreenshot);
}

void Launcher::takeScreenshot()
{
    if (!m_window) return;
    m_window->renderPanes();
    // renderPanes() brought every VTK pane up to date; QWidget::grab() then paints the window with them.
    const QPixmap shot = m_window->grab();
    const QString path = m_options.screenshot;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) QDir().mkpath(info.absolutePath());
    if (!shot.save(path, "PNG")) {
        std::fprintf(stderr, "xray-studio: error: cannot write the screenshot %s\n", qPrintable(path));
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(m_ok ? 0 : 1);
}

}  // namespace xrs::app
