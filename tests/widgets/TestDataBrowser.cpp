// The data browser under Xvfb: the tree it shows for a TIFF, a TIFF folder, an HDF5 file with nested groups and a
// DXchange file (all written by the reference Python's tifffile/h5py), double click opening a dataset in a pane with
// the values h5py reads, File → Open adding to the browser, the recent files list (order, limit, persistence,
// missing files, clear) in a temporary QSettings location, and drops onto the main window.
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>

#include "TestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/browser/BrowserDock.h"
#include "app/browser/RecentFiles.h"
#include "io/StackWriter.h"
#include "widgets/ComparisonView.h"
#include "widgets/DataBrowser.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using widgets::DataBrowser;

namespace {

constexpr auto kWrite = R"(
import sys, numpy as np, tifffile, h5py
d = sys.argv[1]
rng = np.random.default_rng(7)
tifffile.imwrite(d + '/stack.tif', rng.integers(0, 60000, (3, 20, 30), dtype=np.uint16),
                 photometric='minisblack')
import os
os.mkdir(d + '/folder')
for i in (1, 2, 10, 11):
    tifffile.imwrite(d + '/folder/img_%d.tif' % i, np.full((20, 30), i, np.float32))
with h5py.File(d + '/nested.h5', 'w') as f:
    f.attrs['facility'] = 'test beamline'
    g = f.create_group('a/b')
    g.attrs['energy_keV'] = 25.5
    v = g.create_dataset('vol', data=rng.integers(0, 4000, (5, 16, 24), dtype=np.uint16), chunks=(1, 16, 24),
                         compression='gzip')
    v.attrs['units'] = 'counts'
    f.create_dataset('a/scalar', data=3.5)
    f['a/b/loop'] = f['a']  # a hard link back up: a cycle the tree must not follow
    f.create_dataset('a/line', data=np.arange(7, dtype=np.int32))
    # what h5py reads back: frame 2 of the volume as little-endian float32
    np.asarray(f['a/b/vol'][2], dtype='<f4').tofile(d + '/vol_frame2.raw')
with h5py.File(d + '/two.h5', 'w') as f:
    f.create_dataset('first', data=np.zeros((2, 4, 4), np.float32))
    f.create_dataset('second', data=np.ones((4, 4), np.float32))
with h5py.File(d + '/scan.h5', 'w') as f:
    f.create_dataset('exchange/data', data=rng.integers(0, 4000, (10, 8, 12), dtype=np.uint16))
    f.create_dataset('exchange/data_white', data=np.full((3, 8, 12), 4000, np.uint16))
    f.create_dataset('exchange/data_dark', data=np.full((2, 8, 12), 100, np.uint16))
    f.create_dataset('exchange/theta', data=np.linspace(0, 180, 10, endpoint=False))
os.makedirs(d + '/demo/video')
tifffile.imwrite(d + '/demo/video/lr.tif', np.arange(4 * 8 * 8, dtype=np.uint16).reshape(4, 8, 8),
                 photometric='minisblack')
for i in range(12):
    tifffile.imwrite(d + '/r%02d.tif' % i, np.full((4, 5), i, np.uint8))
)";

QTreeWidgetItem* childNamed(QTreeWidgetItem* parent, const QString& name)
{
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->text(DataBrowser::NameColumn) == name) return parent->child(i);
    return nullptr;
}

// Bytes this process asked of read calls so far (/proc/self/io rchar).
long long readCalls()
{
    QFile f(QStringLiteral("/proc/self/io"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("rchar:")) return line.mid(6).trimmed().toLongLong();
    return 0;
}

std::vector<float> readRaw(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = f.readAll();
    std::vector<float> out(std::size_t(bytes.size()) / sizeof(float));
    std::memcpy(out.data(), bytes.constData(), out.size() * sizeof(float));
    return out;
}

}  // namespace

class TestDataBrowser : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        XRS_REQUIRE_PYTHON("numpy", "tifffile", "h5py");
        QVERIFY(m_dir.isValid() && m_settings.isValid());
        // Recent files go to a scratch QSettings, never the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("xrs-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_data_browser"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        const auto r = test::runPython(kWrite, {m_dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void tiffFileAndFolder()
    {
        DataBrowser browser;
        QString error;
        QTreeWidgetItem* tif = browser.addSource(file("stack.tif"), &error);
        QVERIFY2(tif, qPrintable(error));
        QCOMPARE(tif->text(DataBrowser::NameColumn), QStringLiteral("stack.tif"));
        QCOMPARE(tif->text(DataBrowser::ShapeColumn), QStringLiteral("3\u00d720\u00d730"));
        QCOMPARE(tif->text(DataBrowser::TypeColumn), QStringLiteral("uint16"));
        QVERIFY(tif->text(DataBrowser::DetailsColumn).startsWith("3 page"));  // "3 pages" with the English .qm
        QVERIFY(DataBrowser::isOpenable(tif));

        QTreeWidgetItem* folder = browser.addSource(file("folder"), &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(folder->text(DataBrowser::ShapeColumn), QStringLiteral("4\u00d720\u00d730"));
        QCOMPARE(folder->text(DataBrowser::TypeColumn), QStringLiteral("float32"));
        QVERIFY(folder->text(DataBrowser::DetailsColumn).startsWith("4 file"));
        QCOMPARE(folder->childCount(), 4);
        const QStringList order{"img_1.tif", "img_2.tif", "img_10.tif", "img_11.tif"};  // natural, as the stack
        for (int i = 0; i < 4; ++i) QCOMPARE(folder->child(i)->text(DataBrowser::NameColumn), order[i]);
        QCOMPARE(browser.sources(), (QStringList{file("stack.tif"), file("folder")}));

        // Adding the same path again rebuilds its entry in place.
        QVERIFY(browser.addSource(file("stack.tif")));
        QCOMPARE(browser.tree()->topLevelItemCount(), 2);
        // Not an image file: nothing added, the reason names the file.
        QFile junk(file("junk.txt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("hello");
        junk.close();
        QVERIFY(!browser.addSource(junk.fileName(), &error));
        QVERIFY2(error.contains("junk.txt"), qPrintable(error));
        QCOMPARE(browser.tree()->topLevelItemCount(), 2);
    }

    void hdf5NestedGroups()
    {
        DataBrowser browser;
        QString error;
        QTreeWidgetItem* h5 = browser.addSource(file("nested.h5"), &error);
        QVERIFY2(h5, qPrintable(error));
        QCOMPARE(h5->text(DataBrowser::TypeColumn), QStringLiteral("HDF5"));
        QVERIFY2(h5->toolTip(0).contains("facility = test beamline"), qPrintable(h5->toolTip(0)));
        QTreeWidgetItem* a = childNamed(h5, "a");
        QVERIFY(a);
        QCOMPARE(a->childCount(), 3);  // b, line, scalar (by name)
        QTreeWidgetItem* b = childNamed(a, "b");
        QVERIFY(b);
        QVERIFY2(b->toolTip(0).contains("energy_keV = 25.5"), qPrintable(b->toolTip(0)));
        QTreeWidgetItem* vol = childNamed(b, "vol");
        QVERIFY(vol);
        QCOMPARE(vol->data(0, DataBrowser::DatasetRole).toString(), QStringLiteral("/a/b/vol"));
        QCOMPARE(vol->text(DataBrowser::ShapeColumn), QStringLiteral("5\u00d716\u00d724"));
        QCOMPARE(vol->text(DataBrowser::TypeColumn), QStringLiteral("uint16"));
        QCOMPARE(vol->text(DataBrowser::DetailsColumn), QStringLiteral("chunks 1\u00d716\u00d724, deflate"));
        QVERIFY2(vol->toolTip(0).contains("units = counts"), qPrintable(vol->toolTip(0)));
        QVERIFY(DataBrowser::isOpenable(vol));
        // The hard link back to /a is listed once, not entered again (no endless tree).
        QTreeWidgetItem* loop = childNamed(b, "loop");
        QVERIFY(loop);
        QCOMPARE(loop->childCount(), 0);
        QCOMPARE(b->childCount(), 2);
        QTreeWidgetItem* scalar = childNamed(a, "scalar");
        QCOMPARE(scalar->text(DataBrowser::ShapeColumn), QStringLiteral("scalar"));
        QCOMPARE(scalar->text(DataBrowser::TypeColumn), QStringLiteral("float64"));
        QVERIFY(!DataBrowser::isOpenable(scalar));
        QTreeWidgetItem* line = childNamed(a, "line");
        QCOMPARE(line->text(DataBrowser::ShapeColumn), QStringLiteral("7"));
        QVERIFY(!DataBrowser::isOpenable(line));  // 1D: not an image
        QVERIFY(!DataBrowser::isOpenable(a));
        QVERIFY(!DataBrowser::isOpenable(h5));  // the file entry itself opens only for DXchange files

        browser.copyPath(vol);
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(file("nested.h5")) + ":/a/b/vol");
    }

    void dxchangeLabels()
    {
        DataBrowser browser;
        QString error;
        QTreeWidgetItem* h5 = browser.addSource(file("scan.h5"), &error);
        QVERIFY2(h5, qPrintable(error));
        QCOMPARE(h5->text(DataBrowser::TypeColumn), QStringLiteral("DXchange"));
        QCOMPARE(h5->text(DataBrowser::DetailsColumn),
                 QStringLiteral("projections: 10, flats: 3, darks: 2, angles: 10"));
        QTreeWidgetItem* exchange = childNamed(h5, "exchange");
        QVERIFY(exchange && exchange->isExpanded());
        QCOMPARE(childNamed(exchange, "data")->text(DataBrowser::DetailsColumn), QStringLiteral("projections: 10"));
        QCOMPARE(childNamed(exchange, "data_white")->text(DataBrowser::DetailsColumn), QStringLiteral("flats: 3"));
        QCOMPARE(childNamed(exchange, "data_dark")->text(DataBrowser::DetailsColumn), QStringLiteral("darks: 2"));
        QCOMPARE(childNamed(exchange, "theta")->text(DataBrowser::DetailsColumn), QStringLiteral("angles: 10"));
        QVERIFY(DataBrowser::isOpenable(h5));  // opens /exchange/data like File → Open
    }

    void doubleClickOpensDataset()
    {
        app::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<app::BrowserDock*>();
        QVERIFY(dock && !dock->isVisible());  // hidden while there is nothing to browse
        DataBrowser* browser = dock->browser();

        // File → Open adds to the browser as well.
        QVERIFY(window.openFile(file("stack.tif")));
        QVERIFY(browser->findItem(file("stack.tif")));
        QVERIFY(dock->isVisible());
        window.closeAllPanes();

        // A file with several image datasets has no default one: File → Open fails but lists it to pick from.
        QVERIFY(!window.openFile(file("two.h5")));
        QVERIFY2(window.lastError().contains("several image datasets"), qPrintable(window.lastError()));
        QVERIFY(browser->findItem(file("two.h5"), QStringLiteral("/first")));
        QVERIFY(!browser->findItem(file("missing.h5")));
        QVERIFY(!window.openFile(file("missing.h5")));
        QVERIFY(!browser->findItem(file("missing.h5")));

        QVERIFY(browser->addSource(file("nested.h5")));
        QTreeWidgetItem* vol = browser->findItem(file("nested.h5"), QStringLiteral("/a/b/vol"));
        QVERIFY(vol);
        browser->tree()->expandAll();
        browser->tree()->scrollToItem(vol);
        QApplication::processEvents();
        const QRect rect = browser->tree()->visualItemRect(vol);
        QVERIFY(rect.isValid());
        QSignalSpy dbl(browser->tree(), &QTreeWidget::itemActivated);
        // A real double click: press, release, then the double-click press (Qt's item views need the first press).
        QTest::mouseClick(browser->tree()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QTest::mouseDClick(browser->tree()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(dbl.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(window.panes().size(), 1, 3000);
        widgets::ImageView* view = window.panes().first()->view();
        QCOMPARE(window.panes().first()->title(), QStringLiteral("nested.h5:/a/b/vol"));
        QCOMPARE(view->frameCount(), 5);
        view->setFrame(2);
        const std::vector<float> expected = readRaw(file("vol_frame2.raw"));
        QCOMPARE(expected.size(), std::size_t(16 * 24));
        const ImageStack& shown = view->currentImage();
        QCOMPARE(shown.rows(), 16);
        QCOMPARE(shown.cols(), 24);
        double maxDiff = 0;
        for (int r = 0; r < 16; ++r)
            for (int c = 0; c < 24; ++c)
                maxDiff = std::max(maxDiff, double(std::abs(shown.at(0, r, c) - expected[std::size_t(r * 24 + c)])));
        QCOMPARE(maxDiff, 0.0);

        // Enter on the current item opens too (a second time: the pane already open is brought forward).
        browser->tree()->setCurrentItem(vol);
        browser->tree()->setFocus();
        QTest::keyClick(browser->tree(), Qt::Key_Return);
        QCOMPARE(dbl.count(), 2);
        QCOMPARE(window.panes().size(), 1);
        // So does open() without a new pane; "Open in New Pane" makes another.
        browser->open(vol, false);
        QCOMPARE(window.panes().size(), 1);
        browser->open(vol, true);
        QCOMPARE(window.panes().size(), 2);
        // Open as volume: the orthogonal slices get the dataset.
        QSignalSpy errors(&window, &app::MainWindow::errorOccurred);
        browser->openAsVolume(vol);
        QVERIFY(window.volumeView());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVolumeLoading(), 20000);  // read on a worker thread
        QCOMPARE(errors.count(), 0);
        QVERIFY(!window.volumeView()->volume().empty());
        window.closeAllPanes();
    }

    // Opening reads headers and the shown frame only: a 32 MiB stack costs about one 0.5 MiB frame of reads, whether
    // a multi-page TIFF, a folder or a chunked HDF5 dataset (the browser's header listing included).
    void lazyOpenReadsOneFrame()
    {
        constexpr std::int64_t kFrames = 64, kSize = 512;
        const QString big = file("big");
        QDir().mkpath(big);
        StackInfo info;
        info.shape = {kFrames, kSize, kSize};
        info.sourceType = DType::UInt16;
        io::WriteOptions opts;
        opts.dtype = DType::UInt16;
        ImageStack frame(Shape{1, kSize, kSize});
        for (std::int64_t i = 0; i < kSize * kSize; ++i) frame.data()[i] = float(i % 4000);
        for (const QString& name :
             {QStringLiteral("stack.tif"), QStringLiteral("stack.h5"), QStringLiteral("folder/")}) {
            auto writer = io::openWriter(test::toPath(big + "/" + name), info, opts);
            for (std::int64_t f = 0; f < kFrames; ++f) writer->append(frame);
            writer->commit();
        }
        app::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString& name :
             {QStringLiteral("stack.tif"), QStringLiteral("stack.h5"), QStringLiteral("folder")}) {
            const long long before = readCalls();
            QVERIFY2(window.openFile(big + "/" + name), qPrintable(window.lastError()));
            window.renderPanes();
            const double mib = double(readCalls() - before) / 1048576.0;
            qInfo("%s: %.2f MiB read to show frame 0 of %lld MiB", qPrintable(name), mib,
                  (long long)(kFrames * kSize * kSize * 2 / 1048576));
            QVERIFY2(mib < 3.0, qPrintable(QString("%1: %2 MiB read").arg(name).arg(mib)));
            QCOMPARE(window.panes().last()->view()->frameCount(), int(kFrames));
            QCOMPARE(window.panes().last()->view()->currentImage().at(0, 1, 2), float((kSize + 2) % 4000));
        }
    }

    void recentFiles()
    {
        QSettings().remove(QStringLiteral("browser/recentFiles"));
        {
            app::MainWindow window;
            window.setDialogsEnabled(false);
            auto* recent = window.findChild<app::BrowserDock*>()->recentFiles();
            for (int i = 0; i < 12; ++i)
                QVERIFY(window.openFile(file(QStringLiteral("r%1.tif").arg(i, 2, 10, QChar('0')))));
            window.closeAllPanes();
            QStringList files = recent->files();
            QCOMPARE(files.size(), app::RecentFiles::kMaxEntries);
            QCOMPARE(files.first(), file("r11.tif"));  // newest first
            QCOMPARE(files.last(), file("r02.tif"));
            // Reopening moves an entry to the top, no duplicate.
            QVERIFY(window.openFile(file("r05.tif")));
            files = recent->files();
            QCOMPARE(files.size(), 10);
            QCOMPARE(files.first(), file("r05.tif"));
            QCOMPARE(files.count(file("r05.tif")), 1);
            QCOMPARE(files[1], file("r11.tif"));
            // A failed open is not recorded.
            QVERIFY(!window.openFile(file("missing.tif")));
            QCOMPARE(recent->files().first(), file("r05.tif"));
        }
        // Persistence: a new window (and a plain QSettings) reads the same list from the settings file.
        QSettings settings;
        const QStringList stored = settings.value(QStringLiteral("browser/recentFiles")).toStringList();
        QCOMPARE(stored.size(), 10);
        QCOMPARE(stored.first(), file("r05.tif"));
        QVERIFY(QFileInfo(settings.fileName()).absoluteFilePath().startsWith(m_settings.path()));

        app::MainWindow window;
        window.setDialogsEnabled(false);
        auto* recent = window.findChild<app::BrowserDock*>()->recentFiles();
        QCOMPARE(recent->files(), stored);
        auto* menu = window.findChild<QMenu*>(QStringLiteral("RecentMenu"));
        QVERIFY(menu);
        // A file that went away is greyed out, then removed by "Remove Missing".
        QVERIFY(QFile::rename(file("r11.tif"), file("r11.moved")));
        recent->fillMenu(menu);
        int enabled = 0, disabled = 0;
        for (QAction* a : menu->actions()) {
            if (a->data().toString().isEmpty()) continue;
            (a->isEnabled() ? enabled : disabled)++;
            if (a->data().toString() == file("r11.tif")) QVERIFY(!a->isEnabled());
        }
        QCOMPARE(enabled, 9);
        QCOMPARE(disabled, 1);
        // Choosing an entry opens it.
        QAction* first = nullptr;
        for (QAction* a : menu->actions())
            if (a->data().toString() == file("r05.tif")) first = a;
        QVERIFY(first);
        first->trigger();
        QCOMPARE(window.panes().size(), 1);
        recent->removeMissing();
        QCOMPARE(recent->files().size(), 9);
        QVERIFY(!recent->files().contains(file("r11.tif")));
        QVERIFY(QFile::rename(file("r11.moved"), file("r11.tif")));
        recent->clear();
        QVERIFY(recent->files().isEmpty());
        QVERIFY(QSettings().value(QStringLiteral("browser/recentFiles")).toStringList().isEmpty());
    }

    void dropOpensFiles()
    {
        app::MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.acceptDrops());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file("stack.tif")), QUrl::fromLocalFile(file("folder"))});
        const QPointF at(500, 350);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(window.panes().size(), 2);
        QCOMPARE(window.panes()[0]->view()->frameCount(), 3);
        QCOMPARE(window.panes()[1]->view()->frameCount(), 4);
        QCOMPARE(window.panes()[1]->view()->currentImage().at(0, 0, 0), 1.0f);  // img_1.tif first
        auto* browser = window.findChild<app::BrowserDock*>()->browser();
        QVERIFY(browser->findItem(file("stack.tif")) && browser->findItem(file("folder")));

        // A demo/synth output folder opens in the comparison layout.
        QMimeData demo;
        demo.setUrls({QUrl::fromLocalFile(file("demo"))});
        QDragEnterEvent enterDemo(at.toPoint(), Qt::CopyAction, &demo, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enterDemo);  // Qt delivers a drop only after its drag entered
        QDropEvent dropDemo(at, Qt::CopyAction, &demo, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropDemo);
        QVERIFY2(dropDemo.isAccepted(), qPrintable(window.lastError()));
        QVERIFY2(window.comparisonView(), qPrintable(window.lastError()));
        QCOMPARE(window.comparisonView()->frameCount(), 4);
        QCOMPARE(window.panes().size(), 2);

        // Something that is not a local file is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

int main(int argc, char** argv)
{
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestDataBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDataBrowser.moc"
