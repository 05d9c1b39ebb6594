#pragma once
// app/remote/ClusterJobsModel: a table over the JobStore's cluster jobs — title, state, elapsed time, queue position,
// host, scheduler id(s). refresh() rereads the store (the JobMonitor writes it from its thread; its signals say when).
#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "remote/JobStore.h"

namespace xrs::app {

class ClusterJobsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StateColumn, ElapsedColumn, QueueColumn, HostColumn, SchedulerIdColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole;

    explicit ClusterJobsModel(const QString& storePath, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();  // rereads the store
    // A queue position the monitor learnt (schedulers report it; the store does not keep it); 0: none.
    void setQueuePosition(const QString& id, int position);
    const remote::StoredJob* jobAt(int row) const;
    int rowOf(const QString& id) const;
    QString storePath() const { return m_storePath; }

private:
    QString m_storePath;
    std::vector<remote::StoredJob> m_jobs;
    QHash<QString, int> m_queue;
};

}  // namespace xrs::app
