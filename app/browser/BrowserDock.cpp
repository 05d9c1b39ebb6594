// app/browser/BrowserDock: the "Data" dock, recent files, watched folders and drops (see the header).
#include "BrowserDock.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "RecentFiles.h"
#include "app/session/SessionUi.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "io/StackSource.h"
#include "widgets/DataBrowser.h"
#include "widgets/FolderWatcher.h"
#include "widgets/ImageView.h"

namespace xrs::app {

namespace {

QString openedKey(const QString& path, const QString& dataset)
{
    return path + QLatin1Char('\n') + dataset;
}

// An output folder of `xrs demo` / `xrs synth`: what ComparisonLoader reads.
bool isComparisonFolder(const QString& path)
{
    const QDir dir(path);
    return QFileInfo(path).isDir() && (QFileInfo::exists(dir.filePath(QStringLiteral("video/manifest.json"))) ||
                                       QFileInfo::exists(dir.filePath(QStringLiteral("video/lr.tif"))));
}

}  // namespace

BrowserDock::BrowserDock(MainWindow& window) : QDockWidget(tr("Data"), &window), m_window(window)
{
    setObjectName(QStringLiteral("DataDock"));
    m_browser = new widgets::DataBrowser(this);
    m_recent = new RecentFiles(this);

    m_watch = new QAction(tr("&Watch Folder\u2026"), this);
    m_watch->setStatusTip(tr("List the files of a folder as a detector finishes writing them"));
    connect(m_watch, &QAction::triggered, this, &BrowserDock::watchFolderDialog);
    m_follow = new QAction(tr("Follow Newest"), this);
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Show each new complete file of a watched folder in the \u201cLive\u201d pane"));

    auto* content = new QWidget(this);
    auto* bar = new QToolBar(content);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_watch);
    bar->addAction(m_follow);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);
    setWidget(content);
    window.addDockWidget(Qt::LeftDockWidgetArea, this);
    window.resizeDocks({this}, {400}, Qt::Horizontal);
    hide();  // until there is something to browse: the images keep the whole width

    connect(&window, &MainWindow::sourceOpened, this, &BrowserDock::onSourceOpened);
    connect(&window, &MainWindow::openFailed, this, &BrowserDock::onOpenFailed);
    connect(m_browser, &widgets::DataBrowser::openRequested, this, &BrowserDock::onOpenRequested);
    connect(m_browser, &widgets::DataBrowser::openVolumeRequested, this,
            [this](const QString& path, const QString& dataset) { m_window.openVolume(path, dataset); });
    connect(m_recent, &RecentFiles::openRequested, this, &BrowserDock::openPath);
    connect(m_browser, &widgets::DataBrowser::sourceRemoved, this, [this](const QString& path) {
        const auto it = m_watchers.find(path);
        if (it == m_watchers.end()) return;
        it->second->deleteLater();  // removed from the list: stop watching
        m_watchers.erase(it);
    });
    installMenus();

    // Drops anywhere on the window (its children do not take drops, so they come to the window).
    window.setAcceptDrops(true);
    window.installEventFilter(this);
}

void BrowserDock::installMenus()
{
    // After File → Open Volume… (before the first separator), and the dock's toggle in View.
    if (auto* file = m_window.findChild<QMenu*>(QStringLiteral("FileMenu"))) {
        QAction* before = nullptr;
        for (QAction* a : file->actions())
            if (a->isSeparator()) {
                before = a;
                break;
            }
        QMenu* recent = m_recent->createMenu(file);
        recent->setObjectName(QStringLiteral("RecentMenu"));
        file->insertMenu(before, recent);
        file->insertAction(before, m_watch);
    }
    if (auto* view = m_window.findChild<QMenu*>(QStringLiteral("ViewMenu"))) {
        QAction* before = view->actions().isEmpty() ? nullptr : view->actions().first();
        view->insertAction(before, toggleViewAction());
    }
}

QStringList BrowserDock::droppedPaths(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls()) return out;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile())) out << url.toLocalFile();
    return out;
}

bool BrowserDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!droppedPaths(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList paths = droppedPaths(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                for (const QString& p : paths) openPath(p);
                return true;
            }
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

bool BrowserDock::openPath(const QString& path)
{
    if (isComparisonFolder(path)) return m_window.openComparison(path);
    // Sessions saved or opened are listed among the recent files too.
    if (path.endsWith(QLatin1String(".xrs-session")) ||
        (path.endsWith(QLatin1String(".json")) && !isComparisonFolder(QFileInfo(path).absolutePath())))
        return openSession(m_window, path).has_value();
    return m_window.openFile(path);
}

void BrowserDock::onSourceOpened(const QString& path, const QString& dataset)
{
    m_recent->add(path);
    if (!dataset.isEmpty() || isComparisonFolder(path) || m_browser->findItem(path)) return;
    QString error;
    if (m_browser->addSource(path, &error))
        show();
    else
        m_window.appendLog(tr("Data browser: %1").arg(error));
}

void BrowserDock::onOpenFailed(const QString& path, const QString& dataset)
{
    // An HDF5 file with several image datasets has no default one: list it, so that one can be picked.
    if (!dataset.isEmpty() || io::detectKind(QFile::encodeName(path).toStdString()) != io::FileKind::Hdf5) return;
    if (!m_browser->findItem(path) && !m_browser->addSource(path)) return;
    show();
    m_window.statusBar()->showMessage(tr("Choose a dataset of %1 in the Data browser").arg(QFileInfo(path).fileName()),
                                      10000);
}

void BrowserDock::onOpenRequested(const QString& path, const QString& dataset, bool newPane)
{
    const QString key = openedKey(path, dataset);
    const auto it = m_opened.find(key);
    if (!newPane && it != m_opened.end() && it->second) {
        // Already on screen: bring it forward instead of a second copy.
        it->second->view()->setFocus();
        m_window.statusBar()->showMessage(tr("%1 is already open").arg(it->second->title()), 5000);
        return;
    }
    if (m_window.openFile(path, dataset) && !m_window.panes().isEmpty()) m_opened[key] = m_window.panes().last();
}

void BrowserDock::watchFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Watch Folder"));
    if (!dir.isEmpty()) watchFolder(dir);
}

widgets::FolderWatcher* BrowserDock::watcher(const QString& dir) const
{
    const auto it = m_watchers.find(QFileInfo(dir).absoluteFilePath());
    return it == m_watchers.end() ? nullptr : it->second;
}

widgets::FolderWatcher* BrowserDock::watchFolder(const QString& dir)
{
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    if (auto* existing = watcher(absolute)) return existing;
    m_browser->addWatchedFolder(absolute);
    auto* w = new widgets::FolderWatcher(absolute, this);
    m_watchers[absolute] = w;
    connect(w, &widgets::FolderWatcher::fileReady, this,
            [this, absolute](const QString& file) { onFileReady(absolute, file); });
    connect(w, &widgets::FolderWatcher::fileRemoved, this, [this, absolute](const QString& file) {
        if (QTreeWidgetItem* item = m_browser->findItem(file)) delete item;
    });
    m_window.appendLog(tr("Watching %1").arg(QDir::toNativeSeparators(absolute)));
    show();
    return w;
}

void BrowserDock::setFollowNewest(bool on)
{
    m_follow->setChecked(on);
}
bool BrowserDock::followNewest() const
{
    return m_follow->isChecked();
}

void BrowserDock::onFileReady(const QString& dir, const QString& file)
{
    m_browser->addWatchedFile(dir, file);
    m_window.appendLog(tr("New file %1").arg(QDir::toNativeSeparators(file)));
    if (!m_follow->isChecked()) return;
    if (ImagePane* pane = m_window.showFile(file, {}, m_live)) {
        m_live = pane;
        pane->setTitle(tr("Live: %1").arg(QFileInfo(file).fileName()), QDir::toNativeSeparators(file));
    }
}

}  // namespace xrs::app
