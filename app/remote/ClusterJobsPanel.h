#pragma once
// app/remote/ClusterJobsPanel: the cluster jobs table (ClusterJobsModel) with cancel, fetch, log tail and open
// results. Owns a JobMonitor over the store that polls on its own thread; its signals refresh the table. Scheduler
// calls for the actions run on a worker thread. Fetched outputs are verified (each file there, stacks readable) and,
// with "Open results when fetched" on (preference cluster/openResultsWhenFetched, default on), handed to the window
// once per job: the store's opened flag makes that once across restarts and windows.
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <memory>

#include "remote/JobMonitor.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace xrs::app {

class ClusterJobsModel;

class ClusterJobsPanel : public QWidget {
    Q_OBJECT
public:
    // storePath empty: JobStore::defaultPath(). factory empty: hosts of the default profile list (GuiHosts).
    explicit ClusterJobsPanel(const QString& storePath = {}, remote::JobMonitor::SchedulerFactory factory = {},
                              QWidget* parent = nullptr);
    ~ClusterJobsPanel() override;

    ClusterJobsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    remote::JobMonitor& monitor() { return *m_monitor; }
    void selectJob(const QString& id);

    void cancelSelected();
    void fetchSelected();  // polls now (completed jobs' outputs come back)
    void showLogTail();    // of the selected job: logTailReady()
    void openResults();    // emits openResultsRequested() and jobResultsRequested() for the selected job
    QString statusText() const;

    // "Open results when fetched" (saved as a preference). Off: fetched jobs are marked opened without opening, so
    // turning it on later does not open old jobs all at once.
    bool autoOpen() const;
    void setAutoOpen(bool on);
    static constexpr const char* kAutoOpenKey = "cluster/openResultsWhenFetched";
    // Hands every fetched job whose results were never opened to jobResultsRequested() (once each; the panel calls it
    // when it starts and after each fetch).
    void openPendingResults();
    // Whether the store (empty: the default one) exists and holds jobs still to follow or results never opened.
    // Opens nothing when the file is not there.
    static bool hasPendingWork(const QString& storePath = {});

signals:
    void openResultsRequested(const QStringList& files);
    // A fetched job to show next to its inputs (app/remote/JobResults says how).
    void jobResultsRequested(const remote::StoredJob& job);
    void logTailReady(const QString& id, const QString& text);

private:
    QString selectedId() const;
    void runAction(const QString& what, std::function<QString()> action);
    void updateButtons();

    QString m_storePath;
    remote::JobMonitor::SchedulerFactory m_factory;
    std::unique_ptr<remote::JobMonitor> m_monitor;
    QFutureWatcher<QString> m_action;
    ClusterJobsModel* m_model = nullptr;  // Qt children
    QTableView* m_view = nullptr;
    QPushButton *m_cancel = nullptr, *m_fetch = nullptr, *m_log = nullptr, *m_open = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_autoOpen = nullptr;
};

}  // namespace xrs::app
