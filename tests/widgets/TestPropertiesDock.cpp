// app/properties under Xvfb: the Properties dock follows the focused or clicked image view — a uint16 TIFF with a
// pixel size and a float32 HDF5 with recon.* metadata and provenance, each written by the engine — and shows their
// shape, type, pixel size, frame, value ranges, metadata and provenance; window and colour map edits in the dock
// change the view's DisplaySettings exactly and undo back to the previous values; Auto Range equals numpy's
// 0.35/99.65 percentiles of the frame; closing the followed pane empties the dock; comparison panes and volume slices
// are followed too. Saves a screenshot of the window with the dock next to the Data dock (XRS_PROPS_SCREENSHOT).
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include "TestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/properties/PropertiesDock.h"
#include "io/StackWriter.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/Histogram.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using widgets::Colormap;

namespace {

// Distinct values per frame: frame f spans f*1000 + [0, rows*7 + cols) * scale.
ImageStack ramp(int frames, int rows, int cols, float scale, float offset = 0.0f)
{
    ImageStack s(Shape{frames, rows, cols});
    for (int f = 0; f < frames; ++f)
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) s.at(f, r, c) = offset + scale * float(f * 1000 + r * 7 + c);
    return s;
}

app::PropertiesDock* dockOf(const app::MainWindow& w)
{
    return w.findChild<app::PropertiesDock*>(QStringLiteral("PropertiesDock"));
}

// The dock's metadata rows as "key = value".
QStringList metadataRows(const app::PropertiesDock& dock)
{
    QStringList rows;
    QTreeWidget* tree = dock.metadataTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.append(tree->topLevelItem(i)->text(0) + QStringLiteral(" = ") + tree->topLevelItem(i)->text(1));
    return rows;
}

void click(widgets::ImageView* view)
{
    QTest::mouseClick(view->vtkWidget(), Qt::LeftButton, {}, view->vtkWidget()->rect().center());
}

struct Files {
    QString tiff, hdf5;
};

// A 3×40×50 uint16 TIFF (0.65 µm pixels) and a 4×24×30 float32 HDF5 dataset /recon with recon.* metadata.
Files writeFiles(const QTemporaryDir& dir)
{
    Files files{dir.filePath(QStringLiteral("scan.tif")), dir.filePath(QStringLiteral("recon.h5"))};
    ImageStack tiff = ramp(3, 40, 50, 1.0f, 100.0f);
    tiff.info().spacing = Spacing{0.65, 0.65, 0.65, "\u00b5m"};
    tiff.info().provenance = {"xrs sample ct scan.tif"};
    io::WriteOptions u16;
    u16.dtype = DType::UInt16;
    io::writeStack(test::toPath(files.tiff), tiff, u16);

    ImageStack recon = ramp(4, 24, 30, 0.001f, -0.5f);
    recon.info().spacing = Spacing{2.5, 2.5, 2.5, "mm"};
    recon.info().metadata["recon.filter"] = "shepp-logan";
    recon.info().metadata["recon.center"] = "15.2500";
    recon.info().provenance = {"xrs recon scan.tif recon.h5", "cropped to 24 rows"};
    io::WriteOptions h5;
    h5.dataset = "/recon";
    io::writeStack(test::toPath(files.hdf5), recon, h5);
    return files;
}

void showWindow(app::MainWindow& w)
{
    w.setDialogsEnabled(false);
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

}  // namespace

class TestPropertiesDock : public QObject {
    Q_OBJECT
private slots:
    void followsFocusAndShowsData()
    {
        QTemporaryDir dir;
        const Files files = writeFiles(dir);
        app::MainWindow w;
        showWindow(w);
        app::PropertiesDock* dock = dockOf(w);
        QVERIFY(dock);
        QVERIFY(dock->followedView() == nullptr);
        // Tabified with the Data dock, its toggle in the View menu.
        auto* data = w.findChild<QDockWidget*>(QStringLiteral("DataDock"));
        QVERIFY(!dock->isVisible());  // nothing to describe yet
        QVERIFY(w.findChild<QMenu*>(QStringLiteral("ViewMenu"))->actions().contains(dock->toggleViewAction()));

        QVERIFY(w.openFile(files.tiff));
        QVERIFY(w.openFile(files.hdf5, QStringLiteral("/recon")));
        QTest::qWait(50);
        QVERIFY(w.tabifiedDockWidgets(dock).contains(data));
        QVERIFY(data->isVisible());  // the browser in front, the properties one tab away
        QVERIFY(!dock->isHidden());
        widgets::ImageView* tiff = w.panes()[0]->view();
        widgets::ImageView* h5 = w.panes()[1]->view();
        QTest::qWait(50);

        // The newest pane is followed when it opens; focus moves to the first one.
        QCOMPARE(dock->followedView(), h5);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.tabs()->setFocus();
        tiff->vtkWidget()->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(dock->followedView(), tiff);
        QCOMPARE(dock->dataText(QStringLiteral("title")), QStringLiteral("scan.tif"));
        QCOMPARE(dock->dataText(QStringLiteral("source")),
                 QDir::toNativeSeparators(QFileInfo(files.tiff).absoluteFilePath()));
        QCOMPARE(dock->dataText(QStringLiteral("shape")), QStringLiteral("3 frames \u00d7 40 \u00d7 50"));
        QCOMPARE(dock->dataText(QStringLiteral("dtype")), QStringLiteral("uint16"));
        // (stored as ImageJ's "um", shown as µm)
        QCOMPARE(dock->dataText(QStringLiteral("pixelSize")), QStringLiteral("0.65 \u00d7 0.65 \u00b5m (x \u00d7 y)"));
        QCOMPARE(dock->dataText(QStringLiteral("frame")), QStringLiteral("0 (0\u20132)"));
        // Frame 0 holds 100 … 100 + 39*7 + 49 = 422.
        QCOMPARE(dock->dataText(QStringLiteral("frameRange")), QStringLiteral("100 \u2026 422"));
        QCOMPARE(dock->dataText(QStringLiteral("memory")),
                 QLocale().formattedDataSize(40 * 50 * 4) + QStringLiteral(" (float32)"));
        QCOMPARE(dock->provenanceText()->toPlainText(), QStringLiteral("xrs sample ct scan.tif"));
        QVERIFY(metadataRows(*dock).contains(QStringLiteral("format = TIFF")));

        // The frame follows the view.
        tiff->setFrame(2);
        QCOMPARE(dock->dataText(QStringLiteral("frame")), QStringLiteral("2 (0\u20132)"));
        QCOMPARE(
            dock->dataText(QStringLiteral("frameRange")),
            QStringLiteral("%1 \u2026 %2").arg(QLocale().toString(2100.0, 'g', 6), QLocale().toString(2422.0, 'g', 6)));

        // The HDF5 pane by a click (the VTK widget need not take focus first).
        h5->vtkWidget()->setFocusPolicy(Qt::NoFocus);
        click(h5);
        QCOMPARE(dock->followedView(), h5);
        QCOMPARE(dock->dataText(QStringLiteral("title")), QStringLiteral("recon.h5:/recon"));
        QCOMPARE(dock->dataText(QStringLiteral("dataset")), QStringLiteral("/recon"));
        QCOMPARE(dock->dataText(QStringLiteral("shape")), QStringLiteral("4 frames \u00d7 24 \u00d7 30"));
        QCOMPARE(dock->dataText(QStringLiteral("dtype")), QStringLiteral("float32"));
        QCOMPARE(dock->dataText(QStringLiteral("pixelSize")), QStringLiteral("2.5 \u00d7 2.5 mm (x \u00d7 y)"));
        QCOMPARE(dock->provenanceText()->toPlainText(),
                 QStringLiteral("xrs recon scan.tif recon.h5\ncropped to 24 rows"));
        // Sorted by key, the engine's recon.* attributes among them.
        const QStringList rows = metadataRows(*dock);
        QVERIFY2(rows.contains(QStringLiteral("recon.center = 15.2500")), qPrintable(rows.join(u'|')));
        QVERIFY(rows.contains(QStringLiteral("recon.filter = shepp-logan")));
        QVERIFY(rows.contains(QStringLiteral("dataset = /recon")));
        QStringList keys;
        for (const QString& r : rows) keys.append(r.section(QStringLiteral(" = "), 0, 0));
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);

        // Back to the TIFF by focus.
        w.tabs()->setFocus();
        tiff->vtkWidget()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(dock->followedView(), tiff);
        QCOMPARE(dock->dataText(QStringLiteral("dtype")), QStringLiteral("uint16"));
    }

    void displayEditsAreExactAndUndoable()
    {
        XRS_REQUIRE_PYTHON(QStringLiteral("numpy"), QStringLiteral("tifffile"));
        QTemporaryDir dir;
        const Files files = writeFiles(dir);
        app::MainWindow w;
        showWindow(w);
        app::PropertiesDock* dock = dockOf(w);
        QVERIFY(w.openFile(files.hdf5, QStringLiteral("/recon")));
        widgets::ImageView* view = w.panes()[0]->view();
        click(view);
        QCOMPARE(dock->followedView(), view);
        QTest::qWait(20);
        widgets::DisplaySettings* d = view->displaySettings();
        QUndoStack* undo = w.undoStack();
        QCOMPARE(undo->count(), 0);
        const double low0 = d->low(), high0 = d->high();
        // The dock shows the view's window; decimals suit a range of ~0.3 (4 + the digits before).
        QCOMPARE(dock->lowBox()->decimals(), 4);
        QVERIFY(std::abs(dock->lowBox()->value() - low0) < 1e-4);

        dock->lowBox()->setValue(-0.45);
        QCOMPARE(d->low(), -0.45);
        QCOMPARE(d->high(), high0);  // untouched (exact, not the rounded spin box value)
        QTest::qWait(20);
        dock->highBox()->setValue(-0.375);
        QCOMPARE(d->high(), -0.375);
        QCOMPARE(d->low(), -0.45);
        QTest::qWait(20);
        const int magma = dock->colormapBox()->findData(int(Colormap::Magma));
        dock->colormapBox()->setCurrentIndex(magma);
        emit dock->colormapBox()->activated(magma);  // what choosing an entry emits
        QCOMPARE(d->colormap(), Colormap::Magma);
        QTest::qWait(20);
        QCOMPARE(undo->count(), 3);

        // Changes made elsewhere show in the dock.
        view->setWindowLevel(0.5, 0.0);
        QCOMPARE(dock->lowBox()->value(), -0.25);
        QCOMPARE(dock->highBox()->value(), 0.25);
        QTest::qWait(20);

        // Undo restores the previous values exactly, step by step (the dock follows).
        QCOMPARE(undo->count(), 4);
        undo->undo();
        QCOMPARE(d->low(), -0.45);
        QCOMPARE(d->high(), -0.375);
        QCOMPARE(dock->highBox()->value(), -0.375);
        undo->undo();
        QCOMPARE(d->colormap(), Colormap::Grey);
        QCOMPARE(dock->colormapBox()->currentData().toInt(), int(Colormap::Grey));
        undo->undo();
        QCOMPARE(d->high(), high0);
        undo->undo();
        QCOMPARE(d->low(), low0);
        QCOMPARE(d->high(), high0);
        QCOMPARE(dock->highBox()->value(), QString::number(high0, 'f', 4).toDouble());
        undo->redo();
        QCOMPARE(d->low(), -0.45);

        // Auto Range: numpy's percentiles of the frame on screen (frame 1), as the histogram's preset.
        view->setFrame(1);
        QTest::qWait(20);
        QTest::mouseClick(dock->autoRangeButton(), Qt::LeftButton);
        const auto ref = test::runPython(QStringLiteral(R"(
import sys, h5py, numpy as np
f = h5py.File(sys.argv[1], 'r')['/recon'][1].astype(np.float64)
lo, hi = np.percentile(f, [0.35, 99.65])
print(repr(lo), repr(hi))
)"),
                                         {files.hdf5});
        if (ref.exitCode != 0 && ref.err.contains(QStringLiteral("h5py"))) QSKIP("reference python has no h5py");
        QCOMPARE(ref.exitCode, 0);
        const QStringList v = ref.out.trimmed().split(u' ');
        QCOMPARE(v.size(), 2);
        QVERIFY2(std::abs(d->low() - v[0].toDouble()) < 1e-6,
                 qPrintable(QString::number(d->low(), 'g', 17) + " vs " + v[0]));
        QVERIFY2(std::abs(d->high() - v[1].toDouble()) < 1e-6,
                 qPrintable(QString::number(d->high(), 'g', 17) + " vs " + v[1]));
        const auto histogramPreset = widgets::autoRange(view->currentImage(), widgets::AutoRange::Percentile035);
        QCOMPARE(d->low(), histogramPreset->min);
        QCOMPARE(d->high(), histogramPreset->max);
        QTest::qWait(20);
        undo->undo();
        QCOMPARE(d->low(), -0.45);
    }

    void closingTheFollowedPaneEmptiesTheDock()
    {
        QTemporaryDir dir;
        const Files files = writeFiles(dir);
        app::MainWindow w;
        showWindow(w);
        app::PropertiesDock* dock = dockOf(w);
        QVERIFY(w.openFile(files.tiff));
        QVERIFY(w.openFile(files.hdf5));
        widgets::ImageView* first = w.panes()[0]->view();
        click(first);
        QCOMPARE(dock->followedView(), first);
        w.closePane(w.panes()[0]);
        QTest::qWait(50);  // deleteLater
        QVERIFY(dock->followedView() == nullptr);
        QCOMPARE(dock->dataText(QStringLiteral("shape")), QString());
        QCOMPARE(dock->metadataTree()->topLevelItemCount(), 0);
        QVERIFY(!dock->lowBox()->isEnabled());
        // Editing an empty dock does nothing (and does not crash).
        QTest::mouseClick(dock->autoRangeButton(), Qt::LeftButton);
        // Still follows what is left.
        click(w.panes()[0]->view());
        QCOMPARE(dock->followedView(), w.panes()[0]->view());
        w.closeAllPanes();
        QTest::qWait(50);
        QVERIFY(dock->followedView() == nullptr);
    }

    void followsComparisonAndVolume()
    {
        QTemporaryDir dir;
        const Files files = writeFiles(dir);
        app::MainWindow w;
        showWindow(w);
        app::PropertiesDock* dock = dockOf(w);
        // A demo-like folder: LR, bicubic reconstruction and ground truth as the engine writes them.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cmp/video")));
        const QString video = dir.filePath(QStringLiteral("cmp/video/"));
        io::writeStack(test::toPath(video + QStringLiteral("lr.tif")), ramp(4, 16, 20, 1.0f));
        ImageStack recStack = ramp(4, 32, 40, 0.5f);
        recStack.info().provenance = {"xrs fuse lr.tif hr.tif"};
        io::writeStack(test::toPath(video + QStringLiteral("bicubic.tif")), recStack);
        io::writeStack(test::toPath(video + QStringLiteral("ground_truth.tif")), ramp(4, 32, 40, 0.5f, 1.0f));
        QVERIFY2(w.openComparison(dir.filePath(QStringLiteral("cmp"))), qPrintable(w.lastError()));
        QTest::qWait(20);
        // A comparison alone keeps the window's width (no Data dock either); the dock follows while hidden.
        QVERIFY(dock->isHidden());
        QTest::qWait(50);
        widgets::ComparisonView* c = w.comparisonView();
        widgets::ImageView* rec = c->view(widgets::ComparisonView::Pane::Reconstructed);
        QVERIFY(rec);
        click(rec);
        QCOMPARE(dock->followedView(), rec);
        QVERIFY2(dock->dataText(QStringLiteral("title")).startsWith(QStringLiteral("Comparison: Reconstructed")),
                 qPrintable(dock->dataText(QStringLiteral("title"))));
        QCOMPARE(dock->dataText(QStringLiteral("source")),
                 QDir::toNativeSeparators(QFileInfo(video + QStringLiteral("bicubic.tif")).absoluteFilePath()));
        QCOMPARE(dock->dataText(QStringLiteral("shape")), QStringLiteral("4 frames \u00d7 32 \u00d7 40"));
        QCOMPARE(dock->provenanceText()->toPlainText(), QStringLiteral("xrs fuse lr.tif hr.tif"));
        c->setFrame(2);
        QTRY_COMPARE(dock->dataText(QStringLiteral("frame")), QStringLiteral("2 (0\u20133)"));
        // Frame 2 of the reconstruction: 0.5 * (2000 … 2000 + 31*7 + 39).
        QCOMPARE(
            dock->dataText(QStringLiteral("frameRange")),
            QStringLiteral("%1 \u2026 %2").arg(QLocale().toString(1000.0, 'g', 6), QLocale().toString(1128.0, 'g', 6)));

        // The shared window/level of the comparison, edited in the dock, undone.
        QTest::qWait(20);
        const double high0 = c->sharedDisplay().high();
        dock->highBox()->setValue(1100.0);
        QCOMPARE(c->sharedDisplay().high(), 1100.0);
        QCOMPARE(c->view(widgets::ComparisonView::Pane::Lr)->displaySettings()->high(), 1100.0);
        QTest::qWait(20);
        w.undoStack()->undo();
        QCOMPARE(c->sharedDisplay().high(), high0);

        // A volume slice view (the YZ plane), by a click.
        QVERIFY(w.openVolume(files.hdf5, QStringLiteral("/recon")));
        QTest::qWait(50);
        widgets::ImageView* yz = w.volumeView()->view(widgets::OrthoSliceView::Plane::YZ);
        click(yz);
        QCOMPARE(dock->followedView(), yz);
        QCOMPARE(dock->dataText(QStringLiteral("shape")), QStringLiteral("4 frames \u00d7 24 \u00d7 30"));
        QCOMPARE(dock->dataText(QStringLiteral("title")), QStringLiteral("Volume: recon.h5 (YZ slice)"));
        const widgets::VolumePoint p = w.volumeView()->point();
        QCOMPARE(dock->dataText(QStringLiteral("frame")), QStringLiteral("%1 (YZ slice, 0\u201329)").arg(p.x));
        QVERIFY(metadataRows(*dock).contains(QStringLiteral("recon.center = 15.2500")));
        w.volumeView()->setPoint({7, p.y, p.z});
        QCOMPARE(dock->dataText(QStringLiteral("frame")), QStringLiteral("7 (YZ slice, 0\u201329)"));
    }

    void editsOfAComparisonFromMemoryAreUndoable()
    {
        // showComparison() (cluster results) is not watched by the session: the dock's edits are undoable anyway.
        app::MainWindow w;
        showWindow(w);
        app::PropertiesDock* dock = dockOf(w);
        widgets::ComparisonInput input;
        input.lr = ramp(3, 16, 20, 1.0f);
        input.reconstructed = ramp(3, 16, 20, 1.0f, 0.5f);
        QVERIFY(w.showComparison(std::move(input), QStringLiteral("job 42")));
        QTest::qWait(50);
        widgets::ComparisonView* c = w.comparisonView();
        click(c->view(widgets::ComparisonView::Pane::Lr));
        QCOMPARE(dock->followedView(), c->view(widgets::ComparisonView::Pane::Lr));
        QCOMPARE(dock->dataText(QStringLiteral("source")), QStringLiteral("job 42"));
        QTest::qWait(20);
        QCOMPARE(w.undoStack()->count(), 0);
        const double low0 = c->sharedDisplay().low();
        dock->lowBox()->setValue(50.0);
        QCOMPARE(c->sharedDisplay().low(), 50.0);
        QTest::qWait(20);
        QCOMPARE(w.undoStack()->count(), 1);
        // Edit → Undo.
        auto* undoAction = w.findChild<QAction*>(QStringLiteral("UndoAction"));
        QVERIFY(undoAction && undoAction->isEnabled());
        undoAction->trigger();
        QCOMPARE(c->sharedDisplay().low(), low0);
        QCOMPARE(dock->lowBox()->value(), QString::number(low0, 'f', dock->lowBox()->decimals()).toDouble());
    }

    void screenshotIsTidy_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");  // the longest labels
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void screenshotIsTidy()
    {
        QFETCH(QString, language);
        app::installTranslations(*qApp, language);
        QTemporaryDir dir;
        const Files files = writeFiles(dir);
        app::MainWindow w;
        showWindow(w);
        app::PropertiesDock* dock = dockOf(w);
        QVERIFY(w.openFile(files.tiff));
        QVERIFY(w.openFile(files.hdf5, QStringLiteral("/recon")));
        click(w.panes()[1]->view());
        QTest::qWait(50);  // the dock shows itself behind the Data dock
        dock->raise();
        QTest::qWait(100);
        QVERIFY(dock->isVisible());
        // No row title cut off at the default width, and room for the values.
        for (QFormLayout* form : dock->widget()->findChildren<QFormLayout*>())
            for (int row = 0; row < form->rowCount(); ++row)
                if (auto* item = form->itemAt(row, QFormLayout::LabelRole))
                    if (auto* label = qobject_cast<QLabel*>(item->widget()))
                        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        QVERIFY(dock->lowBox()->width() >= 90);
        QVERIFY(dock->autoRangeButton()->width() >= dock->autoRangeButton()->sizeHint().width());
        w.renderPanes();
        const QString out = qEnvironmentVariable("XRS_PROPS_SCREENSHOT");
        if (!out.isEmpty())
            QVERIFY(w.grab().save(QString(out).replace(QStringLiteral(".png"), "_" + language + ".png")));
        app::installTranslations(*qApp, QStringLiteral("en"));
    }
};

int main(int argc, char** argv)
{
    // Settings of this suite go to a scratch place, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("xrs-test-properties"));
    QApplication::setApplicationName(QStringLiteral("test_properties"));
    QSettings().clear();
    TestPropertiesDock t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestPropertiesDock.moc"
