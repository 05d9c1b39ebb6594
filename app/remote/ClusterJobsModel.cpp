// app/remote/ClusterJobsModel: table model over the job store.
#include "ClusterJobsModel.h"

#include <QDateTime>

namespace xrs::app {

namespace {
QString elapsedText(const remote::Job& job)
{
    if (!job.started.isValid()) return {};
    const QDateTime end = job.finished.isValid() ? job.finished : QDateTime::currentDateTimeUtc();
    const qint64 s = std::max<qint64>(0, job.started.secsTo(end));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

ClusterJobsModel::ClusterJobsModel(const QString& storePath, QObject* parent)
    : QAbstractTableModel(parent), m_storePath(storePath)
{
    refresh();
}

int ClusterJobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int ClusterJobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterJobsModel::data(const QModelIndex& index, int role) const
{
    const remote::StoredJob* j = jobAt(index.row());
    if (!j) return {};
    if (role == kIdRole) return j->job.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn) return j->job.error.isEmpty() ? j->job.backendState : j->job.error;
        return j->remoteDir;
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case TitleColumn:
            return j->job.title;
        case StateColumn:
            return j->fetched ? tr("%1 (fetched)").arg(j->job.stateDisplayName()) : j->job.stateDisplayName();
        case ElapsedColumn:
            return elapsedText(j->job);
        case QueueColumn: {
            const auto it = m_queue.constFind(j->job.id);
            return it != m_queue.constEnd() && j->job.state == remote::JobState::Queued ? QVariant(*it) : QVariant();
        }
        case HostColumn:
            return j->host;
        case SchedulerIdColumn:
            return j->schedulerIds.join(u',');
        default:
            return {};
    }
}

QVariant ClusterJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TitleColumn:
            return tr("Job");
        case StateColumn:
            return tr("State");
        case ElapsedColumn:
            return tr("Elapsed");
        case QueueColumn:
            return tr("Queue");
        case HostColumn:
            return tr("Host");
        case SchedulerIdColumn:
            return tr("Scheduler ID");
        default:
            return {};
    }
}

void ClusterJobsModel::refresh()
{
    std::vector<remote::StoredJob> jobs;
    try {
        remote::JobStore store(m_storePath);
        jobs = store.all();
    } catch (const std::exception&) {
        // An unreadable store shows as empty; the monitor reports the problem itself.
    }
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}

void ClusterJobsModel::setQueuePosition(const QString& id, int position)
{
    if (position > 0)
        m_queue.insert(id, position);
    else
        m_queue.remove(id);
    if (const int row = rowOf(id); row >= 0) emit dataChanged(index(row, QueueColumn), index(row, QueueColumn));
}

const remote::StoredJob* ClusterJobsModel::jobAt(int row) const
{
    return row >= 0 && row < int(m_jobs.size()) ? &m_jobs[size_t(row)] : nullptr;
}

int ClusterJobsModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_jobs.size(); ++i)
        if (m_jobs[i].job.id == id) return int(i);
    return -1;
}

}  // namespace xrs::app
