// TestVolumeLoad: MainWindow::openVolume reads on a worker thread (app/VolumeLoader). Asserts that a 10 ms QTimer keeps
// ticking (longest gap < 400 ms) while a 256×512×512 float32 volume (256 MiB, deflate: reading takes ≥ 0.5 s) is read
// and shown in the slices, that the status bar progress moves through intermediate values, that the values arrive
// exactly (max |diff| = 0 against what was written) and are shared with the 3D view; that opening a second volume
// while the first loads shows only the second; that a truncated TIFF is reported by name and leaves the previous
// volume (or no Volume tab when there was none); that closing the window cancels the read. Prints the timings.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/MainWindow.h"
#include "io/StackWriter.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/VolumeView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;

namespace {

ImageStack ramp(std::int64_t frames, std::int64_t rows, std::int64_t cols, float scale)
{
    ImageStack s = ImageStack::uninitialized(Shape{frames, rows, cols});
    for (std::int64_t z = 0; z < frames; ++z)
        for (std::int64_t y = 0; y < rows; ++y) {
            float* row = s.row(z, y).data();
            for (std::int64_t x = 0; x < cols; ++x) row[x] = scale * float(z * 7 + y * 3 + (x % 97));
        }
    return s;
}

QString write(const QTemporaryDir& dir, const QString& name, const ImageStack& stack)
{
    const QString path = dir.filePath(name);
    io::writeStack(test::toPath(path), stack);
    return path;
}


constexpr int kWaitMs = 30000;

// Opens a small volume and waits until it is shown: the first Volume tab brings the window's first OpenGL widget,
// whose set-up holds the GUI for a moment (not what these tests measure).
void warmUp(app::MainWindow& w, const QTemporaryDir& dir)
{
    const QString path = dir.filePath("warm.tif");
    if (!QFileInfo::exists(path)) io::writeStack(test::toPath(path), ramp(4, 16, 16, 1.0f));
    QSignalSpy opened(&w, &app::MainWindow::volumeOpened);
    QVERIFY(w.openVolume(path));
    QVERIFY(opened.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!w.volumeView()->view3D()->isFirstVolumeFramePending(), kWaitMs);
}

}  // namespace

class TestVolumeLoad : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_large;  // 256×512×512 float32
    ImageStack m_largeValues;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_largeValues = ramp(256, 512, 512, 0.5f);
        // Deflate-compressed, so that reading it takes a while (≥ 0.5 s) even from the page cache.
        m_large = m_dir.filePath("large.tif");
        io::WriteOptions options;
        options.compression = io::Compression::Deflate;
        options.compressionLevel = 1;
        QElapsedTimer t;
        t.start();
        io::writeStack(test::toPath(m_large), m_largeValues, options);
        qInfo("wrote 256 MiB (deflate) in %lld ms", t.elapsed());
    }

    void guiTicksWhileReading()
    {
        app::MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* bar = w.statusBar()->findChild<QProgressBar*>();
        QVERIFY(bar);
        QList<int> values;
        connect(bar, &QProgressBar::valueChanged, this, [&values](int v) { values.append(v); });
        QSignalSpy opened(&w, &app::MainWindow::volumeOpened);
        test::TickCounter ticks;
        QElapsedTimer t;

        // A small volume first (the window's first OpenGL widget; its set-up not measured here).
        t.start();
        warmUp(w, m_dir);
        qInfo("first volume tab (4×16×16) shown after %lld ms, longest gap %lld ms", t.elapsed(), ticks.maxGap);
        widgets::VolumeView* view3D = w.volumeView()->view3D();
        QTest::qWait(100);
        opened.clear();
        values.clear();

        ticks.reset();
        t.restart();
        QVERIFY(w.openVolume(m_large));
        const qint64 startMs = t.elapsed();
        QVERIFY(w.isVolumeLoading());
        QVERIFY(bar->isVisible());
        QCOMPARE(w.tabs()->currentWidget(), w.volumeView());
        QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(w.volumeView())), QStringLiteral("Volume: large.tif"));
        // Until the slices show the data (volumeOpened() comes right after they have it).
        qint64 readMs = 0, readGap = 0;
        int readTicks = 0;
        connect(&w, &app::MainWindow::volumeOpened, this, [&] {
            readMs = t.elapsed();
            readGap = std::max(ticks.maxGap, t.elapsed() - ticks.last);
            readTicks = ticks.ticks;
        });
        if (const QString shots = qEnvironmentVariable("XRS_TEST_SHOTS"); !shots.isEmpty()) {
            // What the user sees while it reads: the Volume tab in front, the status bar's progress.
            QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || !w.isVolumeLoading(), kWaitMs);
            w.grab().save(QDir(shots).filePath("volume_loading.png"));
        }
        QVERIFY(opened.count() > 0 || opened.wait(kWaitMs));
        if (const QString shots = qEnvironmentVariable("XRS_TEST_SHOTS"); !shots.isEmpty())
            w.grab().save(QDir(shots).filePath("volume_loaded_slices.png"));
        // Then the 3D pane's first frame with the volume (the ray caster's set-up, on the GUI thread).
        QTRY_VERIFY_WITH_TIMEOUT(!view3D->isFirstVolumeFramePending(), kWaitMs);
        const qint64 shownMs = t.elapsed();
        qInfo(
            "openVolume returned after %lld ms; 256 MiB read and shown in the slices after %lld ms: %d ticks, "
            "longest gap %lld ms; first 3D frame with the volume after %lld ms (its render %.0f ms; longest gap "
            "overall %lld ms)",
            startMs, readMs, readTicks, readGap, shownMs, view3D->vtkWidget()->lastRenderMs(), ticks.maxGap);
        QVERIFY2(startMs < 200, qPrintable(QString::number(startMs)));
        QVERIFY2(readMs >= 500, qPrintable(QString::number(readMs)));  // long enough to matter
        QVERIFY2(readGap < 400, qPrintable(QString::number(readGap)));
        QVERIFY(readTicks >= readMs / 50);
        // The status bar went through the read, then was put away.
        QVERIFY(std::ranges::any_of(values, [](int v) { return v > 0 && v < 1000; }));
        QVERIFY(!bar->isVisible());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), m_large);
        QCOMPARE(w.volumePath(), m_large);
        QCOMPARE(test::maxAbsDiff(w.volumeView()->volume(), m_largeValues), 0.0);
        QVERIFY(w.volumeView()->volume().data() == view3D->volume().data());  // one copy, shared
        QVERIFY(w.lastError().isEmpty());
    }

    void secondOpenCancelsTheFirst()
    {
        const ImageStack small = ramp(6, 40, 50, 2.0f);
        const QString second = write(m_dir, "second.tif", small);
        app::MainWindow w;
        w.setDialogsEnabled(false);
        w.show();
        warmUp(w, m_dir);
        QSignalSpy opened(&w, &app::MainWindow::volumeOpened);
        QSignalSpy errors(&w, &app::MainWindow::errorOccurred);
        auto* bar = w.statusBar()->findChild<QProgressBar*>();
        QVERIFY(w.openVolume(m_large));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, kWaitMs);  // the worker is reading by now
        QVERIFY(w.isVolumeLoading());
        QVERIFY(w.openVolume(second));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), kWaitMs);
        QTest::qWait(300);  // nothing of the first arrives late
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), second);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(w.volumePath(), second);
        QCOMPARE(test::maxAbsDiff(w.volumeView()->volume(), small), 0.0);
        QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(w.volumeView())), QStringLiteral("Volume: second.tif"));

        // Several in a row, the large one last: still exactly one volume shown, the last.
        opened.clear();
        for (int i = 0; i < 3; ++i) QVERIFY(w.openVolume(i % 2 ? second : m_large));
        QVERIFY(w.openVolume(m_large));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), kWaitMs);
        QTest::qWait(100);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(w.volumePath(), m_large);
        QCOMPARE(w.volumeView()->volume().shape(), m_largeValues.shape());
    }

    void readErrorKeepsThePreviousVolume()
    {
        const ImageStack good = ramp(4, 32, 48, 1.0f);
        const QString first = write(m_dir, "good.tif", good);
        // A TIFF cut short: its headers may still be there, its last frames are not.
        const QString cut = write(m_dir, "cut.tif", ramp(64, 128, 128, 1.0f));
        {
            QFile f(cut);
            QVERIFY(f.resize(f.size() / 2));
        }

        // No volume before: reported by name, and no empty Volume tab.
        {
            app::MainWindow w;
            w.setDialogsEnabled(false);
            QSignalSpy errors(&w, &app::MainWindow::errorOccurred);
            w.openVolume(cut);
            QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), kWaitMs);
            QCOMPARE(errors.count(), 1);
            QVERIFY2(errors.at(0).at(0).toString().contains("cut.tif"), qPrintable(errors.at(0).at(0).toString()));
            QVERIFY(!w.volumeView());
            QVERIFY(w.volumePath().isEmpty());
        }

        app::MainWindow w;
        w.setDialogsEnabled(false);
        w.show();
        QVERIFY(w.openVolume(first));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), kWaitMs);
        QSignalSpy errors(&w, &app::MainWindow::errorOccurred);
        QSignalSpy opened(&w, &app::MainWindow::volumeOpened);
        w.openVolume(cut);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), kWaitMs);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains("cut.tif"), qPrintable(errors.at(0).at(0).toString()));
        QVERIFY(w.logText().contains("cut.tif"));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(w.volumePath(), first);
        QCOMPARE(test::maxAbsDiff(w.volumeView()->volume(), good), 0.0);
        QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(w.volumeView())), QStringLiteral("Volume: good.tif"));
        QVERIFY(!w.statusBar()->findChild<QProgressBar*>()->isVisible());

        // A file that is not there fails at once.
        QVERIFY(!w.openVolume(m_dir.filePath("nothing.tif")));
        QVERIFY(!w.isVolumeLoading());
        QCOMPARE(w.volumePath(), first);
    }

    void closingTheWindowCancels()
    {
        auto w = std::make_unique<app::MainWindow>();
        w->setDialogsEnabled(false);
        w->show();
        warmUp(*w, m_dir);
        QSignalSpy opened(w.get(), &app::MainWindow::volumeOpened);
        auto* bar = w->statusBar()->findChild<QProgressBar*>();
        QVERIFY(w->openVolume(m_large));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, kWaitMs);
        QVERIFY(w->isVolumeLoading());
        QElapsedTimer t;
        t.start();
        w->close();
        QVERIFY(!w->isVolumeLoading());
        QTest::qWait(200);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(w->volumePath(), m_dir.filePath("warm.tif"));
        QVERIFY(w->lastError().isEmpty());
        // Destroying it right after a new read started waits for the worker's current slab only.
        QVERIFY(w->openVolume(m_large));
        QTest::qWait(20);
        t.restart();
        w.reset();
        qInfo("window destroyed during a read in %lld ms", t.elapsed());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

int main(int argc, char** argv)
{
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestVolumeLoad test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumeLoad.moc"
