// remote/ssh/HostProfile: profile JSON, the profile list file and the ~/.ssh/config import.
#include "HostProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

#include "core/Error.h"
#include "io/AtomicFile.h"
#include "remote/RemoteHost.h"

namespace xrs::remote {

QString schedulerName(SchedulerKind kind)
{
    switch (kind) {
        case SchedulerKind::Local:
            return QStringLiteral("local");
        case SchedulerKind::Slurm:
            return QStringLiteral("slurm");
        case SchedulerKind::Pbs:
            return QStringLiteral("pbs");
    }
    return QStringLiteral("local");
}

std::optional<SchedulerKind> parseSchedulerKind(const QString& name)
{
    for (SchedulerKind k : {SchedulerKind::Local, SchedulerKind::Slurm, SchedulerKind::Pbs})
        if (name.compare(schedulerName(k), Qt::CaseInsensitive) == 0) return k;
    return std::nullopt;
}

QJsonObject JobResources::toJson() const
{
    return QJsonObject{{"partition", partition},     {"account", account},         {"nodes", nodes},
                       {"gpusPerNode", gpusPerNode}, {"cpusPerTask", cpusPerTask}, {"memory", memory},
                       {"wallTime", wallTime}};
}

JobResources JobResources::fromJson(const QJsonObject& json)
{
    JobResources r;
    r.partition = json.value("partition").toString();
    r.account = json.value("account").toString();
    r.nodes = json.value("nodes").toInt(r.nodes);
    r.gpusPerNode = json.value("gpusPerNode").toInt(r.gpusPerNode);
    r.cpusPerTask = json.value("cpusPerTask").toInt(r.cpusPerTask);
    r.memory = json.value("memory").toString();
    r.wallTime = json.value("wallTime").toString();
    return r;
}

QString HostProfile::describe() const
{
    QString s = user.isEmpty() ? host : user + u'@' + host;
    if (port != 22) s += u':' + QString::number(port);
    if (!jumpHost.isEmpty()) s = jumpHost + QStringLiteral(" → ") + s;
    return s;
}

QJsonObject HostProfile::toJson() const
{
    return QJsonObject{{"name", name},
                       {"host", host},
                       {"port", port},
                       {"user", user},
                       {"jumpHost", jumpHost},
                       {"identityFile", identityFile},
                       {"knownHostsFile", knownHostsFile},
                       {"scheduler", schedulerName(scheduler)},
                       {"workDirectory", workDirectory},
                       {"environment", QJsonArray::fromStringList(environment)},
                       {"engineCommand", engineCommand},
                       {"resources", resources.toJson()}};
}

HostProfile HostProfile::fromJson(const QJsonObject& json)
{
    HostProfile p;
    p.name = json.value("name").toString();
    p.host = json.value("host").toString();
    p.port = json.value("port").toInt(p.port);
    if (p.port <= 0 || p.port > 65535)
        throw RemoteError("host profile '" + p.name.toStdString() + "': port " + std::to_string(p.port) +
                          " is not between 1 and 65535");
    p.user = json.value("user").toString();
    p.jumpHost = json.value("jumpHost").toString();
    p.identityFile = json.value("identityFile").toString();
    p.knownHostsFile = json.value("knownHostsFile").toString();
    if (json.contains("scheduler")) {
        const QString s = json.value("scheduler").toString();
        const auto kind = parseSchedulerKind(s);
        if (!kind)
            throw RemoteError("host profile '" + p.name.toStdString() + "': unknown scheduler '" + s.toStdString() +
                              "' (local, slurm or pbs)");
        p.scheduler = *kind;
    }
    p.workDirectory = json.value("workDirectory").toString();
    for (const QJsonValue& v : json.value("environment").toArray()) p.environment << v.toString();
    p.engineCommand = json.value("engineCommand").toString(p.engineCommand);
    p.resources = JobResources::fromJson(json.value("resources").toObject());
    return p;
}

QList<HostProfile> loadHostProfiles(const QString& file)
{
    QFile f(file);
    if (!f.exists()) return {};
    if (!f.open(QIODevice::ReadOnly))
        throw RemoteError(file.toStdString() + ": cannot read the host profiles: " + f.errorString().toStdString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        throw RemoteError(file.toStdString() + ": not valid JSON at offset " + std::to_string(err.offset) + ": " +
                          err.errorString().toStdString());
    if (!doc.isObject() || !doc.object().value("profiles").isArray())
        throw RemoteError(file.toStdString() + ": not a host profile list (expected {\"profiles\": [...]})");
    QList<HostProfile> profiles;
    for (const QJsonValue& v : doc.object().value("profiles").toArray()) {
        if (!v.isObject()) throw RemoteError(file.toStdString() + ": a profile is not a JSON object");
        try {
            profiles << HostProfile::fromJson(v.toObject());
        } catch (const RemoteError& e) {
            throw RemoteError(file.toStdString() + ": " + e.what());
        }
    }
    return profiles;
}

void saveHostProfiles(const QString& file, const QList<HostProfile>& profiles)
{
    QJsonArray list;
    for (const HostProfile& p : profiles) list.append(p.toJson());
    const QByteArray json = QJsonDocument(QJsonObject{{"version", 1}, {"profiles", list}}).toJson();
    QDir().mkpath(QFileInfo(file).absolutePath());
    try {
        io::writeTextAtomically(file.toStdString(), std::string_view(json.constData(), size_t(json.size())));
    } catch (const xrs::Error& e) {
        throw RemoteError(file.toStdString() + ": cannot save the host profiles: " + e.what());
    }
}

// ---- ~/.ssh/config import --------------------------------------------------------------------------------------

QString defaultSshConfigFile()
{
    return QDir::home().filePath(QStringLiteral(".ssh/config"));
}

namespace {

struct ConfigSection {
    QStringList patterns;                  // of its Host line; empty for settings before any Host line (apply to all)
    bool isMatch = false;                  // a Match block: conditions we do not evaluate, so never applied
    QList<QPair<QString, QString>> items;  // lower-case keyword, value
};

QString expandHome(QString path)
{
    if (path == u'~' || path.startsWith(QStringLiteral("~/"))) path = QDir::homePath() + path.mid(1);
    return path;
}

// "Keyword value", "Keyword=value", "Keyword = value"; values may be double-quoted.
bool splitConfigLine(const QString& raw, QString* keyword, QString* value)
{
    const QString line = raw.trimmed();
    if (line.isEmpty() || line.startsWith(u'#')) return false;
    static const QRegularExpression re(QStringLiteral(R"(^([A-Za-z]+)\s*(?:=\s*|\s+)(.*)$)"));
    const auto m = re.match(line);
    if (!m.hasMatch()) return false;
    *keyword = m.captured(1).toLower();
    *value = m.captured(2).trimmed();
    if (value->size() >= 2 && value->startsWith(u'"') && value->endsWith(u'"'))
        *value = value->mid(1, value->size() - 2);
    return true;
}

void readConfigFile(const QString& file, QList<ConfigSection>& sections, int depth)
{
    QFile f(file);
    if (depth > 8 || !f.open(QIODevice::ReadOnly | QIODevice::Text)) return;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString& raw : lines) {
        QString key, value;
        if (!splitConfigLine(raw, &key, &value)) continue;
        if (key == u"host") {
            ConfigSection s;
            s.patterns = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            sections << s;
        } else if (key == u"match") {
            ConfigSection s;
            s.isMatch = true;
            sections << s;
        } else if (key == u"include") {
            // Relative includes are relative to ~/.ssh; globs are expanded.
            for (const QString& pattern : value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                QString path = expandHome(pattern);
                if (QFileInfo(path).isRelative()) path = QDir::home().filePath(QStringLiteral(".ssh/") + path);
                const QFileInfo fi(path);
                const QStringList matches = QDir(fi.absolutePath()).entryList({fi.fileName()}, QDir::Files, QDir::Name);
                for (const QString& m : matches) readConfigFile(fi.absoluteDir().filePath(m), sections, depth + 1);
            }
        } else {
            if (sections.isEmpty()) sections << ConfigSection{};
            sections.last().items << qMakePair(key, value);
        }
    }
}

bool isWildcard(const QString& pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?') || pattern.startsWith(u'!');
}

bool sectionMatches(const ConfigSection& s, const QString& alias)
{
    if (s.isMatch) return false;
    if (s.patterns.isEmpty()) return true;
    bool matched = false;
    for (const QString& p : s.patterns) {
        const bool negated = p.startsWith(u'!');
        const QString glob = negated ? p.mid(1) : p;
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(glob),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(alias).hasMatch()) {
            if (negated) return false;
            matched = true;
        }
    }
    return matched;
}

}  // namespace

QList<HostProfile> importSshConfig(const QString& configFile)
{
    QList<ConfigSection> sections;
    readConfigFile(configFile, sections, 0);

    QStringList aliases;
    for (const ConfigSection& s : sections)
        for (const QString& p : s.patterns)
            if (!isWildcard(p) && !aliases.contains(p)) aliases << p;

    QList<HostProfile> profiles;
    for (const QString& alias : aliases) {
        // ssh semantics: for each keyword the first value found in file order wins.
        QSet<QString> seen;
        HostProfile p;
        p.name = alias;
        p.host = alias;
        for (const ConfigSection& s : sections) {
            if (!sectionMatches(s, alias)) continue;
            for (const auto& [key, value] : s.items) {
                if (seen.contains(key)) continue;
                if (key == u"hostname") {
                    p.host = QString(value).replace(QStringLiteral("%h"), alias);
                } else if (key == u"port") {
                    bool ok = false;
                    const int port = value.toInt(&ok);
                    if (ok && port > 0 && port <= 65535) p.port = port;
                } else if (key == u"user") {
                    p.user = value;
                } else if (key == u"proxyjump") {
                    p.jumpHost = value.compare(u"none", Qt::CaseInsensitive) == 0 ? QString() : value;
                } else if (key == u"identityfile") {
                    p.identityFile = expandHome(value);
                } else {
                    continue;
                }
                seen.insert(key);
            }
        }
        profiles << p;
    }
    return profiles;
}

}  // namespace xrs::remote
