// Tests for remote/ssh/Sftp and SshHost transfers against a real sshd on loopback: 32 MiB round trip with equal
// SHA-256, cancel half-way (".part" left, final name absent) and resume to an identical file in both directions, a
// corrupted ".part" detected and redone, folder trees, overwriting, clear errors, and hostile file names (spaces,
// quotes, $, ;, backticks, newlines) through SFTP paths and through run() + shellQuote without running anything.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "SshTestSupport.h"
#include "TestSupport.h"
#include "remote/ShellQuote.h"
#include "remote/ssh/SshHost.h"

using namespace xrs::remote;
using xrs::test::sha256sumTool;
using xrs::test::SshdFixture;

class TestSftp : public QObject {
    Q_OBJECT

    SshdFixture m_fx;
    std::unique_ptr<SshHost> m_host;
    QTemporaryDir m_local;

    static QString randomFile(const QString& path, qint64 size)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
        QRandomGenerator rng{quint32(size)};
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 done = 0; done < size;) {
            rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            const qint64 n = std::min<qint64>(block.size(), size - done);
            f.write(block.constData(), n);
            done += n;
        }
        return path;
    }
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_fx = SshdFixture::load();
        if (!m_fx.skipReason.isEmpty()) return;
        HostProfile p;
        p.host = QStringLiteral("127.0.0.1");
        p.port = m_fx.port;
        p.user = QStringLiteral("xrsssh");
        m_host = std::make_unique<SshHost>(p, SshCallbacks{}, [&](SshOptions& o) {
            o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
        });
        m_host->connect();
    }

    void roundTrip32MiB()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const qint64 size = 32 * 1024 * 1024 + 12345;  // not a multiple of any chunk
        const QString src = randomFile(m_local.filePath(QStringLiteral("big.bin")), size);
        const QString remote = m_fx.newRemoteDir() + QStringLiteral("/big.bin");
        qint64 lastDone = -1, lastTotal = 0;
        int reports = 0;
        QElapsedTimer t;
        t.start();
        m_host->upload(src, remote, [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
            ++reports;
        });
        const double upMs = double(t.elapsed());
        QCOMPARE(lastDone, size);
        QCOMPARE(lastTotal, size);
        QVERIFY(reports > 10);
        QVERIFY(!QFile::exists(remote + QStringLiteral(".part")));
        QCOMPARE(sha256sumTool(remote), sha256sumTool(src));

        const QString back = m_local.filePath(QStringLiteral("sub/back.bin"));  // folder created on the way
        t.restart();
        m_host->download(remote, back);
        const double downMs = double(t.elapsed());
        QVERIFY(!QFile::exists(back + QStringLiteral(".part")));
        QCOMPARE(sha256sumTool(back), sha256sumTool(src));
        QCOMPARE(localSha256(back), sha256sumTool(src));
        const double mib = double(size) / (1024.0 * 1024.0);
        qInfo("32 MiB with SHA-256 checks: upload %.0f MiB/s, download %.0f MiB/s", mib / upMs * 1000,
              mib / downMs * 1000);
    }

    void cancelledUploadResumes()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const qint64 size = 24 * 1024 * 1024;
        const QString src = randomFile(m_local.filePath(QStringLiteral("resume-up.bin")), size);
        const QString remote = m_fx.newRemoteDir() + QStringLiteral("/resume up.bin");
        std::stop_source stop;
        try {
            m_host->upload(
                src, remote,
                [&](qint64 done, qint64 total) {
                    if (done >= total / 2) stop.request_stop();
                },
                stop.get_token());
            QFAIL("the upload was not cancelled");
        } catch (const RemoteCancelled& e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("cancelled"));
        }
        QVERIFY(!QFile::exists(remote));
        const qint64 partial = QFileInfo(remote + QStringLiteral(".part")).size();
        QVERIFY2(partial >= size / 2 && partial < size, qPrintable(QString::number(partial)));

        qint64 first = -1;
        m_host->upload(src, remote, [&](qint64 done, qint64) {
            if (first < 0) first = done;
        });
        QCOMPARE(first, partial);  // went on from where it stopped
        QVERIFY(!QFile::exists(remote + QStringLiteral(".part")));
        QCOMPARE(sha256sumTool(remote), sha256sumTool(src));
    }

    void cancelledDownloadResumes()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const qint64 size = 24 * 1024 * 1024 + 777;
        const QString remote = randomFile(m_fx.newRemoteDir() + QStringLiteral("/resume-down.bin"), size);
        const QString local = m_local.filePath(QStringLiteral("resume down.bin"));
        std::stop_source stop;
        QVERIFY_THROWS_EXCEPTION(RemoteCancelled, m_host->download(
                                                      remote, local,
                                                      [&](qint64 done, qint64 total) {
                                                          if (done >= total / 2) stop.request_stop();
                                                      },
                                                      stop.get_token()));
        QVERIFY(!QFile::exists(local));
        const qint64 partial = QFileInfo(local + QStringLiteral(".part")).size();
        QVERIFY2(partial >= size / 2 && partial < size, qPrintable(QString::number(partial)));

        qint64 first = -1;
        m_host->download(remote, local, [&](qint64 done, qint64) {
            if (first < 0) first = done;
        });
        QCOMPARE(first, partial);
        QVERIFY(!QFile::exists(local + QStringLiteral(".part")));
        QCOMPARE(sha256sumTool(local), sha256sumTool(remote));
    }

    void corruptedPartIsRedone()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const qint64 size = 3 * 1024 * 1024;
        const QString src = randomFile(m_local.filePath(QStringLiteral("corrupt.bin")), size);
        const QString remote = m_fx.newRemoteDir() + QStringLiteral("/corrupt.bin");
        // A stale .part from some other file: same length prefix, other bytes.
        {
            QFile part(remote + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(QByteArray(size / 3, 'x'));
            part.close();
            part.setPermissions(QFileDevice::Permissions(0x6666));
        }
        m_host->upload(src, remote);
        QCOMPARE(sha256sumTool(remote), sha256sumTool(src));

        const QString local = m_local.filePath(QStringLiteral("corrupt-back.bin"));
        {
            QFile part(local + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(QByteArray(size / 2, 'y'));
        }
        m_host->download(remote, local);
        QCOMPARE(sha256sumTool(local), sha256sumTool(src));
    }

    void overwriteAndErrors()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const QString dir = m_fx.newRemoteDir();
        const QString local = m_local.filePath(QStringLiteral("small.txt"));
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("first version, longer than the second\n");
        }
        m_host->upload(local, dir + QStringLiteral("/small.txt"));
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("second\n");
        }
        m_host->upload(local, dir + QStringLiteral("/small.txt"));  // replaces the existing file
        QCOMPARE(readAll(dir + QStringLiteral("/small.txt")), QByteArray("second\n"));
        m_host->upload(local, dir + QStringLiteral("/new/sub folder/small.txt"));  // folders created on the way
        QCOMPARE(readAll(dir + QStringLiteral("/new/sub folder/small.txt")), QByteArray("second\n"));

        // Empty files travel too.
        const QString empty = m_local.filePath(QStringLiteral("empty"));
        QFile(empty).open(QIODevice::WriteOnly);
        m_host->upload(empty, dir + QStringLiteral("/empty"));
        QVERIFY(QFile::exists(dir + QStringLiteral("/empty")));
        m_host->download(dir + QStringLiteral("/empty"), m_local.filePath(QStringLiteral("empty-back")));
        QCOMPARE(QFileInfo(m_local.filePath(QStringLiteral("empty-back"))).size(), 0);

        try {
            m_host->download(dir + QStringLiteral("/missing.bin"), m_local.filePath(QStringLiteral("x")));
            QFAIL("downloaded a missing file");
        } catch (const RemoteError& e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.contains(QStringLiteral("missing.bin")) && what.contains(QStringLiteral("no such file")),
                     e.what());
        }
        try {
            m_host->upload(local, QStringLiteral("/root/not-allowed.txt"));
            QFAIL("uploaded into a folder the user may not write");
        } catch (const RemoteError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not-allowed.txt")), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(RemoteError, m_host->upload(m_local.filePath(QStringLiteral("nope")), dir + "/n"));
    }

    void hostileFileNames()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const QString dir = m_fx.newRemoteDir();
        const QStringList names = {
            QStringLiteral("with space.txt"),
            QStringLiteral("quote's \"double\".txt"),
            QStringLiteral("$(touch pwned1) ${HOME} $HOME.txt"),
            QStringLiteral("semi; touch pwned2; echo.txt"),
            QStringLiteral("back`touch pwned3`tick.txt"),
            QStringLiteral("new\nline; touch pwned4\n.txt"),
            QStringLiteral("-dash && touch pwned5 || touch pwned6 | tee pwned7 > pwned8"),
            QStringLiteral("glob * ? [a] ~ \\ !.txt"),
        };
        int i = 0;
        for (const QString& name : names) {
            const QString local = m_local.filePath(QStringLiteral("hostile-%1").arg(i));
            const QByteArray content = "content " + QByteArray::number(i++) + '\n';
            {
                QFile f(local);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(content);
            }
            // SFTP path (upload verifies with sha256sum through the shell, quoted).
            const QString remote = dir + u'/' + name;
            m_host->upload(local, remote);
            QVERIFY2(QFile::exists(remote), qPrintable(name));  // arrived with its exact name
            QCOMPARE(readAll(remote), content);
            // The same name through run() + shellQuote: cat and cp in the shell.
            const CommandResult cat =
                m_host->run(QStringLiteral("cd ") + shellQuote(dir) + QStringLiteral(" && cat -- ") + shellQuote(name));
            QCOMPARE(cat.exitStatus, 0);
            QCOMPARE(cat.out, content);
            const CommandResult cp = m_host->run(
                shellJoin({QStringLiteral("cp"), QStringLiteral("--"), remote, remote + QStringLiteral(" copy")}));
            QVERIFY2(cp.ok(), cp.err.constData());
            QCOMPARE(readAll(remote + QStringLiteral(" copy")), content);
            // And back with its name.
            const QString back = m_local.filePath(QStringLiteral("back-") + name);
            m_host->download(remote + QStringLiteral(" copy"), back);
            QCOMPARE(readAll(back), content);
        }
        // Nothing in any payload ran: no marker in the folder, the home folder or the server's working folder.
        const CommandResult home = m_host->run(QStringLiteral("pwd"));
        const QString homeDir = QString::fromUtf8(home.out).trimmed();
        for (int m = 1; m <= 8; ++m) {
            const QString marker = QStringLiteral("pwned%1").arg(m);
            QVERIFY2(!QFile::exists(dir + u'/' + marker), qPrintable(marker));
            QVERIFY2(!QFile::exists(homeDir + u'/' + marker), qPrintable(homeDir + u'/' + marker));
        }
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2 * names.size());
    }

    void folderTrees()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QTemporaryDir src;
        const QDir root(src.path());
        root.mkpath(QStringLiteral("a/b/c"));
        root.mkpath(QStringLiteral("empty dir"));
        root.mkpath(QStringLiteral("with space"));
        QStringList files = {"top.bin", "a/one.bin", "a/b/two.bin", "a/b/c/three.bin", "with space/f 4.bin", ".hidden"};
        qint64 total = 0;
        for (int i = 0; i < files.size(); ++i) {
            randomFile(root.filePath(files[i]), 1000 + i * 300000);
            total += 1000 + i * 300000;
        }
        const QString remote = m_fx.newRemoteDir() + QStringLiteral("/tree/deeper");  // created on the way
        qint64 last = 0;
        m_host->uploadDirectory(src.path(), remote, [&](qint64 done, qint64 all) {
            QVERIFY(done >= last);
            QCOMPARE(all, total);
            last = done;
        });
        QCOMPARE(last, total);
        for (const QString& f : files) QCOMPARE(sha256sumTool(remote + u'/' + f), sha256sumTool(root.filePath(f)));
        QVERIFY(QFileInfo(remote + QStringLiteral("/empty dir")).isDir());

        QTemporaryDir dst;
        const QString back = dst.filePath(QStringLiteral("back"));
        m_host->downloadDirectory(remote, back);
        for (const QString& f : files) QCOMPARE(readAll(back + u'/' + f), readAll(root.filePath(f)));
        QVERIFY(QFileInfo(back + QStringLiteral("/empty dir")).isDir());
        int count = 0;
        for (QDirIterator it(back, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++count;
        QCOMPARE(count, files.size());
    }

    void transferAfterTheConnectionDropped()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const QString src = randomFile(m_local.filePath(QStringLiteral("after-drop.bin")), 2 * 1024 * 1024);
        const QString dir = m_fx.newRemoteDir();
        m_host->upload(src, dir + QStringLiteral("/one.bin"));  // SFTP open on the first connection
        const int before = m_host->connectCount();
        QVERIFY_THROWS_EXCEPTION(RemoteError, m_host->run(QStringLiteral("kill -9 $PPID")));
        // A new connection and a new SFTP subsystem on it; nothing of the dead one is touched.
        m_host->upload(src, dir + QStringLiteral("/two.bin"));
        QCOMPARE(m_host->connectCount(), before + 1);
        QCOMPARE(sha256sumTool(dir + QStringLiteral("/two.bin")), sha256sumTool(src));
        m_host->download(dir + QStringLiteral("/two.bin"), m_local.filePath(QStringLiteral("after-drop-back.bin")));
        QCOMPARE(sha256sumTool(m_local.filePath(QStringLiteral("after-drop-back.bin"))), sha256sumTool(src));
    }
};

QTEST_GUILESS_MAIN(TestSftp)
#include "TestSftp.moc"
