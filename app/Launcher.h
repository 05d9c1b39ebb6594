#pragma once
// app/Launcher: the command line of xray-studio and what it asks for at startup: open files, run the demo job,
// save a screenshot of the window and quit (for scripts and tests). Owns no widgets; drives a MainWindow.
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace xrs::app {

class MainWindow;

struct LaunchOptions {
    QStringList files;     // opened in panes
    QString demoDir;       // --demo DIR
    QString compareDir;    // --compare DIR: the comparison layout of an existing demo/synth output folder
    QString sessionFile;   // --session FILE: a saved session (app/session), opened before the files
    QString screenshot;    // --screenshot FILE (PNG)
    int quitAfterMs = -1;  // --quit-after-ms N
    QString language;      // --lang CODE (en, ja, …); empty: the saved preference, else the system locale
};

// QApplication takes -session/--session for desktop session management (and drops it from the arguments); ours is
// --session FILE. Call before creating the application: renames --session (and --session=FILE) to --session-file
// in argv, which must stay valid as long as the application (the new strings are static).
void protectSessionOption(int argc, char** argv);

// Parses the arguments (arguments[0] is the program). --help and --version print and exit like any Qt tool.
// On a usage error returns nothing and sets *error.
std::optional<LaunchOptions> parseLaunchOptions(const QStringList& arguments, QString* error);

class Launcher : public QObject {
    Q_OBJECT
public:
    Launcher(MainWindow& window, LaunchOptions options, QObject* parent = nullptr);

    // Call once the window is shown. Without --screenshot and --quit-after-ms the application keeps running.
    void start();

signals:
    // The startup work is done (files opened, demo finished); ok is false when something failed.
    void ready(bool ok);

private:
    void onReady(bool ok);
    void takeScreenshot();

    QPointer<MainWindow> m_window;
    LaunchOptions m_options;
    bool m_ok = true;
};

}  // namespace xrs::app
