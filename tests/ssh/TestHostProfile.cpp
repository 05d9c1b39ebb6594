// Tests for remote/ssh/HostProfile: JSON round trip, the atomically written list file, clear errors for bad files,
// and the import of Host aliases from an OpenSSH client config (wildcards, first value wins, Include, Match).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"
#include "remote/ssh/HostProfile.h"

using namespace xrs::remote;

class TestHostProfile : public QObject {
    Q_OBJECT

    static void writeFile(const QString& path, const QByteArray& text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    static HostProfile polaris()
    {
        HostProfile p;
        p.name = QStringLiteral("polaris");
        p.host = QStringLiteral("polaris.alcf.anl.gov");
        p.user = QStringLiteral("alice");
        p.jumpHost = QStringLiteral("bob@gateway.example:2200");
        p.identityFile = QStringLiteral("/home/alice/.ssh/id_ed25519");
        p.scheduler = SchedulerKind::Pbs;
        p.workDirectory = QStringLiteral("/lus/eagle/projects/xray/alice");
        p.environment = {QStringLiteral("module load conda"), QStringLiteral("export OMP_NUM_THREADS=8")};
        p.engineCommand = QStringLiteral("apptainer exec --nv /soft/xrs.sif xrs");
        p.resources.partition = QStringLiteral("debug");
        p.resources.account = QStringLiteral("XRayImaging");
        p.resources.nodes = 2;
        p.resources.gpusPerNode = 4;
        p.resources.cpusPerTask = 32;
        p.resources.memory = QStringLiteral("480G");
        p.resources.wallTime = QStringLiteral("01:00:00");
        return p;
    }

private slots:
    void schedulerNames()
    {
        for (SchedulerKind k : {SchedulerKind::Local, SchedulerKind::Slurm, SchedulerKind::Pbs})
            QCOMPARE(parseSchedulerKind(schedulerName(k)), std::optional<SchedulerKind>(k));
        QCOMPARE(parseSchedulerKind(QStringLiteral("SLURM")), std::optional<SchedulerKind>(SchedulerKind::Slurm));
        QVERIFY(!parseSchedulerKind(QStringLiteral("lsf")));
    }

    void jsonRoundTripAndListFile()
    {
        QTemporaryDir dir;
        const HostProfile a = polaris();
        HostProfile b;
        b.name = QStringLiteral("laptop");
        b.host = QStringLiteral("localhost");
        b.port = 2222;
        QCOMPARE(HostProfile::fromJson(a.toJson()), a);
        QCOMPARE(HostProfile::fromJson(b.toJson()), b);

        const QString file = dir.filePath(QStringLiteral("config/hosts.json"));  // folder created on save
        saveHostProfiles(file, {a, b});
        QCOMPARE(loadHostProfiles(file), (QList<HostProfile>{a, b}));
        // Saved atomically: nothing but the list file remains beside it.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("config"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("hosts.json")});
        saveHostProfiles(file, {b});
        QCOMPARE(loadHostProfiles(file), QList<HostProfile>{b});

        QCOMPARE(loadHostProfiles(dir.filePath(QStringLiteral("missing.json"))), QList<HostProfile>{});
        QCOMPARE(a.describe(), QStringLiteral("bob@gateway.example:2200 → alice@polaris.alcf.anl.gov"));
        QCOMPARE(b.describe(), QStringLiteral("localhost:2222"));
        // Absent fields keep their defaults.
        const HostProfile minimal = HostProfile::fromJson(QJsonObject{{"name", "m"}, {"host", "h"}});
        QCOMPARE(minimal.port, 22);
        QCOMPARE(minimal.scheduler, SchedulerKind::Local);
        QCOMPARE(minimal.engineCommand, QStringLiteral("xrs"));
        QCOMPARE(minimal.resources.nodes, 1);
    }

    void badFilesNameTheProblem()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hosts.json"));
        const auto expectError = [&](const QByteArray& text, const QString& needle) {
            writeFile(file, text);
            try {
                loadHostProfiles(file);
                QFAIL(qPrintable("no error for " + QString::fromUtf8(text)));
            } catch (const RemoteError& e) {
                const QString what = QString::fromUtf8(e.what());
                QVERIFY2(what.contains(file) && what.contains(needle), qPrintable(what));
            }
        };
        expectError("{\"profiles\": [", QStringLiteral("not valid JSON"));
        expectError("[1, 2]", QStringLiteral("not a host profile list"));
        expectError(R"({"profiles": [{"name": "x", "scheduler": "lsf"}]})", QStringLiteral("unknown scheduler 'lsf'"));
        expectError(R"({"profiles": [{"name": "x", "port": 70000}]})", QStringLiteral("port 70000"));
        expectError(R"({"profiles": [3]})", QStringLiteral("not a JSON object"));
    }

    void importsSshConfigAliases()
    {
        QTemporaryDir dir;
        const QString included = dir.filePath(QStringLiteral("more.conf"));
        writeFile(included, "Host extra\n  HostName extra.example.org\n");
        const QString config = dir.filePath(QStringLiteral("config"));
        writeFile(config, QStringLiteral(R"(# a comment
Host polaris polaris-alias
    HostName polaris.alcf.anl.gov
    User alice
    ProxyJump bob@gateway:2200
    IdentityFile ~/.ssh/id_polaris

Host *.cluster !bad.cluster
    User clusteruser
    Port 2022

Host node1.cluster bad.cluster
    Port 2200

Host quoted
    HostName = "q.example.org"
    Port=2223
    ProxyJump none

Match host polaris exec "false"
    User never

Host *
    User fallback
    IdentityFile /etc/ssh/default_key
    Port 22

Include %1
)")
                              .arg(included)
                              .toUtf8());
        const QList<HostProfile> profiles = importSshConfig(config);
        QStringList names;
        for (const HostProfile& p : profiles) names << p.name;
        QCOMPARE(names, (QStringList{"polaris", "polaris-alias", "node1.cluster", "bad.cluster", "quoted", "extra"}));

        const HostProfile& polaris = profiles[0];
        QCOMPARE(polaris.host, QStringLiteral("polaris.alcf.anl.gov"));
        QCOMPARE(polaris.user, QStringLiteral("alice"));  // first value wins over Host *
        QCOMPARE(polaris.jumpHost, QStringLiteral("bob@gateway:2200"));
        QCOMPARE(polaris.identityFile, QDir::homePath() + QStringLiteral("/.ssh/id_polaris"));
        QCOMPARE(polaris.port, 22);
        QCOMPARE(profiles[1].host, QStringLiteral("polaris.alcf.anl.gov"));

        const HostProfile& node1 = profiles[2];
        QCOMPARE(node1.host, QStringLiteral("node1.cluster"));
        QCOMPARE(node1.user, QStringLiteral("clusteruser"));  // from the wildcard section before it
        QCOMPARE(node1.port, 2022);                           // the earlier wildcard value wins
        QCOMPARE(node1.identityFile, QStringLiteral("/etc/ssh/default_key"));

        const HostProfile& bad = profiles[3];  // excluded from *.cluster by !bad.cluster
        QCOMPARE(bad.user, QStringLiteral("fallback"));
        QCOMPARE(bad.port, 2200);

        const HostProfile& quoted = profiles[4];
        QCOMPARE(quoted.host, QStringLiteral("q.example.org"));
        QCOMPARE(quoted.port, 2223);
        QVERIFY(quoted.jumpHost.isEmpty());
        QCOMPARE(quoted.user, QStringLiteral("fallback"));  // Match blocks are not applied

        QCOMPARE(profiles[5].host, QStringLiteral("extra.example.org"));
        QCOMPARE(importSshConfig(dir.filePath(QStringLiteral("nope"))), QList<HostProfile>{});
    }
};

QTEST_GUILESS_MAIN(TestHostProfile)
#include "TestHostProfile.moc"
