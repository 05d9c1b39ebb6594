// The folder watcher with real writers: a Python process writes a TIFF slowly (header first, strips over ~2 s) —
// the file must never be reported (nor opened in the live pane) before its last byte is written, and must be reported
// within ~1.5 s after; a file written as x.part and renamed into place appears; temporary and hidden names never do.
// Through the main window: Watch Folder lists files in the browser and "Follow newest" shows them in the live pane
// with the values tifffile wrote.
#include <QApplication>
#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/browser/BrowserDock.h"
#include "io/StackSource.h"
#include "widgets/DataBrowser.h"
#include "widgets/FolderWatcher.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using widgets::FolderWatcher;

namespace {

// Writes a 64×80 uint16 TIFF (value = (row*80 + col + seed) % 65536, 8 rows per strip) to argv[1] in ten pieces over
// ~2 s: the first piece holds the header and the page's IFD, whose strips point past what is written so far.
// Prints the time (epoch seconds) after the last byte.
constexpr auto kSlowWriter = R"(
import sys, io, time, numpy as np, tifffile
path, seed = sys.argv[1], int(sys.argv[2])
img = ((np.arange(64 * 80).reshape(64, 80) + seed) % 65536).astype(np.uint16)
buf = io.BytesIO()
tifffile.imwrite(buf, img, rowsperstrip=8)
data = buf.getvalue()
with open(path, 'wb', buffering=0) as f:
    n = 10
    step = (len(data) + n - 1) // n
    for i in range(n):
        f.write(data[i * step:(i + 1) * step])
        if i < n - 1:
            time.sleep(0.2)
print('%.6f' % time.time(), flush=True)
)";

constexpr auto kRenameWriter = R"(
import sys, os, numpy as np, tifffile
d = sys.argv[1]
tifffile.imwrite(d + '/x.part', np.full((8, 8), 7, np.uint16))
tifffile.imwrite(d + '/.hidden.tif', np.full((8, 8), 7, np.uint16))
tifffile.imwrite(d + '/y.tif.tmp', np.full((8, 8), 7, np.uint16))
os.rename(d + '/x.part', d + '/x.tif')
)";

// An HDF5 file filled frame by frame with pauses longer than the stability window, flushed after each frame, open
// for writing throughout (h5py holds HDF5's file lock while it is open).
constexpr auto kSlowHdf5Writer = R"(
import sys, time, numpy as np, h5py
with h5py.File(sys.argv[1], 'w') as f:
    d = f.create_dataset('data', (4, 32, 40), np.uint16, chunks=(1, 32, 40))
    for i in range(4):
        d[i] = i + 1
        f.flush()
        time.sleep(0.8)
print('%.6f' % time.time(), flush=True)
)";

struct SlowWrite {
    double finishedAt = 0;  // epoch seconds
    QString error;
};

// Runs the slow writer while the event loop turns; returns when it has exited.
SlowWrite writeSlowly(const QString& path, int seed, const char* script = kSlowWriter)
{
    QProcess p;
    p.start(QStringLiteral(XRS_REF_PYTHON),
            {QStringLiteral("-c"), QString::fromUtf8(script), path, QString::number(seed)});
    SlowWrite out;
    if (!p.waitForStarted(10000)) {
        out.error = p.errorString();
        return out;
    }
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        out.error = QStringLiteral("the writer did not finish");
        return out;
    }
    bool ok = false;
    out.finishedAt = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble(&ok);
    if (p.exitCode() != 0 || !ok) out.error = QString::fromUtf8(p.readAllStandardError());
    return out;
}

}  // namespace

class TestFolderWatcher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { XRS_REQUIRE_PYTHON("numpy", "tifffile"); }

    void names()
    {
        QVERIFY(FolderWatcher::isCandidateName("a.tif"));
        QVERIFY(FolderWatcher::isCandidateName("scan_0001.TIFF"));
        QVERIFY(FolderWatcher::isCandidateName("scan.h5"));
        QVERIFY(!FolderWatcher::isCandidateName("a.tif.part"));
        QVERIFY(!FolderWatcher::isCandidateName("a.part"));
        QVERIFY(!FolderWatcher::isCandidateName("a.tmp"));
        QVERIFY(!FolderWatcher::isCandidateName(".a.tif"));
        QVERIFY(!FolderWatcher::isCandidateName("a.tif~"));
        QVERIFY(!FolderWatcher::isCandidateName("notes.txt"));
    }

    void slowWriterIsReportedOnlyWhenComplete()
    {
        QTemporaryDir dir;
        FolderWatcher watcher(dir.path());
        const QString path = dir.filePath(QStringLiteral("slow.tif"));
        std::vector<double> readyAt;  // epoch seconds
        std::vector<qint64> sizeWhenReady;
        connect(&watcher, &FolderWatcher::fileReady, this, [&](const QString& f) {
            readyAt.push_back(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
            sizeWhenReady.push_back(QFileInfo(f).size());
        });
        const SlowWrite w = writeSlowly(path, 3);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        if (!readyAt.empty())
            QVERIFY2(
                readyAt.front() >= w.finishedAt,
                qPrintable(QStringLiteral("reported %1 s before the last byte").arg(w.finishedAt - readyAt.front())));
        QVERIFY(QTest::qWaitFor([&] { return !readyAt.empty(); }, 5000));
        const double delay = readyAt.front() - w.finishedAt;
        qInfo("listed %.0f ms after the last byte", delay * 1000.0);
        QVERIFY2(delay >= 0.0 && delay < 1.5, qPrintable(QString::number(delay)));
        QCOMPARE(sizeWhenReady.front(), QFileInfo(path).size());
        QCOMPARE(watcher.completeFiles(), QStringList{path});
        QTest::qWait(700);
        QCOMPARE(readyAt.size(), std::size_t(1));  // reported once

        QSignalSpy removed(&watcher, &FolderWatcher::fileRemoved);
        QVERIFY(QFile::remove(path));
        QVERIFY(removed.wait(3000));
        QVERIFY(watcher.completeFiles().isEmpty());
    }

    void hdf5OpenForWritingIsNotListed()
    {
        XRS_REQUIRE_PYTHON("numpy", "h5py");
        // A file HDF5 holds open for writing is told from a complete one by HDF5's file lock.
        if (qEnvironmentVariable("HDF5_USE_FILE_LOCKING").compare("FALSE", Qt::CaseInsensitive) == 0)
            QSKIP("HDF5 file locking is turned off (HDF5_USE_FILE_LOCKING=FALSE)");
        QTemporaryDir dir;
        FolderWatcher watcher(dir.path());
        const QString path = dir.filePath(QStringLiteral("scan.h5"));
        std::vector<double> readyAt;
        connect(&watcher, &FolderWatcher::fileReady, this,
                [&](const QString&) { readyAt.push_back(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0); });
        const SlowWrite w = writeSlowly(path, 0, kSlowHdf5Writer);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        if (!readyAt.empty())
            QVERIFY2(
                readyAt.front() >= w.finishedAt,
                qPrintable(
                    QStringLiteral("listed %1 s before the writer closed it").arg(w.finishedAt - readyAt.front())));
        QVERIFY(QTest::qWaitFor([&] { return !readyAt.empty(); }, 5000));
        qInfo("listed %.0f ms after the writer closed it", (readyAt.front() - w.finishedAt) * 1000.0);
        // Each frame written: the last one holds 4.
        const auto last = io::openStack(test::toPath(path))->read(Range{3, 4});
        QCOMPARE(last.at(0, 31, 39), 4.0f);
    }

    void incompleteTiffIsRejected()
    {
        // A TIFF cut short: its strips point past the end of the file.
        QTemporaryDir dir;
        const QString full = dir.filePath(QStringLiteral("full.tif"));
        const auto r = test::runPython(
            "import sys, numpy as np, tifffile\n"
            "tifffile.imwrite(sys.argv[1], np.ones((64, 80), np.uint16), rowsperstrip=8)\n",
            {full});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(FolderWatcher::incompleteReason(full).isEmpty());
        QFile f(full);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 100));
        f.close();
        const QString reason = FolderWatcher::incompleteReason(full);
        QVERIFY2(reason.contains("past the end") || reason.contains("truncated"), qPrintable(reason));
    }

    void renamedIntoPlaceAppears()
    {
        QTemporaryDir dir;
        FolderWatcher watcher(dir.path());
        QStringList ready;
        connect(&watcher, &FolderWatcher::fileReady, this, [&](const QString& f) { ready << QFileInfo(f).fileName(); });
        const auto r = test::runPython(kRenameWriter, {dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty(); }, 3000));
        QTest::qWait(1000);  // time enough for the temporary ones, were they listed
        QCOMPARE(ready, QStringList{QStringLiteral("x.tif")});
    }

    void followNewestInLivePane()
    {
        QTemporaryDir dir;
        app::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<app::BrowserDock*>();
        QVERIFY(dock);
        dock->setFollowNewest(true);
        FolderWatcher* watcher = dock->watchFolder(dir.path());
        QVERIFY(dock->browser()->findItem(dir.path()));
        QSignalSpy ready(watcher, &FolderWatcher::fileReady);

        for (int k = 0; k < 2; ++k) {
            const QString path = dir.filePath(QStringLiteral("frame_%1.tif").arg(k));
            const SlowWrite w = writeSlowly(path, 1000 * (k + 1));
            QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
            QVERIFY(QTest::qWaitFor([&] { return ready.count() == k + 1; }, 5000));
            QVERIFY(dock->browser()->findItem(path));
            app::ImagePane* live = dock->livePane();
            QVERIFY(live);
            QCOMPARE(window.panes().size(), 1);  // one live pane, reused
            QCOMPARE(live->title(), QStringLiteral("Live: frame_%1.tif").arg(k));
            const ImageStack& img = live->view()->currentImage();
            QCOMPARE(img.rows(), 64);
            QCOMPARE(img.cols(), 80);
            double maxDiff = 0;
            for (int r = 0; r < 64; ++r)
                for (int c = 0; c < 80; ++c)
                    maxDiff = std::max(
                        maxDiff, std::abs(double(img.at(0, r, c)) - double((r * 80 + c + 1000 * (k + 1)) % 65536)));
            QCOMPARE(maxDiff, 0.0);
        }
        QVERIFY(!window.logText().contains("Error"));
        // Removing the folder from the list stops watching it.
        dock->browser()->removeSource(dir.path());
        QVERIFY(!dock->watcher(dir.path()));
    }
};

int main(int argc, char** argv)
{
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestFolderWatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFolderWatcher.moc"
