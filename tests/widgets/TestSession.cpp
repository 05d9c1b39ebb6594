// app/session under Xvfb: a right-drag window/level gesture of several steps is one undo command that restores the
// exact range; colour map and preset undo/redo; the comparison's link toggle; the UndoBinder on a form built here
// (spin boxes, line edit, combo box, check box: undo restores each, redo re-applies, nothing recorded while undoing);
// a session round trip between two windows (two TIFF panes, a comparison folder, a volume, a finished job) with every
// restored value equal; a missing file reported while the rest loads; the language preference picked up by a new
// start; the about text naming the Qt and VTK versions.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <vtkVersion.h>

#include "TestSupport.h"
#include "app/ComputeDevices.h"
#include "app/ImagePane.h"
#include "app/Launcher.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/session/AboutDialog.h"
#include "app/session/DisplayUndo.h"
#include "app/session/Preferences.h"
#include "app/session/SessionUi.h"
#include "app/session/UndoBinder.h"
#include "io/StackWriter.h"
#include "widgets/ComparisonView.h"
#include "widgets/DisplaySettings.h"
#include "widgets/HistogramWidget.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/TransferFunction.h"
#include "widgets/VolumeView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using widgets::Colormap;

namespace {

ImageStack ramp(int frames, int rows, int cols, float scale)
{
    ImageStack s(Shape{frames, rows, cols});
    for (int f = 0; f < frames; ++f)
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) s.at(f, r, c) = scale * float(f * 100 + r * 7 + c) + 0.5f;
    return s;
}

QString writeTiff(const QTemporaryDir& dir, const QString& name, const ImageStack& s)
{
    const QString path = dir.filePath(name);
    io::writeStack(test::toPath(path), s);
    return path;
}

QAction* action(const QWidget& w, const char* name)
{
    return w.findChild<QAction*>(QLatin1String(name));
}

void showWindow(app::MainWindow& w)
{
    w.setDialogsEnabled(false);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

}  // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void windowLevelDragIsOneCommand()
    {
        QTemporaryDir dir;
        app::MainWindow w;
        showWindow(w);
        QVERIFY(w.openFile(writeTiff(dir, QStringLiteral("a.tif"), ramp(2, 64, 80, 1.0f))));
        widgets::ImageView* view = w.panes().last()->view();
        QTest::qWait(50);
        QUndoStack* stack = w.undoStack();
        QCOMPARE(stack->count(), 0);  // opening is not an edit
        const double low0 = view->displaySettings()->low(), high0 = view->displaySettings()->high();

        // A right drag of several steps.
        widgets::VtkOpenGLWidget* gl = view->vtkWidget();
        const QPoint start = gl->rect().center();
        QTest::mousePress(gl, Qt::RightButton, {}, start);
        for (int i = 1; i <= 6; ++i) QTest::mouseMove(gl, start + QPoint(12 * i, -8 * i));
        QTest::mouseRelease(gl, Qt::RightButton, {}, start + QPoint(72, -48));
        const double low1 = view->displaySettings()->low(), high1 = view->displaySettings()->high();
        QVERIFY2(low1 != low0 || high1 != high0, "the drag changed nothing");
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Window/Level"));
        QCOMPARE(action(w, "UndoAction")->text(), QStringLiteral("Undo Window/Level"));

        stack->undo();
        QCOMPARE(view->displaySettings()->low(), low0);
        QCOMPARE(view->displaySettings()->high(), high0);
        QCOMPARE(stack->count(), 1);  // undoing records nothing
        stack->redo();
        QCOMPARE(view->displaySettings()->low(), low1);
        QCOMPARE(view->displaySettings()->high(), high1);

        // A second gesture is a second command.
        QTest::mousePress(gl, Qt::RightButton, {}, start);
        QTest::mouseMove(gl, start + QPoint(-20, 10));
        QTest::mouseMove(gl, start + QPoint(-40, 30));
        QTest::mouseRelease(gl, Qt::RightButton, {}, start + QPoint(-40, 30));
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(view->displaySettings()->low(), low1);
        QCOMPARE(view->displaySettings()->high(), high1);
    }

    void colormapAndPresetUndoRedo()
    {
        QTemporaryDir dir;
        app::MainWindow w;
        showWindow(w);
        QVERIFY(w.openFile(writeTiff(dir, QStringLiteral("a.tif"), ramp(1, 40, 50, 3.0f))));
        widgets::ImageView* view = w.panes().last()->view();
        QUndoStack* stack = w.undoStack();
        widgets::DisplaySettings* d = view->displaySettings();
        const Colormap map0 = d->colormap();
        QVERIFY(map0 != Colormap::Viridis);

        d->setColormap(Colormap::Viridis);
        QTest::qWait(10);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Colormap"));
        stack->undo();
        QCOMPARE(d->colormap(), map0);
        stack->redo();
        QCOMPARE(d->colormap(), Colormap::Viridis);

        // The histogram's min–max preset: one command restoring the exact percentile range.
        const double low0 = d->low(), high0 = d->high();
        view->setHistogramVisible(true);
        view->histogramWidget()->setImage(view->currentImage());
        view->histogramWidget()->applyAutoRange(widgets::AutoRange::MinMax);
        QTest::qWait(10);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(d->low(), 0.5);
        const double high1 = d->high();
        stack->undo();
        QCOMPARE(d->low(), low0);
        QCOMPARE(d->high(), high0);
        QCOMPARE(d->colormap(), Colormap::Viridis);
        stack->undo();
        QCOMPARE(d->colormap(), map0);
        stack->redo();
        stack->redo();
        QCOMPARE(stack->index(), 2);

        // Dragging the upper limit in the histogram, in several steps: one command back to the min–max range.
        widgets::HistogramWidget* h = view->histogramWidget();
        QTest::qWait(50);
        const int y = h->height() / 2;
        const QPoint from(int(std::lround(h->xForValue(d->high()))), y);
        QTest::mousePress(h, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 5; ++i) QTest::mouseMove(h, from - QPoint(6 * i, 0));
        QTest::mouseRelease(h, Qt::LeftButton, {}, from - QPoint(30, 0));
        QVERIFY(d->high() < high1);
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(d->low(), 0.5);
        QCOMPARE(d->high(), high1);
    }

    void comparisonLinkUndo()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cmp/video")));
        writeTiff(dir, QStringLiteral("cmp/video/lr.tif"), ramp(4, 12, 16, 1.0f));
        writeTiff(dir, QStringLiteral("cmp/video/bicubic.tif"), ramp(4, 24, 32, 0.5f));
        app::MainWindow w;
        showWindow(w);
        QVERIFY(w.openComparison(dir.filePath(QStringLiteral("cmp"))));
        QTest::qWait(10);
        widgets::ComparisonView* c = w.comparisonView();
        QUndoStack* stack = w.undoStack();
        const int before = stack->count();
        QVERIFY(c->windowLevelLinked());
        c->setWindowLevelLinked(false);
        QTest::qWait(10);
        // Unlinking copies the shared range into every pane: still one command.
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Unlink Window/Level"));
        stack->undo();
        QVERIFY(c->windowLevelLinked());
        stack->redo();
        QVERIFY(!c->windowLevelLinked());

        // Opening it again sets automatic ranges: not an edit.
        const int count = stack->count();
        QVERIFY(w.openComparison(dir.filePath(QStringLiteral("cmp"))));
        QVERIFY(w.openVolume(dir.filePath(QStringLiteral("cmp/video/bicubic.tif"))));
        QVERIFY(w.openVolume(dir.filePath(QStringLiteral("cmp/video/lr.tif"))));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), 20000);  // read on a worker thread
        QTest::qWait(10);
        QCOMPARE(stack->count(), count);
        w.volumeView()->display().setColormap(Colormap::Inferno);
        QTest::qWait(10);
        QCOMPARE(stack->count(), count + 1);
    }

    void binderUndoesEveryFieldKind()
    {
        QUndoStack stack;
        QWidget form;
        auto* iterations = new QSpinBox(&form);
        iterations->setObjectName(QStringLiteral("iterations"));
        iterations->setRange(1, 100);
        iterations->setValue(10);
        auto* sigma = new QDoubleSpinBox(&form);
        sigma->setObjectName(QStringLiteral("sigma"));
        sigma->setDecimals(3);
        sigma->setValue(1.5);
        auto* output = new QLineEdit(QStringLiteral("out.tif"), &form);
        output->setObjectName(QStringLiteral("output"));
        auto* method = new QComboBox(&form);
        method->setObjectName(QStringLiteral("method"));
        method->addItems({QStringLiteral("fbp"), QStringLiteral("sirt"), QStringLiteral("cgls")});
        auto* gpu = new QCheckBox(QStringLiteral("Use the &GPU"), &form);
        gpu->setObjectName(QStringLiteral("gpu"));
        auto* unnamed = new QSpinBox(&form);  // no objectName: not bound
        auto* layout = new QFormLayout(&form);
        layout->addRow(QStringLiteral("&Iterations:"), iterations);
        layout->addRow(QStringLiteral("Sigma:"), sigma);
        layout->addRow(QStringLiteral("Output:"), output);
        layout->addRow(QStringLiteral("Method:"), method);
        layout->addRow(gpu);
        layout->addRow(QStringLiteral("Other:"), unnamed);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        auto* binder = new app::UndoBinder(&form, &stack);
        QStringList names = binder->boundNames();
        names.sort();
        QCOMPARE(names, (QStringList{"gpu", "iterations", "method", "output", "sigma"}));

        // The user commits a value in each field (typing + Return for the spin boxes and the line edit).
        iterations->setFocus();
        iterations->selectAll();
        QTest::keyClicks(iterations, QStringLiteral("25"));
        QTest::keyClick(iterations, Qt::Key_Return);
        QCOMPARE(iterations->value(), 25);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Change Iterations"));
        sigma->setFocus();
        sigma->selectAll();
        QTest::keyClicks(sigma, QStringLiteral("2.25"));
        QTest::keyClick(sigma, Qt::Key_Return);
        output->setFocus();
        output->selectAll();
        QTest::keyClicks(output, QStringLiteral("recon.h5"));
        QTest::keyClick(output, Qt::Key_Return);
        method->setCurrentIndex(2);
        QTest::mouseClick(gpu, Qt::LeftButton);
        unnamed->setValue(5);
        QCOMPARE(stack.count(), 5);
        QCOMPARE(stack.undoText(), QStringLiteral("Change Use the GPU"));
        // editingFinished without a change (focus moving on) records nothing.
        emit iterations->editingFinished();
        QCOMPARE(stack.count(), 5);

        stack.undo();
        QCOMPARE(gpu->isChecked(), false);
        stack.undo();
        QCOMPARE(method->currentIndex(), 0);
        stack.undo();
        QCOMPARE(output->text(), QStringLiteral("out.tif"));
        stack.undo();
        QCOMPARE(sigma->value(), 1.5);
        stack.undo();
        QCOMPARE(iterations->value(), 10);
        QCOMPARE(stack.count(), 5);  // nothing recorded while undoing
        QCOMPARE(stack.index(), 0);
        for (int i = 0; i < 5; ++i) stack.redo();
        QCOMPARE(iterations->value(), 25);
        QCOMPARE(sigma->value(), 2.25);
        QCOMPARE(output->text(), QStringLiteral("recon.h5"));
        QCOMPARE(method->currentIndex(), 2);
        QCOMPARE(gpu->isChecked(), true);
        QCOMPARE(stack.count(), 5);

        // A form closed before its commands are undone: they drop out of the stack instead of touching it.
        {
            auto* dialog = new QWidget;
            auto* threads = new QSpinBox(dialog);
            threads->setObjectName(QStringLiteral("threads"));
            new app::UndoBinder(dialog, &stack);
            threads->setValue(4);
            emit threads->editingFinished();
            QCOMPARE(stack.count(), 6);
            delete dialog;
        }
        stack.undo();
        QCOMPARE(stack.count(), 5);
        QCOMPARE(gpu->isChecked(), true);  // the other form was not touched
    }

    void windowLayoutPersists()
    {
        {
            app::MainWindow w;
            w.resize(900, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();  // saved on close
        }
        app::MainWindow w2;
        QVERIFY(app::prefs::restoreWindowLayout(w2));
        QCOMPARE(w2.size(), QSize(900, 640));
        app::prefs::setKeepWindowLayout(false);
        app::MainWindow w3;
        QVERIFY(!app::prefs::restoreWindowLayout(w3));
        app::prefs::setKeepWindowLayout(true);
    }

    void sessionRoundTrip()
    {
        QTemporaryDir dir;
        const QString a = writeTiff(dir, QStringLiteral("a.tif"), ramp(3, 48, 64, 1.0f));
        const QString b = writeTiff(dir, QStringLiteral("b.tif"), ramp(2, 30, 40, 2.0f));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cmp/video")));
        writeTiff(dir, QStringLiteral("cmp/video/lr.tif"), ramp(5, 12, 16, 1.0f));
        writeTiff(dir, QStringLiteral("cmp/video/bicubic.tif"), ramp(5, 24, 32, 0.5f));
        const QString cmp = dir.filePath(QStringLiteral("cmp"));
        const QString sessionPath = dir.filePath(QStringLiteral("work.xrs-session"));

        app::MainWindow w1;
        showWindow(w1);
        QVERIFY(w1.openFile(a));
        QVERIFY(w1.openFile(b));
        QVERIFY(w1.openComparison(cmp));
        QVERIFY(w1.openVolume(a));
        QTRY_VERIFY_WITH_TIMEOUT(!w1.isVolumeLoading(), 20000);  // read on a worker thread
        widgets::ImageView* va = w1.panes().at(0)->view();
        widgets::ImageView* vb = w1.panes().at(1)->view();
        va->setFrame(2);
        va->displaySettings()->setRange(10.125, 200.375);
        va->displaySettings()->setColormap(Colormap::Viridis);
        va->setViewState({20.5, 14.25, 3.5});
        vb->setFrame(1);
        vb->displaySettings()->setColormap(Colormap::Magma);
        widgets::ComparisonView* c1 = w1.comparisonView();
        c1->setFrame(3);
        c1->setUpscale(Interpolation::Bicubic);
        c1->sharedDisplay().setRange(-1.5, 99.25);
        c1->sharedDisplay().setColormap(Colormap::Inferno);
        c1->setWindowLevelLinked(false);
        c1->link().setView({10.0, 8.0, 2.0});
        w1.volumeView()->setPoint({5, 7, 1});
        QVERIFY(w1.volumeView()->view3D());
        w1.volumeView()->view3D()->applyPreset(widgets::TransferPreset::Mip);
        const QJsonObject tf = w1.volumeView()->view3D()->transferFunction().toJson();
        w1.tabs()->setCurrentWidget(w1.panes().at(0)->parentWidget());
        remote::Job job =
            remote::Job::xrs(QStringLiteral("recon"), QStringLiteral("Recon of a"), {QStringLiteral("recon"), a});
        job.state = remote::JobState::Completed;
        job.expectedOutputs = {dir.filePath(QStringLiteral("recon.tif"))};
        const QString jobId = w1.runner().addRecord(job);
        QTest::qWait(20);
        const widgets::ViewState va1 = va->viewState();
        QVERIFY(app::saveSession(w1, sessionPath));

        QFile file(sessionPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toInt(), 1);

        app::MainWindow w2;
        showWindow(w2);
        const auto restored = app::openSession(w2, sessionPath);
        QVERIFY(restored);
        QVERIFY2(restored->missing.isEmpty(), qPrintable(restored->missing.join(", ")));
        QVERIFY(restored->failed.isEmpty());
        QCOMPARE(w2.panes().size(), 2);
        widgets::ImageView* ra = w2.panes().at(0)->view();
        widgets::ImageView* rb = w2.panes().at(1)->view();
        QCOMPARE(w2.panes().at(0)->sourcePath(), a);
        QCOMPARE(ra->currentFrame(), 2);
        QCOMPARE(ra->displaySettings()->low(), 10.125);
        QCOMPARE(ra->displaySettings()->high(), 200.375);
        QCOMPARE(ra->window(), va->window());
        QCOMPARE(ra->level(), va->level());
        QCOMPARE(ra->displaySettings()->colormap(), Colormap::Viridis);
        const widgets::ViewState ra2 = ra->viewState();
        QVERIFY2(std::abs(ra2.zoom - va1.zoom) < 1e-9 * va1.zoom, qPrintable(QString::number(ra2.zoom)));
        QCOMPARE(ra2.centerX, va1.centerX);
        QCOMPARE(ra2.centerY, va1.centerY);
        QCOMPARE(rb->currentFrame(), 1);
        QCOMPARE(rb->displaySettings()->colormap(), Colormap::Magma);
        QCOMPARE(rb->displaySettings()->low(), vb->displaySettings()->low());
        QCOMPARE(rb->displaySettings()->high(), vb->displaySettings()->high());
        QVERIFY(rb->isAutoFitted());

        widgets::ComparisonView* c2 = w2.comparisonView();
        QVERIFY(c2);
        QCOMPARE(w2.comparisonDir(), w1.comparisonDir());
        QCOMPARE(c2->currentFrame(), 3);
        QCOMPARE(c2->upscale(), Interpolation::Bicubic);
        QCOMPARE(c2->windowLevelLinked(), false);
        QCOMPARE(c2->sharedDisplay().low(), -1.5);
        QCOMPARE(c2->sharedDisplay().high(), 99.25);
        QCOMPARE(c2->sharedDisplay().colormap(), Colormap::Inferno);
        QCOMPARE(c2->link().view(), c1->link().view());
        QTRY_VERIFY_WITH_TIMEOUT(!w2.isVolumeLoading(), 20000);  // read on a worker thread
        QCOMPARE(w2.volumePath(), a);
        QCOMPARE(w2.volumeView()->point(), (widgets::VolumePoint{5, 7, 1}));
        // The 3D view's transfer function comes back exactly (MIP blend and its points).
        QCOMPARE(w2.volumeView()->view3D()->transferFunction().toJson(), tf);
        QCOMPARE(w2.volumeView()->view3D()->transferFunction().blendMode(), widgets::BlendMode::MaximumIntensity);
        QCOMPARE(w2.tabs()->currentWidget(), w2.panes().at(0)->parentWidget());

        const auto back = w2.runner().job(jobId);
        QVERIFY(back);
        QCOMPARE(back->title, job.title);
        QCOMPARE(back->kind, job.kind);
        QCOMPARE(back->arguments, job.arguments);
        QCOMPARE(back->expectedOutputs, job.expectedOutputs);
        QTest::qWait(50);
        QCOMPARE(w2.runner().job(jobId)->state, remote::JobState::Completed);  // history, not re-run
        QCOMPARE(w2.runner().runningCount(), 0);
        QCOMPARE(w2.undoStack()->count(), 0);

        // A missing file: reported by name, the rest restored.
        QVERIFY(QFile::remove(b));
        app::MainWindow w3;
        showWindow(w3);
        const auto partial = app::openSession(w3, sessionPath);
        QVERIFY(partial);
        QCOMPARE(partial->missing, QStringList{b});
        QVERIFY(w3.logText().contains(QDir::toNativeSeparators(b)));
        QCOMPARE(w3.panes().size(), 1);
        QCOMPARE(w3.panes().at(0)->view()->displaySettings()->colormap(), Colormap::Viridis);
        QVERIFY(w3.comparisonView());
        QTRY_VERIFY_WITH_TIMEOUT(!w3.isVolumeLoading(), 20000);  // read on a worker thread
        QCOMPARE(w3.volumeView()->point(), (widgets::VolumePoint{5, 7, 1}));

        // The folder moved as a whole: the files are found next to the session by their relative paths.
        QTemporaryDir moved;
        QVERIFY(QDir(moved.path()).mkpath(QStringLiteral("cmp/video")));
        for (const char* name : {"work.xrs-session", "a.tif", "cmp/video/lr.tif", "cmp/video/bicubic.tif"})
            QVERIFY(QFile::rename(dir.filePath(QLatin1String(name)), moved.filePath(QLatin1String(name))));
        app::MainWindow w4;
        showWindow(w4);
        const auto relocated = app::openSession(w4, moved.filePath(QStringLiteral("work.xrs-session")));
        QVERIFY(relocated);
        QCOMPARE(relocated->missing, QStringList{b});  // still gone
        QCOMPARE(w4.panes().size(), 1);
        QCOMPARE(w4.panes().at(0)->sourcePath(), moved.filePath(QStringLiteral("a.tif")));
        QCOMPARE(w4.panes().at(0)->view()->currentFrame(), 2);
        QCOMPARE(w4.comparisonDir(), moved.filePath(QStringLiteral("cmp")));
        QTRY_VERIFY_WITH_TIMEOUT(!w4.isVolumeLoading(), 20000);  // read on a worker thread
        QCOMPARE(w4.volumePath(), moved.filePath(QStringLiteral("a.tif")));

        // Not a session: nothing restored, the reason in the log.
        const QString bogus = dir.filePath(QStringLiteral("bogus.json"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 7}");
        f.close();
        QVERIFY(!app::openSession(w3, bogus));
        QVERIFY(w3.logText().contains(QStringLiteral("session format 7 is not supported")));
    }

    void hdf5DatasetRestored()
    {
        XRS_REQUIRE_PYTHON("numpy", "h5py");
        QTemporaryDir dir;
        const QString h5 = dir.filePath(QStringLiteral("two.h5"));
        // Two 3D datasets: without the name the file is ambiguous, so the session must keep it.
        const auto made =
            test::runPython(QStringLiteral("import sys, numpy as np, h5py\n"
                                           "with h5py.File(sys.argv[1], 'w') as f:\n"
                                           "    f['a'] = np.zeros((2, 10, 12), np.float32)\n"
                                           "    f['b'] = np.arange(3 * 8 * 9, dtype=np.float32).reshape(3, 8, 9)\n"),
                            {h5});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString sessionPath = dir.filePath(QStringLiteral("h5.xrs-session"));
        {
            app::MainWindow w;
            showWindow(w);
            QVERIFY(w.openDataset(h5, QStringLiteral("/b")));
            w.panes().last()->view()->setFrame(2);
            QVERIFY(app::saveSession(w, sessionPath));
        }
        app::MainWindow w2;
        showWindow(w2);
        const auto restored = app::openSession(w2, sessionPath);
        QVERIFY(restored && restored->failed.isEmpty() && restored->missing.isEmpty());
        QCOMPARE(w2.panes().size(), 1);
        QCOMPARE(w2.panes().at(0)->dataset(), QStringLiteral("/b"));
        const widgets::ImageView* view = w2.panes().at(0)->view();
        QCOMPARE(view->frameCount(), 3);
        QCOMPARE(view->currentFrame(), 2);
        QCOMPARE(double(view->currentImage().at(0, 7, 8)), double(2 * 72 + 7 * 9 + 8));
    }

    void newPanesUseThePreferredDisplay()
    {
        QTemporaryDir dir;
        app::prefs::setDefaultColormap(Colormap::Magma);
        app::prefs::setDefaultAutoRange(widgets::AutoRange::MinMax);
        app::MainWindow w;
        showWindow(w);
        const QString a = writeTiff(dir, QStringLiteral("a.tif"), ramp(1, 20, 30, 1.0f));
        QVERIFY(w.openFile(a));
        widgets::DisplaySettings* d = w.panes().last()->view()->displaySettings();
        QCOMPARE(d->colormap(), Colormap::Magma);
        QCOMPARE(d->low(), 0.5);
        QCOMPARE(d->high(), 0.5 + 19 * 7 + 29);
        QCOMPARE(w.undoStack()->count(), 0);
        QCOMPARE(app::prefs::recentFiles().value(0), a);
        app::prefs::setDefaultColormap(Colormap::Grey);
        app::prefs::setDefaultAutoRange(widgets::AutoRange::Percentile035);
    }

    void sessionOptionSurvivesQApplication()
    {
        // QApplication eats --session (desktop session management): main() renames it first.
        char prog[] = "xray-studio", opt[] = "--session", file[] = "/tmp/w.xrs-session", eq[] = "--session=/tmp/x.json",
             qt[] = "-session", id[] = "abc";
        char* argv[] = {prog, opt, file, eq, qt, id, nullptr};
        app::protectSessionOption(6, argv);
        QCOMPARE(QString::fromLatin1(argv[1]), QStringLiteral("--session-file"));
        QCOMPARE(QString::fromLatin1(argv[3]), QStringLiteral("--session-file=/tmp/x.json"));
        QCOMPARE(QString::fromLatin1(argv[4]), QStringLiteral("-session"));  // Qt's own stays Qt's
        QString error;
        const auto options = app::parseLaunchOptions({argv[0], argv[1], argv[2]}, &error);
        QVERIFY(options);
        QCOMPARE(options->sessionFile, QStringLiteral("/tmp/w.xrs-session"));
    }

    void aboutTextNamesVersions()
    {
        const QString text = app::aboutText();
        QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("VTK %1").arg(QString::fromLatin1(vtkVersion::GetVTKVersion()))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("HDF5 1.")));
        QVERIFY(text.contains(QStringLiteral("OpenCV 4.")));
        // The engine's compute summary: the CUDA line (devices or why there are none) and LibTorch.
        app::ComputeDevices& devices = app::ComputeDevices::instance();
        QVERIFY(QTest::qWaitFor([&] { return devices.isReady(); }, 30000));
        const QString full = app::aboutText();
        for (const QString& line : devices.summary()) QVERIFY2(full.contains(line), qPrintable(line));
        QVERIFY2(full.contains(QStringLiteral("CUDA")), qPrintable(full));
        QVERIFY2(full.contains(QStringLiteral("LibTorch")), qPrintable(full));
        app::AboutDialog dialog;
        QCOMPARE(dialog.text(), full);
        qInfo("%s", qPrintable(full));
    }

    // Last: it switches the application to Japanese.
    void languagePreferencePersists()
    {
        QVERIFY(app::prefs::availableLanguages().contains(QStringLiteral("ja")));
        app::prefs::setLanguage(QStringLiteral("en"));  // a known start, whatever another run of this suite left
        {
            app::PreferencesDialog dialog;
            QComboBox* box = dialog.languageBox();
            box->setCurrentIndex(box->findData(QStringLiteral("ja")));
            QVERIFY(dialog.save());  // the language changed
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        // A new start without --lang picks it.
        QCOMPARE(app::installTranslations(*qApp, QString()), QStringLiteral("ja"));
        app::MainWindow w;
        QCOMPARE(w.menuBar()->actions().at(0)->text(), QString::fromUtf8("ファイル(&F)"));
    }
};

int main(int argc, char** argv)
{
    xrs::widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    // Settings of this suite go to a scratch place, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XRS_CLI", XRS_CLI_PATH);  // the about box asks the engine built with this suite
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("xrs-test-session"));
    QApplication::setApplicationName(QStringLiteral("test_session"));
    QSettings().clear();
    TestSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSession.moc"
