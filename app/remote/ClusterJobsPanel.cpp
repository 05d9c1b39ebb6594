// app/remote/ClusterJobsPanel: cluster jobs table and its actions.
#include "ClusterJobsPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <thread>

#include "ClusterJobsModel.h"
#include "GuiHosts.h"
#include "JobResults.h"
#include "io/StackSource.h"

namespace xrs::app {

using namespace remote;

namespace {

// Every fetched file is there and not empty, and image stacks open (their headers read): a truncated or foreign file
// keeps the job unfetched, so the monitor downloads it again.
bool verifyFetched(const StoredJob& job, QString* why)
{
    for (const QString& f : job.fetchFiles) {
        const QString path = QDir(job.localDir).absoluteFilePath(f);
        const QFileInfo info(path);
        if (!info.isFile() || info.size() == 0) {
            *why = path + QStringLiteral(": missing or empty");
            return false;
        }
        static const QStringList kStacks{QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("h5"),
                                         QStringLiteral("hdf5"), QStringLiteral("hdf"),  QStringLiteral("nxs")};
        if (!kStacks.contains(info.suffix().toLower())) continue;
        try {
            io::openStack(std::filesystem::path(QFile::encodeName(path).toStdString()));
        } catch (const std::exception& e) {
            *why = QString::fromUtf8(e.what());
            return false;
        }
    }
    return true;
}

}  // namespace

ClusterJobsPanel::ClusterJobsPanel(const QString& storePath, JobMonitor::SchedulerFactory factory, QWidget* parent)
    : QWidget(parent),
      m_storePath(storePath.isEmpty() ? JobStore::defaultPath() : storePath),
      m_factory(factory ? std::move(factory) : guiSchedulerFactory({}, this))
{
    m_model = new ClusterJobsModel(m_storePath, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // One line per job: the short columns fit their contents, the title takes the rest.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClusterJobsModel::TitleColumn, QHeaderView::Stretch);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_fetch = new QPushButton(tr("Fetch"), this);
    m_log = new QPushButton(tr("Log Tail"), this);
    m_open = new QPushButton(tr("Open Results"), this);
    m_autoOpen = new QCheckBox(tr("Open results when fetched"), this);
    m_autoOpen->setObjectName(QStringLiteral("autoOpen"));
    m_autoOpen->setToolTip(tr("Show each completed job's outputs next to its inputs once they are here"));
    m_autoOpen->setChecked(QSettings().value(QLatin1String(kAutoOpenKey), true).toBool());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {m_cancel, m_fetch, m_log, m_open}) buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_autoOpen);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    // The monitor's signals come from its thread: queued into this one, where the store is reread.
    m_monitor = std::make_unique<JobMonitor>(m_storePath, m_factory);
    m_monitor->setVerifier(verifyFetched);
    connect(
        m_monitor.get(), &JobMonitor::jobUpdated, this, [this] { m_model->refresh(); }, Qt::QueuedConnection);
    connect(
        m_monitor.get(), &JobMonitor::jobFetched, this,
        [this] {
            m_model->refresh();
            openPendingResults();
        },
        Qt::QueuedConnection);
    connect(
        m_monitor.get(), &JobMonitor::queuePositionChanged, this,
        [this](const QString& id, int position) { m_model->setQueuePosition(id, position); }, Qt::QueuedConnection);
    connect(
        m_monitor.get(), &JobMonitor::problem, this,
        [this](const QString& id, const QString& message) {
            m_status->setText(id.left(8) + QStringLiteral(": ") + message);
        },
        Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClusterJobsPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClusterJobsPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &ClusterJobsPanel::cancelSelected);
    connect(m_fetch, &QPushButton::clicked, this, &ClusterJobsPanel::fetchSelected);
    connect(m_log, &QPushButton::clicked, this, &ClusterJobsPanel::showLogTail);
    connect(m_open, &QPushButton::clicked, this, &ClusterJobsPanel::openResults);
    connect(&m_action, &QFutureWatcher<QString>::finished, this, [this] {
        m_status->setText(m_action.result());
        m_model->refresh();
    });
    connect(m_autoOpen, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kAutoOpenKey), on); });
    updateButtons();
    // Jobs fetched while no window was open (the monitor stopped before opening them): once the owner has connected.
    QTimer::singleShot(0, this, &ClusterJobsPanel::openPendingResults);
}

bool ClusterJobsPanel::autoOpen() const
{
    return m_autoOpen->isChecked();
}

void ClusterJobsPanel::setAutoOpen(bool on)
{
    m_autoOpen->setChecked(on);
}

bool ClusterJobsPanel::hasPendingWork(const QString& storePath)
{
    const QString path = storePath.isEmpty() ? JobStore::defaultPath() : storePath;
    if (!QFileInfo::exists(path)) return false;
    try {
        JobStore store(path);
        return !store.active().empty() || !store.fetchedNotOpened().empty();
    } catch (const std::exception&) {
        return false;  // the panel reports an unreadable store when someone opens it
    }
}

void ClusterJobsPanel::openPendingResults()
{
    try {
        JobStore store(m_storePath);
        for (const StoredJob& job : store.fetchedNotOpened()) {
            // Whoever marks it first opens it: another window, or this one a moment ago, gets false.
            if (!store.commitOpened(job.job.id)) continue;
            if (!autoOpen()) continue;
            StoredJob opened = job;
            opened.opened = true;
            m_status->setText(tr("Opening the results of %1").arg(job.job.title));
            emit jobResultsRequested(opened);
        }
    } catch (const std::exception& e) {
        m_status->setText(QString::fromUtf8(e.what()));
    }
}

ClusterJobsPanel::~ClusterJobsPanel()
{
    // Workers and the monitor may wait on a login question posted here: drop those while waiting for them.
    waitDropping(this, [this] { return m_action.isRunning(); });
    std::atomic<bool> stopped = false;
    std::thread stopper([&] {
        m_monitor->stop();
        stopped = true;
    });
    waitDropping(this, [&] { return !stopped; });
    stopper.join();
}

void ClusterJobsPanel::selectJob(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) m_view->selectRow(row);
}

QString ClusterJobsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->data(rows.first(), ClusterJobsModel::kIdRole).toString();
}

QString ClusterJobsPanel::statusText() const
{
    return m_status->text();
}

void ClusterJobsPanel::runAction(const QString& what, std::function<QString()> action)
{
    if (m_action.isRunning()) return;
    m_status->setText(what);
    m_action.setFuture(QtConcurrent::run([action = std::move(action)]() -> QString {
        try {
            return action();
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
}

void ClusterJobsPanel::cancelSelected()
{
    const StoredJob* j = m_model->jobAt(m_model->rowOf(selectedId()));
    if (!j || j->job.isFinished()) return;
    const StoredJob job = *j;
    runAction(tr("Cancelling %1…").arg(job.job.title), [this, job] {
        auto scheduler = m_factory(job.host, job.scheduler);
        for (const QString& id : job.schedulerIds) scheduler->cancel(id);
        // The scheduler takes a moment to stop a running job (it shows RUNNING / COMPLETING meanwhile): poll until
        // the store says it ended, so the table does not wait for the monitor's next (backed-off) round.
        JobStore store(m_storePath);
        for (int i = 0; i < 40; ++i) {
            m_monitor->pollOnce(true);
            const auto now = store.get(job.job.id);
            if (!now || now->job.isFinished()) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
        return tr("Cancelled %1").arg(job.job.title);
    });
}

void ClusterJobsPanel::fetchSelected()
{
    runAction(tr("Polling the schedulers…"), [this] {
        const int left = m_monitor->pollOnce(true);
        return tr("%n job(s) still watched", nullptr, left);
    });
}

void ClusterJobsPanel::showLogTail()
{
    const StoredJob* j = m_model->jobAt(m_model->rowOf(selectedId()));
    if (!j || j->schedulerIds.isEmpty()) return;
    const StoredJob job = *j;
    runAction(tr("Reading the log of %1…").arg(job.job.title), [this, job] {
        auto scheduler = m_factory(job.host, job.scheduler);
        const QString text = scheduler->logTail(job.schedulerIds.first());
        QMetaObject::invokeMethod(this, [this, id = job.job.id, text] { emit logTailReady(id, text); });
        return tr("Log of %1 read").arg(job.job.title);
    });
}

void ClusterJobsPanel::openResults()
{
    const StoredJob* j = m_model->jobAt(m_model->rowOf(selectedId()));
    if (!j || !j->fetched) return;
    const StoredJob job = *j;
    emit openResultsRequested(fetchedFiles(job));
    emit jobResultsRequested(job);
}

void ClusterJobsPanel::updateButtons()
{
    // An empty table says how to fill it; the hint goes once there is a job (other messages stay).
    const QString hint = tr("No cluster jobs yet: submit one with Cluster \u2192 Submit\u2026");
    if (m_model->rowCount() == 0 && m_status->text().isEmpty())
        m_status->setText(hint);
    else if (m_model->rowCount() > 0 && m_status->text() == hint)
        m_status->clear();
    const StoredJob* j = m_model->jobAt(m_model->rowOf(selectedId()));
    m_cancel->setEnabled(j && !j->job.isFinished());
    m_log->setEnabled(j && !j->schedulerIds.isEmpty());
    m_open->setEnabled(j && j->fetched);
}

}  // namespace xrs::app
