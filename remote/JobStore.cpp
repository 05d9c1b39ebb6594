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
    j.opened = q.value(6).toInt() != 0;
    const QJsonObject m = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    j.remoteDir = m.value("remoteDir").toString();
    j.localDir = m.value("localDir").toString();
    j.fetchFiles = toList(m.value("fetchFiles"));
    return j;
}

const char* kColumns = "job, host, scheduler, scheduler_ids, fetched, meta, opened";

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
    // Stores from before the opened flag: add it, counting every job fetched so far as opened (the person saw those
    // jobs finish already; they must not all open at the next start).
    const auto hasOpened = [&] {
        bool found = false;
        if (q.exec(QStringLiteral("PRAGMA table_info(jobs)")))
            while (q.next()) found = found || q.value(1).toString() == u"opened";
        return found;
    };
    if (!hasOpened()) {
        // Another connection may add it at the same moment: only a column still missing afterwards is an error.
        if (q.exec(QStringLiteral("ALTER TABLE jobs ADD COLUMN opened INTEGER NOT NULL DEFAULT 0")))
            q.exec(QStringLiteral("UPDATE jobs SET opened = fetched"));
        else if (!hasOpened())
            fail(QStringLiteral("cannot add the opened column"), q.lastError());
    }
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
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (id, job, host, scheduler, scheduler_ids, fetched, meta, created, updated, opened) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET job = excluded.job, "
        "host = excluded.host, scheduler = excluded.scheduler, "
        "scheduler_ids = excluded.scheduler_ids, fetched = MAX(fetched, excluded.fetched), "
        "meta = excluded.meta, updated = excluded.updated, opened = MAX(opened, excluded.opened)"));
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
    q.addBindValue(j.opened ? 1 : 0);
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

bool JobStore::commitOpened(const QString& id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // One statement: SQLite runs it atomically, so of two callers only one sees a changed row.
    q.prepare(QStringLiteral("UPDATE jobs SET opened = 1, updated = ? WHERE id = ? AND fetched = 1 AND opened = 0"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        throw RemoteError(QStringLiteral("job store %1: cannot mark %2 opened: %3")
                              .arg(m_path, id, q.lastError().text())
                              .toStdString());
    return q.numRowsAffected() == 1;
}

std::vector<StoredJob> JobStore::fetchedNotOpened() const
{
    std::vector<StoredJob> out;
    for (auto& j : all())
        if (j.fetched && !j.opened) out.push_back(std::move(j));
    return out;
}

}  // namespace xrs::remote
