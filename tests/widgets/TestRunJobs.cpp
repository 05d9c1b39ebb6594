// Real runs from the Run menu's forms (app/runs) through the main window's LocalRunner, with the xrs CLI on tiny
// `xrs sample ct` scans: a reconstruction completes while the event loop keeps ticking, opens in the Volume tab and a
// pane with the expected shape, and equals a direct `xrs recon` with the same arguments; a try-centre sweep fills the
// strip with one thumbnail per requested centre and a click sets the form's centre; cancelling stops the job and
// leaves no output; a form refusing a missing input submits nothing.
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/runs/ReconForm.h"
#include "app/runs/RunMenu.h"
#include "io/StackSource.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"
#include "widgets/TryCenterStrip.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using namespace xrs::app;
using test::field;
using test::TickCounter;

namespace {

ImageStack readAll(const QString& path)
{
    return io::openStack(test::toPath(path))->readAll();
}

}  // namespace

class TestRunJobs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_scan;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("xrs-test-run-jobs"));
        QSettings().clear();
        qputenv("XRS_CLI", XRS_CLI_PATH);
        m_scan = m_dir.filePath("scan.h5");
        const auto r = test::runXrs({"sample", "ct", m_scan, "--cols", "64", "--rows", "8", "--angles", "90"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void reconFromFormOpensVolume()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1400, 800);
        w.show();
        auto* menu = w.findChild<RunMenu*>();
        QVERIFY(menu);
        ReconForm* form = menu->reconForm();
        menu->showForm(form);
        const QString out = m_dir.filePath("gui.tif");
        field<QLineEdit>(*form, "input")->setText(m_scan);
        field<QLineEdit>(*form, "output")->setText(out);
        field<QCheckBox>(*form, "centerAuto")->setChecked(false);
        field<QDoubleSpinBox>(*form, "center")->setValue(31.5);
        form->setDevice("cpu");

        QSignalSpy finished(menu, &RunMenu::runFinished);
        TickCounter ticks;
        QTest::mouseClick(field<QPushButton>(*form, "run"), Qt::LeftButton);
        QCOMPARE(w.runner().jobIds().size(), 1);
        QVERIFY(finished.wait(30000));
        const qint64 ran = ticks.clock.elapsed();
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(w.logText()));
        const auto job = w.runner().job(finished.at(0).at(0).toString());
        QCOMPARE(job->state, remote::JobState::Completed);
        QCOMPARE(job->arguments, form->arguments());
        // The event loop kept running: the longest pause between 10 ms ticks stayed short.
        qInfo("run took %lld ms: %d ticks, longest gap %lld ms", ran, ticks.ticks, ticks.maxGap);
        QVERIFY2(ticks.maxGap < 500, qPrintable(QString::number(ticks.maxGap)));
        QVERIFY(ticks.ticks >= 5);

        // The volume in its tab and a pane on the middle slice.
        QVERIFY(w.volumeView());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), 20000);  // read on a worker thread
        QCOMPARE(w.volumeView()->volume().shape(), (Shape{8, 64, 64}));
        QCOMPARE(w.panes().size(), 1);
        QCOMPARE(w.panes().at(0)->title(), QStringLiteral("gui.tif"));
        QCOMPARE(w.panes().at(0)->view()->currentFrame(), 4);
        if (const QString shots = qEnvironmentVariable("XRS_RUNS_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.renderPanes();
            w.grab().save(QDir(shots).filePath("main-window-recon.png"));
        }

        // Exactly what a direct `xrs recon` with the same arguments writes.
        const QString direct = m_dir.filePath("direct.tif");
        QStringList args = form->arguments();
        args[args.indexOf("-o") + 1] = direct;
        const auto r = test::runXrs(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ImageStack a = readAll(out), b = readAll(direct);
        QCOMPARE(a.shape(), b.shape());
        QCOMPARE(test::maxAbsDiff(a, b), 0.0);
        QCOMPARE(test::maxAbsDiff(w.volumeView()->volume(), b), 0.0);
        QVERIFY(form->status().contains("completed"));
    }

    void largeVolumeStaysInAPane()
    {
        // Past runs/autoVolumeMiB (default: half the memory) the volume is not read whole into the Volume tab: the
        // pane reads slice by slice.
        QSettings().setValue("runs/autoVolumeMiB", 0);
        MainWindow w;
        w.setDialogsEnabled(false);
        auto* menu = w.findChild<RunMenu*>();
        ReconForm* form = menu->reconForm();
        field<QLineEdit>(*form, "input")->setText(m_scan);
        field<QLineEdit>(*form, "output")->setText(m_dir.filePath("large.tif"));
        QSignalSpy finished(menu, &RunMenu::runFinished);
        QVERIFY(form->run());
        QVERIFY(finished.wait(30000));
        QSettings().remove("runs/autoVolumeMiB");
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(w.logText()));
        QCOMPARE(w.panes().size(), 1);
        QVERIFY(!w.volumeView());
        QVERIFY(w.logText().contains("larger than 0 MiB"));
    }

    void tryCentresFillTheStrip()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        w.show();
        auto* menu = w.findChild<RunMenu*>();
        ReconForm* form = menu->reconForm();
        menu->showForm(form);
        form->resize(1100, 720);
        field<QLineEdit>(*form, "input")->setText(m_scan);
        field<QCheckBox>(*form, "centerAuto")->setChecked(true);  // the last test's values are remembered
        field<QLineEdit>(*form, "tryCenters")->setText("29:33:0.5");
        field<QSpinBox>(*form, "tryRow")->setValue(4);
        QSignalSpy finished(menu, &RunMenu::runFinished);
        QTest::mouseClick(field<QPushButton>(*form, "tryCentersButton"), Qt::LeftButton);
        QVERIFY(form->isSweepRunning());  // one sweep at a time
        QVERIFY(!form->tryCenters());
        QVERIFY(finished.wait(30000));
        QVERIFY(!form->isSweepRunning());
        QCOMPARE(w.runner().jobIds().size(), 1);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(w.logText() + form->status()));
        const auto job = w.runner().job(finished.at(0).at(0).toString());
        QVERIFY(job->arguments.contains("--try-center"));
        QVERIFY(job->expectedOutputs.front().startsWith(QDir::tempPath()));

        widgets::TryCenterStrip* strip = form->tryCenterStrip();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->count(), 9);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(strip->center(i), 29.0 + 0.5 * i);
            QCOMPARE(strip->thumbnail(i)->text(), QStringLiteral("centre %1").arg(29.0 + 0.5 * i, 0, 'f', 2));
        }
        // The slices are those of a direct sweep.
        const auto direct = test::runXrs(
            QStringList(job->arguments).replaceInStrings(job->expectedOutputs.front(), m_dir.filePath("sweep.tif")));
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.err));
        QCOMPARE(readAll(m_dir.filePath("sweep.tif")).shape(), (Shape{9, 64, 64}));

        QVERIFY(field<QCheckBox>(*form, "centerAuto")->isChecked());
        QTest::mouseClick(strip->thumbnail(5), Qt::LeftButton);
        QVERIFY(!field<QCheckBox>(*form, "centerAuto")->isChecked());
        QCOMPARE(field<QDoubleSpinBox>(*form, "center")->value(), 31.5);
        const QStringList args = form->arguments();
        QCOMPARE(args.at(args.indexOf("--center") + 1), QStringLiteral("31.5"));
        QCOMPARE(strip->previewIndex(), 5);
        // XRS_RUNS_SCREENSHOTS=DIR keeps a picture of the form with its strip (to look at).
        if (const QString shots = qEnvironmentVariable("XRS_RUNS_SCREENSHOTS"); !shots.isEmpty())
            form->grab().save(QDir(shots).filePath("recon-form.png"));
        QVERIFY(w.panes().isEmpty());  // a sweep opens nothing in the main window
    }

    void cancelLeavesNoOutput()
    {
        const QString scan = m_dir.filePath("bigger.h5");
        const auto made = test::runXrs({"sample", "ct", scan, "--cols", "192", "--rows", "48", "--angles", "240"});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        MainWindow w;
        w.setDialogsEnabled(false);
        w.show();
        auto* menu = w.findChild<RunMenu*>();
        ReconForm* form = menu->reconForm();
        const QString out = m_dir.filePath("cancelled.tif");
        field<QLineEdit>(*form, "input")->setText(scan);
        field<QLineEdit>(*form, "output")->setText(out);
        field<QSpinBox>(*form, "chunk")->setValue(1);  // many small chunks: time to cancel in the middle
        QSignalSpy finished(menu, &RunMenu::runFinished);
        QVERIFY(form->run());
        const QString id = w.runner().jobIds().last();
        // Cancel once the reconstruction is under way.
        QTRY_VERIFY_WITH_TIMEOUT(w.runner().job(id)->progress > 0.05, 20000);
        QVERIFY(!w.runner().job(id)->isFinished());
        w.runner().cancel(id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(w.runner().job(id)->state, remote::JobState::Cancelled);
        QVERIFY(!QFileInfo::exists(out));
        // Nothing that looks like a (partial) volume is left next to it either.
        const QStringList left =
            QDir(m_dir.path()).entryList({"cancelled*", ".cancelled*"}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
        QVERIFY2(form->status().contains("cancelled"), qPrintable(form->status()));
        QVERIFY(w.panes().isEmpty());
    }

    void refusedFormSubmitsNothing()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        auto* menu = w.findChild<RunMenu*>();
        // The Run menu is in the menu bar; its first entry opens the recon form.
        QVERIFY(w.menuBar()->actions().contains(menu->menu()->menuAction()));
        QCOMPARE(menu->menu()->actions().size(), 5);  // recon, fuse, denoise, separator, train
        menu->menu()->actions().at(0)->trigger();
        ReconForm* form = menu->reconForm();
        QVERIFY(form->isVisible());
        field<QLineEdit>(*form, "input")->setText(m_dir.filePath("missing.h5"));
        field<QLineEdit>(*form, "output")->setText(m_dir.filePath("never.tif"));
        QTest::mouseClick(field<QPushButton>(*form, "run"), Qt::LeftButton);
        QVERIFY(w.runner().jobIds().isEmpty());
        QVERIFY2(form->status().contains("Scan") && form->status().contains("missing.h5"), qPrintable(form->status()));
        QVERIFY(field<QLineEdit>(*form, "input")->property("invalid").toBool());
    }
};

int main(int argc, char** argv)
{
    // As in xray-studio: VTK's OpenGL format before the application exists.
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestRunJobs test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRunJobs.moc"
