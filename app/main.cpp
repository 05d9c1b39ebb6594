// xray-studio: the desktop application's entry point. Sets up OpenGL for VTK, the application identity, parses the
// command line and hands over to MainWindow and Launcher.
#include <QApplication>
#include <QIcon>

#include <cstdio>

#include <xrs/Version.h>

#include "app/Icons.h"
#include "app/Launcher.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/session/Preferences.h"
#include "widgets/VtkOpenGLWidget.h"

int main(int argc, char** argv)
{
    // VTK needs an OpenGL 3.2 core context; the default format must be set before the application exists.
    xrs::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    xrs::app::protectSessionOption(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("X-ray Studio"));
    QApplication::setApplicationName(QStringLiteral("X-ray Studio"));
    QApplication::setApplicationVersion(QString::fromLatin1(xrs::kVersion));

    QString error;
    const auto options = xrs::app::parseLaunchOptions(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "xray-studio: error: %s\n", qPrintable(error));
        return 2;
    }

    // Translators must be in place before any widget asks tr() for a string.
    xrs::app::installTranslations(app, options->language);
    xrs::app::ensureResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/xrs/icons/xray-studio.svg")));

    xrs::app::MainWindow window;
    // The size and dock layout of the last run (Edit → Preferences), else a size that suits a laptop screen.
    if (!xrs::app::prefs::restoreWindowLayout(window)) window.resize(1500, 820);
    window.show();
    xrs::app::Launcher launcher(window, *options);
    launcher.start();
    return QApplication::exec();
}
