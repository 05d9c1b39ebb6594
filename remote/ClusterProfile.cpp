// remote/ClusterProfile: reading cluster profiles and the built-in local one.
#include "ClusterProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

#include "Job.h"
#include "RemoteHost.h"
#include "ShellQuote.h"

namespace xrs::remote {

ClusterResources ClusterResources::fromJson(const QJsonObject& j)
{
    ClusterResources r;
    r.partition = j.value("partition").toString();
    r.account = j.value("account").toString();
    r.nodes = j.value("nodes").toInt(1);
    r.gpusPerNode = j.value("gpusPerNode").toInt();
    r.cpusPerTask = j.value("cpusPerTask").toInt();
    r.memory = j.value("memory").toString();
    r.wallTime = j.value("wallTime").toString();
    return r;
}

ClusterProfile ClusterProfile::fromJson(const QJsonObject& j)
{
    ClusterProfile p;
    p.name = j.value("name").toString(p.name);
    // SSH profiles name the machine in host/user/port; "user@host:port" is what an SshHost is made from.
    const QString host = j.value("host").toString(QStringLiteral("local"));
    const QString user = j.value("user").toString();
    const int port = j.value("port").toInt(22);
    p.host = host == u"local" ? host
                              : (user.isEmpty() ? QString() : user + u'@') + host +
                                    (port == 22 ? QString() : QStringLiteral(":%1").arg(port));
    p.scheduler = j.value("scheduler").toString(p.scheduler).toLower();
    p.workDirectory = j.value("workDirectory").toString();
    for (const auto& e : j.value("environment").toArray()) p.environment << e.toString();
    p.engineCommand = j.value("engineCommand").toString(p.engineCommand);
    p.resources = ClusterResources::fromJson(j.value("resources").toObject());
    return p;
}

QString clusterProfilesFile(const QString& file)
{
    QString path = file;
    if (path.isEmpty()) path = qEnvironmentVariable("XRS_REMOTE_HOSTS");
    if (path.isEmpty())
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath("hosts.json");
    return path;
}

std::vector<ClusterProfile> loadClusterProfiles(const QString& file)
{
    const QString path = clusterProfilesFile(file);
    std::vector<ClusterProfile> profiles;
    if (QFile f(path); f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) throw RemoteError(path.toStdString() + ": " + f.errorString().toStdString());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            throw RemoteError(path.toStdString() + ": not valid JSON: " + error.errorString().toStdString());
        for (const auto& h : doc.object().value("profiles").toArray()) {
            ClusterProfile p = ClusterProfile::fromJson(h.toObject());
            if (p.scheduler != u"local") profiles.push_back(std::move(p));
        }
    }
    if (std::none_of(profiles.begin(), profiles.end(), [](const ClusterProfile& p) { return p.name == u"local"; })) {
        ClusterProfile local;
        local.engineCommand = shellQuote(xrsExecutable());
        local.workDirectory = QDir::home().filePath("xrs-jobs");
        profiles.insert(profiles.begin(), local);
    }
    return profiles;
}

}  // namespace xrs::remote
