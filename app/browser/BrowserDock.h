#pragma once
// app/browser/BrowserDock: the main window's "Data" dock and the glue around it: the DataBrowser tree (filled by every
// open), File → Open Recent (RecentFiles), File → Watch Folder… (a FolderWatcher per folder, with "Follow newest"
// showing each new complete file in a "Live" pane), and drag and drop of files and folders onto the window.
// A child of the MainWindow it serves; owns its watchers and the recent files list.
#include <QDockWidget>
#include <QPointer>

#include <map>

class QAction;
class QMimeData;

namespace xrs::widgets {
class DataBrowser;
class FolderWatcher;
}  // namespace xrs::widgets

namespace xrs::app {

class ImagePane;
class MainWindow;
class RecentFiles;

class BrowserDock : public QDockWidget {
    Q_OBJECT
public:
    explicit BrowserDock(MainWindow& window);

    widgets::DataBrowser* browser() const { return m_browser; }
    RecentFiles* recentFiles() const { return m_recent; }

    // Opens what a path names: a demo/synth output folder in the comparison layout, else a TIFF file, TIFF folder or
    // HDF5 file in a pane. False (error reported by the window) when it cannot be opened.
    bool openPath(const QString& path);
    // Local files and folders of a drag: what openPath() would open (nothing when none).
    static QStringList droppedPaths(const QMimeData* mime);

    // Starts watching a folder (again: the existing watcher); it appears in the browser at once.
    widgets::FolderWatcher* watchFolder(const QString& dir);
    widgets::FolderWatcher* watcher(const QString& dir) const;
    void setFollowNewest(bool on);
    bool followNewest() const;
    ImagePane* livePane() const { return m_live; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void installMenus();
    void watchFolderDialog();
    void onSourceOpened(const QString& path, const QString& dataset);
    void onOpenFailed(const QString& path, const QString& dataset);
    void onOpenRequested(const QString& path, const QString& dataset, bool newPane);
    void onFileReady(const QString& dir, const QString& file);

    MainWindow& m_window;
    widgets::DataBrowser* m_browser = nullptr;  // Qt children
    RecentFiles* m_recent = nullptr;
    QAction* m_follow = nullptr;
    QAction* m_watch = nullptr;
    std::map<QString, widgets::FolderWatcher*> m_watchers;  // by absolute folder path (children)
    std::map<QString, QPointer<ImagePane>> m_opened;        // panes opened from the browser, by "path\ndataset"
    QPointer<ImagePane> m_live;
};

}  // namespace xrs::app
