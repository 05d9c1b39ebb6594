#pragma once
// app/MainWindow: X-ray Studio's main window. Owns the local job runner, the central tabs — "Images" (a row of image
// panes, one per opened file or stack, side by side) and "Comparison" (the linked LR/HR/reconstruction layout of a
// demo or synth folder) and "Volume" (orthogonal slices of a CT volume) — the "Jobs" and "Log" docks and the status
// bar progress.
// Files are opened lazily through the engine (xrs::io::openStack); failures are reported in the log, through
// errorOccurred() and — unless dialogs are disabled (tests, scripts) — in a message box.
#include <QMainWindow>
#include <QPointer>

#include <memory>

#include "core/ImageStack.h"
#include "remote/LocalRunner.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace xrs::remote {
struct StoredJob;
}

namespace xrs::widgets {
struct ComparisonInput;
class ComparisonView;
class ImageView;
class OrthoSliceView;
}

namespace xrs::app {

class ClusterJobsPanel;
class ImagePane;
class JobsPanel;
class VolumeLoader;
struct LoadedVolume;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a TIFF file, a TIFF folder or an HDF5 file (or one dataset of it) in a new pane and emits sourceOpened().
    // False (error reported) when it cannot be read.
    bool openFile(const QString& path, const QString& dataset = {});
    bool openDataset(const QString& path, const QString& dataset) { return openFile(path, dataset); }
    // Shows a file or HDF5 dataset lazily in `pane` (a new pane when null) without emitting sourceOpened() (the
    // watched folder's live pane). The pane, or nullptr (error reported) when it cannot be read.
    ImagePane* showFile(const QString& path, const QString& dataset = {}, ImagePane* pane = nullptr);
    // Shows an in-memory stack in a new pane.
    ImagePane* addStack(ImageStack stack, const QString& title);
    void closePane(ImagePane* pane);
    void closeAllPanes();
    QList<ImagePane*> panes() const;

    // Shows the comparison layout of a demo/synth output folder (see ComparisonLoader). False (error reported) when
    // its LR video cannot be read.
    bool openComparison(const QString& dir);
    // Shows `input` in the comparison layout; `source` names it in the tab's tool tip and the log.
    bool showComparison(widgets::ComparisonInput input, const QString& source);
    widgets::ComparisonView* comparisonView() const { return m_comparison; }
    // Reads a volume (TIFF, TIFF folder, HDF5) into memory on a worker thread (app/VolumeLoader; the status bar
    // shows how far) and shows it in orthogonal slices in a tab of its own, which comes to the front now. True when
    // the read started; false (error reported) when the file cannot be opened at all. volumeOpened() says when the
    // data is shown; a read error later is reported too and leaves the previous volume. Opening another volume or
    // closing the window cancels the read.
    bool openVolume(const QString& path, const QString& dataset = {});
    // A volume is being read for the Volume tab (volumeOpened() or an error comes next).
    bool isVolumeLoading() const;
    widgets::OrthoSliceView* volumeView() const { return m_volume; }
    // What the comparison and the volume tab show (empty when none).
    QString comparisonDir() const { return m_comparisonDir; }
    QString volumePath() const { return m_volumePath; }
    QTabWidget* tabs() const { return m_tabs; }
    // The one undo stack of the window (app/session: display changes, run form fields).
    QUndoStack* undoStack() const { return m_undo; }
    // A fetched cluster job's results next to its inputs (app/remote/JobResults: fusion → comparison, reconstruction →
    // volume, denoise → input and output panes). False (reported) when nothing could be shown.
    bool openJobResults(const remote::StoredJob& job);

    // Runs `xrs --progress=lines demo DIR`; when it completes, shows DIR in the comparison layout and opens the CT
    // volume (DIR/ct/recon.tif) in a pane on its middle slice. Emits demoFinished(). Returns the job id.
    QString runDemo(const QString& dir);
    remote::LocalRunner& runner() { return m_runner; }
    const remote::LocalRunner& runner() const { return m_runner; }

    // Off: no modal dialogs (tests, --screenshot runs); errors still go to the log and errorOccurred().
    void setDialogsEnabled(bool on) { m_dialogsEnabled = on; }
    bool dialogsEnabled() const { return m_dialogsEnabled; }
    QString lastError() const { return m_lastError; }
    QString logText() const;
    void appendLog(const QString& line);

    // Renders every pane now (e.g. before grabbing the window).
    void renderPanes();

signals:
    void errorOccurred(const QString& message);
    void demoFinished(bool ok);
    // A file was opened in a new pane / shown in the comparison or the volume tab.
    void paneOpened(xrs::app::ImagePane* pane);
    void comparisonOpened(const QString& dir);
    // The volume read by openVolume() is shown (absolute path).
    void volumeOpened(const QString& path);
    // New data is about to replace what the comparison or the volume shows (with automatic display ranges that are
    // not user edits).
    void dataAboutToLoad();
    // A file, folder or dataset was opened by openFile(), openVolume() or openComparison() (recent files, browser).
    void sourceOpened(const QString& path, const QString& dataset);
    // openFile() could not show it (error reported): the browser still lists an HDF5 file to pick a dataset from.
    void openFailed(const QString& path, const QString& dataset);

private:
    void createActions();
    void createDocks();
    void openFilesDialog();
    void openFolderDialog();
    void openComparisonDialog();
    void openVolumeDialog();
    void onVolumeLoaded(const std::shared_ptr<LoadedVolume>& loaded);
    void onVolumeFailed(const QString& path, const QString& dataset, const QString& error);
    // Tab title and tool tip of the Volume tab: the volume being read, else the one shown; no tab when neither.
    void updateVolumeTab();
    void updateCentral();
    ImagePane* createPane(const QString& title, const QString& toolTip);
    void reportError(const QString& what, const QString& detail);
    void onJobChanged(const QString& id);
    void onJobFinished(const QString& id);
    void onJobLog(const QString& id, const QString& line);
    void updateStatusProgress();
    void closeEvent(QCloseEvent* event) override;
    // Cluster menu (app/remote): the cluster jobs dock is made on first use, so a session that never touches a
    // cluster opens no job store.
    void createClusterMenu();
    ClusterJobsPanel* showClusterJobs();

    remote::LocalRunner m_runner;
    QStackedWidget* m_central = nullptr;  // Qt children from here on
    QLabel* m_placeholder = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_panes = nullptr;
    widgets::ComparisonView* m_comparison = nullptr;
    widgets::OrthoSliceView* m_volume = nullptr;
    JobsPanel* m_jobs = nullptr;
    ClusterJobsPanel* m_clusterJobs = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QProgressBar* m_statusProgress = nullptr;
    VolumeLoader* m_volumeLoader = nullptr;
    double m_volumeFraction = 0.0;
    QString m_volumeMessage;
    QUndoStack* m_undo = nullptr;
    QString m_comparisonDir;
    QString m_volumePath;
    QString m_demoJob;
    QString m_demoDir;
    QString m_lastError;
    bool m_dialogsEnabled = true;
};

}  // namespace xrs::app
