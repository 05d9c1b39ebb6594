// app/session/SessionUi: menus, docks and wiring of undo, sessions, preferences and the about box (see the header).
#include "SessionUi.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

#include <exception>

#include "AboutDialog.h"
#include "DisplayUndo.h"
#include "Preferences.h"
#include "UndoBinder.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/Histogram.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"

namespace xrs::app {

namespace {

const QString kSessionFilter = QStringLiteral("*.xrs-session *.json");

// Lives as a child of the window: the display recorder and the close hook (Open Recent is app/browser's).
class SessionController : public QObject {
public:
    explicit SessionController(MainWindow& window) : QObject(&window), m_window(window)
    {
        setObjectName(QStringLiteral("xrsSessionController"));
        m_display = new DisplayUndo(*window.undoStack(), this);
        window.installEventFilter(this);
    }

    DisplayUndo* display() const { return m_display; }

    void onPaneOpened(ImagePane* pane)
    {
        widgets::ImageView* view = pane->view();
        // Preferences for new panes, before recording starts: they are not edits.
        view->displaySettings()->setColormap(prefs::defaultColormap());
        if (const auto range = prefs::defaultAutoRange(); range != widgets::AutoRange::Percentile035)
            if (const auto r = widgets::autoRange(view->currentImage(), range))
                view->displaySettings()->setRange(r->min, r->max);
        m_display->watch(view->displaySettings());
    }

    void onComparisonOpened()
    {
        widgets::ComparisonView* c = m_window.comparisonView();
        if (!m_comparisonSeen) {
            c->setUpscale(prefs::comparisonUpscale());
            c->sharedDisplay().setColormap(prefs::defaultColormap());
            m_comparisonSeen = true;
        }
        m_display->watch(c);
    }

    void onVolumeOpened()
    {
        if (widgets::OrthoSliceView* v = m_window.volumeView()) m_display->watch(&v->display());
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_window && event->type() == QEvent::Close) prefs::saveWindowLayout(m_window);
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow& m_window;
    DisplayUndo* m_display = nullptr;  // Qt child
    bool m_comparisonSeen = false;
};

SessionController* controller(const MainWindow& window)
{
    return window.findChild<SessionController*>(QStringLiteral("xrsSessionController"), Qt::FindDirectChildrenOnly);
}

void showPreferences(MainWindow& window)
{
    PreferencesDialog dialog(&window);
    if (dialog.exec() != QDialog::Accepted || !dialog.save()) return;
    const auto answer = QMessageBox::question(
        &window, PreferencesDialog::tr("Language"),
        PreferencesDialog::tr("The new language applies when X-ray Studio starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) return;
    // The same command line without --lang, which would override the preference.
    QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            args.remove(i--);
        }
    }
    if (!window.close()) return;  // the user kept the window
    QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    QCoreApplication::quit();
}

void createEditMenu(MainWindow& window)
{
    QUndoStack* stack = window.undoStack();
    auto* edit = new QMenu(MainWindow::tr("&Edit"), &window);
    edit->setObjectName(QStringLiteral("EditMenu"));
    QAction* undo = stack->createUndoAction(edit);
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("UndoAction"));
    QAction* redo = stack->createRedoAction(edit);
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("RedoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences =
        edit->addAction(MainWindow::tr("&Preferences\u2026"), &window, [&window] { showPreferences(window); });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    // File, Edit, View, …
    const QList<QAction*> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, edit);

    auto* history = new QUndoView(stack, &window);
    history->setEmptyLabel(MainWindow::tr("(original)"));
    auto* dock = new QDockWidget(MainWindow::tr("Undo History"), &window);
    dock->setObjectName(QStringLiteral("UndoHistoryDock"));
    dock->setWidget(history);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    if (auto* view = window.findChild<QMenu*>(QStringLiteral("ViewMenu"))) view->addAction(dock->toggleViewAction());
}

void createFileActions(MainWindow& window)
{
    auto* file = window.findChild<QMenu*>(QStringLiteral("FileMenu"));
    if (!file) return;
    QAction* before = nullptr;  // the first separator: after the Open… actions
    for (QAction* a : file->actions())
        if (a->isSeparator()) {
            before = a;
            break;
        }
    file->insertSeparator(before);
    auto* openAction = new QAction(MainWindow::tr("Open &Session\u2026"), file);
    openAction->setObjectName(QStringLiteral("OpenSessionAction"));
    QObject::connect(openAction, &QAction::triggered, &window, [&window] {
        const QString path = QFileDialog::getOpenFileName(
            &window, MainWindow::tr("Open Session"), QString(),
            MainWindow::tr("X-ray Studio sessions (%1);;All files (*)").arg(kSessionFilter));
        if (!path.isEmpty()) openSession(window, path);
    });
    auto* saveAction = new QAction(MainWindow::tr("Save Sessio&n\u2026"), file);
    saveAction->setObjectName(QStringLiteral("SaveSessionAction"));
    QObject::connect(saveAction, &QAction::triggered, &window, [&window] {
        QString path = QFileDialog::getSaveFileName(
            &window, MainWindow::tr("Save Session"), QString(),
            MainWindow::tr("X-ray Studio sessions (%1);;All files (*)").arg(kSessionFilter));
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".xrs-session");
        saveSession(window, path);
    });
    file->insertAction(before, openAction);
    file->insertAction(before, saveAction);
}

void createHelpMenu(MainWindow& window)
{
    QMenu* help = window.menuBar()->addMenu(MainWindow::tr("&Help"));
    help->setObjectName(QStringLiteral("HelpMenu"));
    QAction* about = help->addAction(MainWindow::tr("&About X-ray Studio"), &window, [&window] {
        AboutDialog dialog(&window);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

}  // namespace

void installSessionUi(MainWindow& window)
{
    if (controller(window)) return;
    auto* ctl = new SessionController(window);
    createEditMenu(window);
    createFileActions(window);
    createHelpMenu(window);
    QObject::connect(&window, &MainWindow::paneOpened, ctl, &SessionController::onPaneOpened);
    QObject::connect(&window, &MainWindow::comparisonOpened, ctl, &SessionController::onComparisonOpened);
    QObject::connect(&window, &MainWindow::volumeOpened, ctl, &SessionController::onVolumeOpened);
    QObject::connect(&window, &MainWindow::dataAboutToLoad, ctl->display(), &DisplayUndo::pauseWhileLoading);
}

std::optional<SessionRestore> openSession(MainWindow& window, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    SessionRestore result;
    try {
        result = loadSessionFile(window, path);
    } catch (const std::exception& e) {
        const QString why = QString::fromStdString(e.what());
        window.appendLog(MainWindow::tr("Error: cannot open the session %1: %2").arg(shown, why));
        if (window.dialogsEnabled())
            QMessageBox::critical(
                &window, MainWindow::tr("X-ray Studio"),
                MainWindow::tr("Cannot open the session %1").arg(shown) + QStringLiteral("\n\n") + why);
        return std::nullopt;
    }
    prefs::addRecentFile(QFileInfo(path).absoluteFilePath());
    window.appendLog(MainWindow::tr("Opened the session %1").arg(shown));
    if (!result.missing.isEmpty() || !result.failed.isEmpty()) {
        QStringList lines;
        for (const QString& m : result.missing) lines << MainWindow::tr("missing: %1").arg(QDir::toNativeSeparators(m));
        for (const QString& f : result.failed)
            lines << MainWindow::tr("cannot be opened: %1").arg(QDir::toNativeSeparators(f));
        for (const QString& line : lines) window.appendLog(MainWindow::tr("Session: %1").arg(line));
        window.statusBar()->showMessage(MainWindow::tr("Session: %1").arg(lines.join(QStringLiteral("; "))), 15000);
        if (window.dialogsEnabled())
            QMessageBox::warning(
                &window, MainWindow::tr("X-ray Studio"),
                MainWindow::tr("Parts of the session %1 could not be restored; the rest is open.").arg(shown) +
                    QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    }
    return result;
}

bool saveSession(MainWindow& window, const QString& path)
{
    try {
        saveSessionFile(window, path);
    } catch (const std::exception& e) {
        const QString why = QString::fromStdString(e.what());
        window.appendLog(MainWindow::tr("Error: %1").arg(why));
        if (window.dialogsEnabled()) QMessageBox::critical(&window, MainWindow::tr("X-ray Studio"), why);
        return false;
    }
    window.appendLog(MainWindow::tr("Saved the session %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

DisplayUndo* displayUndo(const MainWindow& window)
{
    SessionController* ctl = controller(window);
    return ctl ? ctl->display() : nullptr;
}

UndoBinder* bindUndo(MainWindow& window, QWidget* form)
{
    return new UndoBinder(form, window.undoStack());
}

}  // namespace xrs::app
