// app/MainWindow: menus, panes, docks and the demo flow.
#include "MainWindow.h"

#include <QAction>
#include <QToolBar>

#include "app/Icons.h"
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QTimer>

#include <cmath>
#include <exception>
#include <memory>

#include "ComparisonLoader.h"
#include "Exports.h"
#include "ImagePane.h"
#include "JobsPanel.h"
#include "VolumeLoader.h"
#include "browser/BrowserDock.h"
#include "properties/PropertiesDock.h"
#include "remote/ClusterJobsModel.h"
#include "remote/ClusterJobsPanel.h"
#include "remote/JobResults.h"
#include "remote/SubmitDialog.h"
#include "runs/RunMenu.h"
#include "session/SessionUi.h"
#ifdef XRS_HAVE_SSH
#include "remote/HostProfileDialog.h"
#endif
#include "io/StackSource.h"
#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/VolumeView.h"
#include "widgets/VtkOpenGLWidget.h"

namespace xrs::app {

namespace {

constexpr int kMaxLogLines = 10000;

std::filesystem::path toPath(const QString& path) { return std::filesystem::path(QFile::encodeName(path).toStdString()); }

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("X-ray Studio"));

    m_placeholder = new QLabel(tr("Open an image stack with File \u2192 Open\u2026 (Ctrl+O)"), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_panes = new QSplitter(Qt::Horizontal, this);
    m_panes->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_panes, tr("Images"));
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_placeholder);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_undo = new QUndoStack(this);
    createActions();
    createDocks();
    new BrowserDock(*this);  // the "Data" dock, Open Recent, Watch Folder, drag and drop (app/browser)
    new PropertiesDock(*this);  // the "Properties" dock next to it, following the current view (app/properties)

    m_statusProgress = new QProgressBar(this);
    m_statusProgress->setRange(0, 1000);
    m_statusProgress->setMaximumWidth(220);
    m_statusProgress->setFormat(QStringLiteral("%p%"));
    m_statusProgress->hide();
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->showMessage(tr("Ready"));

    m_volumeLoader = new VolumeLoader(this);
    connect(m_volumeLoader, &VolumeLoader::progress, this, [this](double fraction, const QString& message) {
        m_volumeFraction = fraction;
        m_volumeMessage = message;
        updateStatusProgress();
    });
    connect(m_volumeLoader, &VolumeLoader::loaded, this, &MainWindow::onVolumeLoaded);
    connect(m_volumeLoader, &VolumeLoader::failed, this, &MainWindow::onVolumeFailed);
    connect(m_volumeLoader, &VolumeLoader::cancelled, this, [this] {
        updateVolumeTab();
        updateStatusProgress();
    });

    connect(&m_runner, &remote::LocalRunner::jobChanged, this, &MainWindow::onJobChanged);
    connect(&m_runner, &remote::LocalRunner::finished, this, &MainWindow::onJobFinished);
    connect(&m_runner, &remote::LocalRunner::logLine, this, &MainWindow::onJobLog);
    installSessionUi(*this);  // Edit menu (undo, preferences), sessions, Help menu (app/session)
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("FileMenu"));
    QAction* open = file->addAction(tr("&Open\u2026"), this, &MainWindow::openFilesDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open TIFF or HDF5 files, each in its own pane"));
    QAction* openFolder = file->addAction(tr("Open &Folder\u2026"), this, &MainWindow::openFolderDialog);
    openFolder->setStatusTip(tr("Open a folder of TIFF files as one stack"));
    QAction* openComparison = file->addAction(tr("Open &Comparison…"), this, &MainWindow::openComparisonDialog);
    openComparison->setStatusTip(tr("Compare LR, HR, reconstruction and ground truth of a demo or synth folder"));
    QAction* openVolume = file->addAction(tr("Open &Volume…"), this, &MainWindow::openVolumeDialog);
    openVolume->setStatusTip(tr("Show a CT volume in orthogonal slices with a crosshair"));
    file->addSeparator();
    file->addAction(tr("Close &All Panes"), this, &MainWindow::closeAllPanes);
    file->addSeparator();
    file->addMenu(createExportMenu(*this, this));  // File → Export ▸ (app/Exports)
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    open->setIcon(themedIcon(QStringLiteral("document-open")));
    openFolder->setIcon(themedIcon(QStringLiteral("folder-open")));
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->addAction(open);
    bar->addAction(openFolder);
}

void MainWindow::createDocks()
{
    m_jobs = new JobsPanel(m_runner, this);
    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("JobsDock"));
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);

    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("LogDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(jobsDock, logDock);
    jobsDock->raise();
    // The images get most of the height.
    resizeDocks({jobsDock}, {160}, Qt::Vertical);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("ViewMenu"));
    view->addAction(jobsDock->toggleViewAction());
    view->addAction(logDock->toggleViewAction());
    createClusterMenu();
    new RunMenu(*this);  // the Run menu (app/runs); a Qt child of the window
}

void MainWindow::createClusterMenu()
{
    QMenu* cluster = menuBar()->addMenu(tr("&Cluster"));
#ifdef XRS_HAVE_SSH
    cluster->addAction(tr("&Hosts…"), this, [this] {
        HostProfileDialog dialog({}, this);
        dialog.exec();
    });
#endif
    cluster->addAction(tr("&Submit…"), this, [this] {
        SubmitDialog dialog({}, {}, this);
        connect(&dialog, &SubmitDialog::submitted, this, [this](const QString& id) {
            appendLog(tr("Cluster job %1 submitted").arg(id));
            showClusterJobs()->model()->refresh();
        });
        dialog.exec();
    });
    cluster->addAction(tr("Cluster &Jobs"), this, [this] { showClusterJobs(); });
    // Cluster jobs still under way from an earlier session (or fetched and never shown): follow them, so their
    // results come back and open without being asked for. Not in runs without dialogs (tests, screenshots): the
    // monitor may have to ask for a login.
    QTimer::singleShot(0, this, [this] {
        if (!m_clusterJobs && m_dialogsEnabled && ClusterJobsPanel::hasPendingWork()) showClusterJobs();
    });
}
ClusterJobsPanel* MainWindow::showClusterJobs()
{
    if (!m_clusterJobs) {
        m_clusterJobs = new ClusterJobsPanel({}, {}, this);
        auto* dock = new QDockWidget(tr("Cluster Jobs"), this);
        dock->setObjectName(QStringLiteral("ClusterJobsDock"));
        dock->setWidget(m_clusterJobs);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (auto* jobsDock = findChild<QDockWidget*>(QStringLiteral("JobsDock"))) tabifyDockWidget(jobsDock, dock);
        connect(m_clusterJobs, &ClusterJobsPanel::jobResultsRequested, this, &MainWindow::openJobResults);
        connect(m_clusterJobs, &ClusterJobsPanel::logTailReady, this, [this](const QString& id, const QString& text) {
            appendLog(tr("---- log of cluster job %1 ----").arg(id));
            for (const QString& line : text.split(u'\n')) appendLog(line);
        });
        m_clusterJobs->monitor().start();
    }
    m_clusterJobs->parentWidget()->show();
    m_clusterJobs->parentWidget()->raise();
    return m_clusterJobs;
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Image Stacks"), QString(),
        tr("Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;"
           "All files (*)"));
    for (const QString& f : files) openFile(f);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open TIFF Folder"));
    if (!dir.isEmpty()) openFile(dir);
}

void MainWindow::openComparisonDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Demo or Synth Folder"));
    if (!dir.isEmpty()) openComparison(dir);
}

bool MainWindow::openComparison(const QString& dir)
{
    QStringList warnings;
    widgets::ComparisonInput input;
    try {
        input = loadComparisonFolder(dir, &warnings);
    } catch (const std::exception& e) {
        reportError(tr("Cannot compare %1").arg(QDir::toNativeSeparators(dir)), QString::fromStdString(e.what()));
        return false;
    }
    for (const QString& w : warnings) appendLog(tr("Comparison: %1").arg(w));
    if (!showComparison(std::move(input), QFileInfo(dir).absoluteFilePath())) return false;
    // A folder can be saved in a session and opened again; inputs assembled from files (cluster results) cannot.
    m_comparisonDir = QFileInfo(dir).absoluteFilePath();
    emit comparisonOpened(m_comparisonDir);
    emit sourceOpened(m_comparisonDir, {});
    return true;
}

bool MainWindow::showComparison(widgets::ComparisonInput input, const QString& source)
{
    if (!m_comparison) {
        m_comparison = new widgets::ComparisonView(m_tabs);
        m_tabs->insertTab(0, m_comparison, tr("Comparison"));
    }
    // Show the tab before the data arrives so that the panes fit their real size.
    m_tabs->setCurrentWidget(m_comparison);
    updateCentral();
    try {
        emit dataAboutToLoad();
        m_comparison->setInput(std::move(input));
    } catch (const std::exception& e) {
        reportError(tr("Cannot compare %1").arg(QDir::toNativeSeparators(source)), QString::fromStdString(e.what()));
        return false;
    }
    m_tabs->setTabToolTip(m_tabs->indexOf(m_comparison), QDir::toNativeSeparators(source));
    appendLog(tr("Comparison of %1: %2 frames").arg(QDir::toNativeSeparators(source)).arg(m_comparison->frameCount()));
    m_comparison->setFocus();
    m_comparisonDir.clear();
    return true;
}

bool MainWindow::openJobResults(const remote::StoredJob& job)
{
    const JobResults r = jobResults(job);
    if (!r.note.isEmpty()) appendLog(tr("Results of %1: %2").arg(r.title, r.note));
    switch (r.layout) {
        case JobResults::Layout::Comparison: {
            QStringList warnings;
            widgets::ComparisonInput input;
            try {
                input = loadComparisonFiles(r.comparison, &warnings);
            } catch (const std::exception& e) {
                reportError(tr("Cannot compare the results of %1").arg(r.title), QString::fromStdString(e.what()));
                return false;
            }
            for (const QString& w : warnings) appendLog(tr("Comparison: %1").arg(w));
            return showComparison(std::move(input), r.comparison.reconstructed);
        }
        case JobResults::Layout::Volume:
            return openVolume(r.volume);
        case JobResults::Layout::SideBySide:
        case JobResults::Layout::Panes: {
            bool all = true;
            for (const QString& f : r.files) all = openFile(f) && all;
            // Input and output side by side move together.
            if (all && r.layout == JobResults::Layout::SideBySide && panes().size() >= 2)
                linkViews(panes()[panes().size() - 2]->view(), panes().last()->view());
            return all;
        }
        case JobResults::Layout::Nothing:
            break;
    }
    appendLog(tr("Cluster job %1: no results to show").arg(r.title));
    return false;
}

void MainWindow::openVolumeDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Volume"), QString(),
                                                      tr("Volumes (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;All files (*)"));
    if (!file.isEmpty()) openVolume(file);
}

bool MainWindow::openVolume(const QString& path, const QString& dataset)
{
    try {
        m_volumeLoader->start(path, dataset);  // cancels a read under way
    } catch (const std::exception& e) {
        reportError(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)), QString::fromStdString(e.what()));
        return false;
    }
    m_volumeFraction = 0.0;
    m_volumeMessage = tr("Reading %1: %2%").arg(QFileInfo(path).fileName()).arg(0);
    // The tab comes to the front now (the order of what callers open decides which tab is in front, as before);
    // the data follows when read.
    updateVolumeTab();
    m_tabs->setCurrentWidget(m_volume);
    updateStatusProgress();
    return true;
}

bool MainWindow::isVolumeLoading() const
{
    return m_volumeLoader->isLoading();
}

void MainWindow::onVolumeLoaded(const std::shared_ptr<LoadedVolume>& loaded)
{
    m_volumePath = loaded->path;
    updateVolumeTab();
    emit dataAboutToLoad();
    m_volume->setVolume(std::move(loaded->volume));
    appendLog(tr("Opened %1 in orthogonal slices").arg(QDir::toNativeSeparators(loaded->path)));
    updateStatusProgress();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(loaded->path).fileName()), 5000);
    emit volumeOpened(m_volumePath);
    emit sourceOpened(loaded->path, loaded->dataset);
}

void MainWindow::onVolumeFailed(const QString& path, const QString&, const QString& error)
{
    updateVolumeTab();  // back to the volume shown before, if any
    updateStatusProgress();
    reportError(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)), error);
}

void MainWindow::updateVolumeTab()
{
    const QString path = m_volumeLoader->isLoading() ? m_volumeLoader->path() : m_volumePath;
    if (path.isEmpty()) {
        // Nothing read yet and nothing coming: no empty tab.
        if (m_volume) {
            m_tabs->removeTab(m_tabs->indexOf(m_volume));
            delete m_volume;
            m_volume = nullptr;
        }
        updateCentral();
        return;
    }
    if (!m_volume) {
        m_volume = new widgets::OrthoSliceView(m_tabs);
        m_volume->attach3DView(new widgets::VolumeView);  // XY | XZ over YZ | 3D, linked
        m_tabs->addTab(m_volume, QString());
    }
    const int index = m_tabs->indexOf(m_volume);
    m_tabs->setTabText(index, tr("Volume: %1").arg(QFileInfo(path).fileName()));
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(path));
    updateCentral();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_volumeLoader->cancel();  // a read under way is of no use any more
    QMainWindow::closeEvent(event);
}

void MainWindow::updateCentral()
{
    const bool images = m_panes->count() > 0;
    m_tabs->setTabVisible(m_tabs->indexOf(m_panes), images);
    m_central->setCurrentWidget(images || m_comparison || m_volume ? static_cast<QWidget*>(m_tabs) : m_placeholder);
}

bool MainWindow::openFile(const QString& path, const QString& dataset)
{
    if (!showFile(path, dataset)) {
        emit openFailed(QFileInfo(path).absoluteFilePath(), dataset);
        return false;
    }
    emit sourceOpened(QFileInfo(path).absoluteFilePath(), dataset);
    return true;
}

ImagePane* MainWindow::showFile(const QString& path, const QString& dataset, ImagePane* pane)
{
    std::shared_ptr<io::StackSource> source;
    try {
        source = io::openStack(toPath(path), dataset.toStdString());
    } catch (const std::exception& e) {
        reportError(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)), QString::fromStdString(e.what()));
        return nullptr;
    }
    const QFileInfo info(path);
    QString title = info.fileName().isEmpty() ? info.absoluteFilePath() : info.fileName();
    if (!dataset.isEmpty()) title += QLatin1Char(':') + dataset;
    const QString description = QString::fromStdString(source->describe());
    const QString shape = QString::fromStdString(source->shape().str());
    const QString toolTip = description + QLatin1Char('\n') + QDir::toNativeSeparators(path);
    const bool newPane = !pane || pane->parentWidget() != m_panes;
    if (newPane)
        pane = createPane(title, toolTip);
    else
        pane->setTitle(title, toolTip);
    pane->view()->setSource(source);
    if (!pane->view()->lastError().isEmpty()) {
        // Headers were fine but the first frame is not: nothing to show.
        const QString error = pane->view()->lastError();
        if (newPane) closePane(pane);
        reportError(tr("Cannot read %1").arg(QDir::toNativeSeparators(path)), error);
        return nullptr;
    }
    appendLog(tr("Opened %1 (%2, %3)").arg(QDir::toNativeSeparators(path), description, shape));
    statusBar()->showMessage(tr("Opened %1").arg(title), 5000);
    pane->setSource(info.absoluteFilePath(), dataset);
    if (newPane) emit paneOpened(pane);
    return pane;
}

ImagePane* MainWindow::addStack(ImageStack stack, const QString& title)
{
    ImagePane* pane = createPane(title, title);
    pane->view()->setStack(std::move(stack));
    return pane;
}

ImagePane* MainWindow::createPane(const QString& title, const QString& toolTip)
{
    auto* pane = new ImagePane(title, toolTip, m_panes);
    m_panes->addWidget(pane);
    connect(pane, &ImagePane::closeRequested, this, &MainWindow::closePane);
    connect(pane->view(), &widgets::ImageView::errorOccurred, this,
            [this, title](const QString& message) { appendLog(tr("%1: %2").arg(title, message)); });
    // Equal widths for all panes.
    const int count = m_panes->count();
    m_panes->setSizes(QList<int>(count, std::max(1, m_panes->width() / std::max(1, count))));
    updateCentral();
    m_tabs->setCurrentWidget(m_panes);
    return pane;
}

void MainWindow::closePane(ImagePane* pane)
{
    if (!pane || pane->parentWidget() != m_panes) return;
    pane->hide();
    pane->setParent(nullptr);
    pane->deleteLater();
    updateCentral();
}

void MainWindow::closeAllPanes()
{
    for (ImagePane* pane : panes()) closePane(pane);
}

QList<ImagePane*> MainWindow::panes() const
{
    QList<ImagePane*> out;
    for (int i = 0; i < m_panes->count(); ++i)
        if (auto* pane = qobject_cast<ImagePane*>(m_panes->widget(i))) out.append(pane);
    return out;
}

QString MainWindow::runDemo(const QString& dir)
{
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    remote::Job job = remote::Job::xrs(QStringLiteral("demo"), tr("Demo data in %1").arg(QFileInfo(absolute).fileName()),
                                       {QStringLiteral("demo"), absolute});
    const QDir out(absolute);
    job.expectedOutputs = {out.filePath(QStringLiteral("report.json")), out.filePath(QStringLiteral("video/lr.tif")),
                           out.filePath(QStringLiteral("video/hr.tif")), out.filePath(QStringLiteral("video/bicubic.tif")),
                           out.filePath(QStringLiteral("video/ground_truth.tif")),
                           out.filePath(QStringLiteral("ct/recon.tif"))};
    m_demoDir = absolute;
    m_demoJob = m_runner.submit(std::move(job));
    return m_demoJob;
}

void MainWindow::onJobChanged(const QString&) { updateStatusProgress(); }

void MainWindow::onJobLog(const QString& id, const QString& line)
{
    const auto job = m_runner.job(id);
    appendLog(QStringLiteral("[%1] %2").arg(job ? job->title : id, line));
}

void MainWindow::onJobFinished(const QString& id)
{
    const auto job = m_runner.job(id);
    if (!job) return;
    const bool ok = job->state == remote::JobState::Completed;
    appendLog(tr("Job \u201c%1\u201d %2").arg(job->title, job->stateDisplayName()) +
              (job->error.isEmpty() ? QString() : QStringLiteral(": ") + job->error));
    statusBar()->showMessage(tr("%1: %2").arg(job->title, job->stateDisplayName()), 10000);
    updateStatusProgress();
    if (id != m_demoJob) return;

    m_demoJob.clear();
    bool opened = ok;
    if (ok) {
        const QDir demo(m_demoDir);
        // The CT volume opens on its middle slice: the top and bottom slices of the phantom are empty.
        if (openFile(demo.filePath(QStringLiteral("ct/recon.tif")))) {
            widgets::ImageView* ct = panes().last()->view();
            ct->setFrame(ct->frameCount() / 2);
            ct->autoWindowLevel();
            openVolume(demo.filePath(QStringLiteral("ct/recon.tif")));  // and in orthogonal slices
        } else {
            opened = false;
        }
        // The videos in the linked comparison layout, shown last so that it is the tab in front.
        opened = openComparison(m_demoDir) && opened;
    } else if (job->state != remote::JobState::Cancelled) {
        reportError(tr("The demo job failed"), job->error);
    }
    emit demoFinished(opened);
}

void MainWindow::updateStatusProgress()
{
    // A volume being read comes first: the user just asked for it.
    if (m_volumeLoader->isLoading()) {
        m_statusProgress->setValue(int(std::lround(m_volumeFraction * 1000.0)));
        m_statusProgress->setToolTip(m_volumeMessage);
        m_statusProgress->show();
        statusBar()->showMessage(m_volumeMessage);
        return;
    }
    // The status bar follows the first running job.
    for (const QString& id : m_runner.jobIds()) {
        const auto job = m_runner.job(id);
        if (job && job->state == remote::JobState::Running) {
            m_statusProgress->setValue(int(std::lround(job->progress * 1000.0)));
            m_statusProgress->setToolTip(job->title + QStringLiteral(": ") + job->message);
            m_statusProgress->show();
            if (!job->message.isEmpty()) statusBar()->showMessage(job->title + QStringLiteral(": ") + job->message);
            return;
        }
    }
    m_statusProgress->hide();
}

void MainWindow::reportError(const QString& what, const QString& detail)
{
    m_lastError = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    appendLog(tr("Error: %1").arg(m_lastError));
    statusBar()->showMessage(m_lastError, 10000);
    emit errorOccurred(m_lastError);
    if (m_dialogsEnabled) QMessageBox::critical(this, tr("X-ray Studio"), what + QStringLiteral("\n\n") + detail);
}

void MainWindow::appendLog(const QString& line)
{
    m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

QString MainWindow::logText() const { return m_log->toPlainText(); }

void MainWindow::renderPanes()
{
    for (ImagePane* pane : panes())
        if (pane->isVisible()) pane->view()->vtkWidget()->grabRendered();
    if (m_comparison && m_comparison->isVisible())
        for (widgets::ImageView* view : m_comparison->views()) view->vtkWidget()->grabRendered();
    if (m_volume && m_volume->isVisible())
        for (const auto plane : {widgets::OrthoSliceView::Plane::XY, widgets::OrthoSliceView::Plane::XZ,
                                 widgets::OrthoSliceView::Plane::YZ})
            m_volume->view(plane)->vtkWidget()->grabRendered();
}

}  // namespace xrs::app
