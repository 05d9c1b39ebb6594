// remote/JobStore: the SQLite table of remote jobs.
#include "JobStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include "RemoteHost.h"

namespace xrs::remote {

namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const auto& s : list) a.append(s);
    return a;
}
QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const auto& e : v.toArray()) out << e.toString();
    return out;
}

QString meta(const StoredJob& j)
{
    const QJsonObject o{{"remoteDir", j.remoteDir}, {"localDir", j.localDir}, {"fetchFiles", toArray(j.fetchFiles)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StoredJob fromRow(const QSqlQuery& q)
{
    StoredJob j;
    j.job = Job::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    j.host = q.value(1).toString();
    j.scheduler = q.value(2).toString();
    j.schedulerIds = toList(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array());
    j.fetched = q.value(4).toInt() != 0;
    const QJsonObject m = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    j.remoteDir = m.value("remoteDir").toString();
    j.localDir = m.value("localDir").toString();
    j.fetchFiles = toList(m.value("fetchFiles"));
    return j;
}

const char* kColumns = "job, host, scheduler, scheduler_ids, fetched, meta";

}  // namespace

QString JobStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath("jobs.sqlite");
}

JobStore::JobStore(const QString& path)
    : m_path(path.isEmpty() ? defaultPath() : path),
      m_connection(QStringLiteral("xrs-jobstore-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Other processes (a second monitor, the CLI) may hold the lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    const auto fail = [&](const QString& what, const QSqlError& e) {
        throw RemoteError(QStringLiteral("job store %1: %2: %3").arg(m_path, what, e.text()).toStdString());
    };
    if (!db.open()) fail(QStringLiteral("cannot open"), db.lastError());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, job TEXT NOT NULL, "
                               "host TEXT NOT NULL, scheduler TEXT NOT NULL, scheduler_ids TEXT NOT NULL, "
                               "fetched INTEGER NOT NULL DEFAULT 0, meta TEXT NOT NULL, "
                               "created TEXT NOT NULL, updated TEXT NOT NULL)")))
        fail(QStringLiteral("cannot create the table"), q.lastError());
}

JobStore::~JobStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void JobStore::put(const StoredJob& j)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO jobs (id, job, host, scheduler, scheduler_ids, fetched, meta, created, updated) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET job = excluded.job, "
                       "host = excluded.host, scheduler = excluded.scheduler, "
                       "scheduler_ids = excluded.scheduler_ids, fetched = MAX(fetched, excluded.fetched), "
                       "meta = excluded.meta, updated = excluded.updated"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.addBindValue(j.job.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(j.job.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(j.host);
    q.addBindValue(j.scheduler);
    q.addBindValue(QString::fromUtf8(QJsonDocument(toArray(j.schedulerIds)).toJson(QJsonDocument::Compact)));
    q.addBindValue(j.fetched ? 1 : 0);
    q.addBindValue(meta(j));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        throw RemoteError(QStringLiteral("job store %1: cannot save job %2: %3")
                              .arg(m_path, j.job.id, q.lastError().text())
                              .toStdString());
}

std::optional<StoredJob> JobStore::get(const QString& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) return std::nullopt;
    return fromRow(q);
}

std::vector<StoredJob> JobStore::all() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    std::vector<StoredJob> out;
    if (!q.exec(QStringLiteral("SELECT %1 FROM jobs ORDER BY created, rowid").arg(QLatin1String(kColumns))))
        throw RemoteError(QStringLiteral("job store %1: %2").arg(m_path, q.lastError().text()).toStdString());
    while (q.next()) out.push_back(fromRow(q));
    return out;
}

std::vector<StoredJob> JobStore::active() const
{
    std::vector<StoredJob> out;
    for (auto& j : all())
        if (j.needsMonitoring()) out.push_back(std::move(j));
    return out;
}

void JobStore::remove(const QString& id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
}

bool JobStore::commitFetched(const StoredJob& j)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        throw RemoteError(QStringLiteral("job store %1: %2").arg(m_path, db.lastError().text()).toStdString());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE jobs SET job = ?, fetched = 1, updated = ? WHERE id = ? AND fetched = 0"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(j.job.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(j.job.id);
    const bool ok = q.exec();
    const bool marked = ok && q.numRowsAffected() == 1;
    if (!ok || !db.commit()) {
        db.rollback();
        throw RemoteError(QStringLiteral("job store %1: cannot mark %2 fetched: %3")
                              .arg(m_path, j.job.id, q.lastError().text())
                              .toStdString());
    }
    return marked;
}

}  // namespace xrs::remote
