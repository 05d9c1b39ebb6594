// The network commands run from the Run menu's forms (app/runs) through the main window's LocalRunner, on tiny data
// (`xrs sample video` / `xrs sample ct`) and tiny networks: a training run from a config JSON writes a checkpoint that
// is logged and offered in the Fuse form; a fusion written as video/fused.tif next to lr.tif opens in the comparison
// layout; a denoise opens the noisy split reconstruction and the denoised volume side by side.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/runs/DenoiseForm.h"
#include "app/runs/FuseForm.h"
#include "app/runs/RunMenu.h"
#include "app/runs/TrainForm.h"
#include "io/StackSource.h"
#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
using namespace xrs::app;
using test::field;

class TestRunNn : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Runs the form's job and waits for its results; false with the log when it failed.
    static bool runForm(MainWindow& w, RunForm& form, int timeoutMs)
    {
        auto* menu = w.findChild<RunMenu*>();
        QSignalSpy finished(menu, &RunMenu::runFinished);
        if (!form.run()) {
            qWarning("%s", qPrintable(form.status()));
            return false;
        }
        if (!finished.wait(timeoutMs) || !finished.at(0).at(1).toBool()) {
            qWarning("%s", qPrintable(w.logText()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("xrs-test-run-nn"));
        QSettings().clear();
        qputenv("XRS_CLI", XRS_CLI_PATH);
        const auto info = test::runXrs({"info", "--devices", "--json", "--no-self-test"});
        if (!QJsonDocument::fromJson(info.out.toUtf8()).object().value("torch").isObject())
            QSKIP("the xrs engine is built without LibTorch");
        const auto video = test::runXrs(
            {"sample", "video", m_dir.filePath("vid/video"), "--frames", "4", "--size", "32", "--hr-step", "2"});
        QVERIFY2(video.exitCode == 0, qPrintable(video.err));
    }

    void trainOffersCheckpointToFuse()
    {
        // A tiny model from a config JSON: the form leaves its defaults off the command line, so the config applies.
        QFile config(m_dir.filePath("train.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"embed": 32, "depths": [1,1,1,1], "heads": [2,2,2,2], "window": [5,4,4], "drop-path": 0,
                         "iterations": 3, "crop": 32, "max-hr-offset": 2, "no-poisson": true, "warmup": 1,
                         "validate-every": 0, "checkpoint-every": 0})");
        config.close();
        MainWindow w;
        w.setDialogsEnabled(false);
        TrainForm* form = w.findChild<RunMenu*>()->trainForm();
        field<QLineEdit>(*form, "manifest")->setText(m_dir.filePath("vid/video/manifest.json"));
        field<QLineEdit>(*form, "config")->setText(config.fileName());
        field<QLineEdit>(*form, "output")->setText(m_dir.filePath("run"));
        form->setDevice("cpu");
        QVERIFY(!form->arguments().contains("--iterations"));
        QVERIFY(runForm(w, *form, 60000));
        const QString checkpoint = m_dir.filePath("run/net_g_3.pth");
        QVERIFY(QFileInfo::exists(checkpoint));
        QVERIFY2(w.logText().contains("Checkpoint of") && w.logText().contains(checkpoint), qPrintable(w.logText()));
        FuseForm* fuse = w.findChild<RunMenu*>()->fuseForm();
        QCOMPARE(field<QLineEdit>(*fuse, "checkpoint")->text(), checkpoint);
        QVERIFY(fuse->arguments().contains(checkpoint));
    }

    void fuseOpensComparison()
    {
        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1400, 800);
        w.show();
        FuseForm* form = w.findChild<RunMenu*>()->fuseForm();
        field<QLineEdit>(*form, "input")->setText(m_dir.filePath("vid/video/manifest.json"));
        field<QLineEdit>(*form, "checkpoint")->clear();  // random weights of a preset (the tiny model is none)
        auto* preset = field<QComboBox>(*form, "preset");
        QVERIFY(!form->validate().isEmpty());  // random weights need a named preset
        preset->setCurrentIndex(preset->findData("baseline"));
        field<QLineEdit>(*form, "output")->setText(m_dir.filePath("vid/video/fused.tif"));
        form->setDevice("cpu");
        QVERIFY(runForm(w, *form, 90000));
        QVERIFY(w.comparisonView());
        QCOMPARE(w.comparisonView()->frameCount(), 4);
        QVERIFY(w.panes().isEmpty());
        QVERIFY(w.logText().contains("Comparison of"));
    }

    void denoiseOpensNoisyAndDenoised()
    {
        const QString scan = m_dir.filePath("dn.h5");
        const auto made = test::runXrs({"sample", "ct", scan, "--cols", "64", "--rows", "12", "--angles", "90"});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        MainWindow w;
        w.setDialogsEnabled(false);
        w.resize(1400, 800);
        w.show();
        DenoiseForm* form = w.findChild<RunMenu*>()->denoiseForm();
        field<QLineEdit>(*form, "input")->setText(scan);
        field<QLineEdit>(*form, "output")->setText(m_dir.filePath("dn.tif"));
        field<QSpinBox>(*form, "context")->setValue(1);
        field<QSpinBox>(*form, "depth")->setValue(2);
        field<QSpinBox>(*form, "width")->setValue(8);
        field<QSpinBox>(*form, "patch")->setValue(32);
        field<QSpinBox>(*form, "epochs")->setValue(1);
        field<QSpinBox>(*form, "slicesPerEpoch")->setValue(8);
        field<QSpinBox>(*form, "tile")->setValue(64);
        form->setDevice("cpu");
        QVERIFY(runForm(w, *form, 60000));
        QCOMPARE(w.panes().size(), 2);
        QCOMPARE(w.panes().at(0)->title(), QStringLiteral("split_0.tif"));
        QCOMPARE(w.panes().at(1)->title(), QStringLiteral("dn.tif"));
        for (ImagePane* pane : w.panes()) {
            QCOMPARE(pane->view()->frameCount(), 12);
            QCOMPARE(pane->view()->currentFrame(), 6);
        }
    }
};

int main(int argc, char** argv)
{
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestRunNn test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRunNn.moc"
